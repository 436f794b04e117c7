"""The demo loader's small converters: plain text to rich text, kinds of funding, PDFs."""

import pytest

from demo.loaders.files import pdf_bytes
from demo.loaders.text import funding_kind, paragraphs
from sheets.models import FundingKind


def test_paragraphs_escape_html():
    html = paragraphs("Un <b>budget</b> & des aides.\n\nSecond paragraphe.")
    assert html == ("<p>Un &lt;b&gt;budget&lt;/b&gt; &amp; des aides.</p><p>Second paragraphe.</p>")
    assert paragraphs("") == ""


@pytest.mark.parametrize(
    "kind,funder,expected",
    [
        ("subvention", "ADEME", FundingKind.GRANT),
        ("DETR", "DETR", FundingKind.STATE),
        ("fonds vert", "Fonds vert", FundingKind.STATE),
        ("prêt", "Commune", FundingKind.LOAN),
        ("certificats d'économies d'énergie", "CEE", FundingKind.ENERGY_CERTIFICATES),
        ("fonds européens (LEADER)", "GAL", FundingKind.EUROPEAN),
        ("subvention", "Fonds européens (FEDER)", FundingKind.EUROPEAN),
        ("autofinancement", "Commune", FundingKind.SELF),
        ("mécénat", "Fondation", FundingKind.OTHER),
    ],
)
def test_funding_kind(kind, funder, expected):
    assert funding_kind(kind, funder) == expected


def test_pdf_is_a_pdf():
    data = pdf_bytes("Bilan (2024) – Évron", ["Ligne é à ç"])
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
