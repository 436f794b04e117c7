"""A sheet's PDF, in French and in English: its text, title and language read back, tagged,
without what is reserved to members."""

import pytest

from printing.sheets_pdf import make_sheet_pdf

from .conftest import CONTACT, RESERVED_DOCUMENT, read_pdf

pytestmark = pytest.mark.django_db


def test_french_sheet_pdf(sheet):
    reader, text = read_pdf(make_sheet_pdf(sheet))
    assert reader.metadata.title == sheet.title
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert "Rénovation énergétique" in text
    assert "Contexte" in text and "mal isolée" in text
    assert "ADEME" in text and "Gorron" in text
    assert "Chiffres clés" in text
    for page in reader.pages:  # the footer: the network and the page's address
        assert "Réseau des collectivités mayennaises" in page.extract_text()
        assert sheet.full_url in page.extract_text()


def test_english_sheet_pdf(english_sheet):
    reader, text = read_pdf(make_sheet_pdf(english_sheet))
    assert reader.metadata.title == "Energy retrofit of the school"
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert "Energy retrofit" in text
    assert "poorly insulated" in text
    assert "/en/" in text


def test_no_members_only_text(sheet):
    _reader, text = read_pdf(make_sheet_pdf(sheet))
    assert CONTACT not in text
    assert sheet.contact_function not in text
    assert RESERVED_DOCUMENT not in text
    assert "Contact" not in text and "Documents" not in text


def test_technical_sheet_pdf(technical):
    reader, text = read_pdf(make_sheet_pdf(technical))
    assert reader.metadata.title == technical.title
    assert "Les étapes d'un audit" in text
