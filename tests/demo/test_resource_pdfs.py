"""The reserved resources' PDFs of the demo (demo.loaders.pdfs): a few pages per document, laid
out as their kind expects, whose text the site's extraction (core.text_extraction) reads."""

import io
import re

import pytest
from pypdf import PdfReader

from core.text_extraction import extract_text
from demo.loaders.data import read
from demo.loaders.experiences import financial_tables
from demo.loaders.pdfs import figures, resource_pdf

RESOURCES = [r for r in read("resources") if r["file_format"] == "pdf"]
PARTS = read("document_parts")
# What a document of each kind shows beyond its own body.
EXPECTED = {
    "cahier_des_charges": ["Critères de jugement des offres", "Pondération", "Article 12"],
    "compte_rendu": ["Participants", "Relevé de décisions", "Suites à donner", "Échéance"],
    "etude": ["État des lieux", "Dépense (€ HT)", "Scénarios étudiés", "Retour simple"],
    "dossier_technique": ["Dimensionnement", "Carnet de suivi annuel"],
    "guide": ["Les étapes d'un projet", "Durée indicative"],
    "presentation": ["Les chiffres clés", "Ce que nous referions autrement"],
}


def _first_of_kind(kind):
    return next(r for r in RESOURCES if r["kind"] == kind)


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_a_document_has_a_few_pages_of_extractable_text(kind):
    data = _first_of_kind(kind)
    content = resource_pdf(data, "Bais", "Énergie")
    pages = PdfReader(io.BytesIO(content)).pages
    assert 2 <= len(pages) <= 5
    assert len(content) > 3000
    text = " ".join(extract_text(io.BytesIO(content), "document.pdf").split())
    for expected in EXPECTED[kind]:
        assert expected in text, expected
    # The resource's own words, and its commune, are found (search inside files).
    first_line = " ".join(data["body"].splitlines()[1].split())
    assert first_line[:40] in text
    assert "Bais" in text
    assert "{" not in text  # every placeholder filled


def test_every_demo_pdf_has_two_to_five_pages():
    counts = {
        r["slug"]: len(PdfReader(io.BytesIO(resource_pdf(r, "Laval", "Eau"))).pages)
        for r in RESOURCES[::7]
    }
    assert all(2 <= n <= 5 for n in counts.values()), counts


def test_the_tables_rows_fit_their_headers():
    def tables(node):
        if isinstance(node, dict):
            if "header" in node and "rows" in node:
                yield node
            for value in node.values():
                yield from tables(value)
        elif isinstance(node, list):
            for value in node:
                yield from tables(value)

    found = list(tables(PARTS))
    assert len(found) >= 8
    for table in found:
        assert all(len(row) == len(table["header"]) for row in table["rows"]), table["header"]


def test_figures_are_stable_and_consistent():
    values = figures("etude-x", 2020)
    assert values == figures("etude-x", 2020)
    assert values["year_minus_2"] == 2018
    change = round((values["c3"] - values["c2"]) / values["c2"] * 100)
    assert int(values["e3"]) == change
    assert re.fullmatch(r"\d+,\d", values["r2"])


def test_a_sheets_financial_report_has_its_funding_table():
    data = next(d for d in read("experiences") if len(d.get("fundings", [])) >= 2)
    tables, values = financial_tables(data)
    content = resource_pdf(
        {"slug": data["slug"], "title": "Bilan financier", "kind": "bilan_financier", "body": ""},
        "Gorron",
        "Énergie",
        tables=tables,
        extra_values=values,
    )
    assert len(PdfReader(io.BytesIO(content)).pages) >= 2
    text = " ".join(extract_text(io.BytesIO(content), "bilan.pdf").split())
    assert data["title"] in text
    for funding in data["fundings"]:
        assert " ".join(funding["funder"].split()[:2]) in text
    assert "Plan de financement" in text and "Devis comparés" in text and "100 %" in text
    assert "{" not in text
