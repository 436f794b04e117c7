"""core.text_extraction on real small PDF, DOCX and ODT files built in memory."""

import io

import pytest
from django.core.files.base import ContentFile
from pypdf import PdfReader, PdfWriter

from core.text_extraction import extract_text
from members_area.documents import make_document
from reseau.models import CustomDocument

BODY = "Le marché prévoit une clause d'insertion pour les personnes éloignées de l'emploi."


@pytest.mark.parametrize("file_format", ["pdf", "docx", "odt"])
def test_extracts_text_from_each_format(file_format):
    data = make_document(file_format, "Cahier des charges", BODY)
    text = extract_text(io.BytesIO(data), f"cahier.{file_format}")
    assert "clause d'insertion" in text.replace("’", "'")


def test_accepts_a_path(tmp_path):
    path = tmp_path / "compte-rendu.docx"
    path.write_bytes(make_document("docx", "Compte rendu", BODY))
    assert "clause" in extract_text(path, path.name)


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (b"%PDF-1.4 this is not really a pdf", "casse.pdf"),
        (b"PK\x03\x04 broken zip", "casse.docx"),
        (b"not an odt", "casse.odt"),
        (b"whatever", "image.png"),
        (b"", "vide.pdf"),
    ],
)
def test_broken_or_unknown_files_give_empty_text_and_are_logged(data, name, caplog):
    assert extract_text(io.BytesIO(data), name) == ""
    if name.endswith((".pdf", ".docx", ".odt")):
        assert name in caplog.text


def test_encrypted_pdf_gives_empty_text(caplog):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_document("pdf", "Secret", BODY))))
    writer.encrypt(user_password="motdepasse", owner_password="autre")
    out = io.BytesIO()
    writer.write(out)
    assert extract_text(io.BytesIO(out.getvalue()), "protege.pdf") == ""
    assert "protege.pdf" in caplog.text


def test_document_text_is_extracted_on_save_and_when_the_file_changes(db):
    document = CustomDocument(title="Cahier des charges restauration")
    document.file.save("cahier.odt", ContentFile(make_document("odt", "Cahier", BODY)), save=False)
    document.save()
    assert "clause d'insertion" in document.extracted_text.replace("’", "'")

    document.title = "Nouveau titre"
    document.save()
    assert "clause" in document.extracted_text

    document.file.save(
        "autre.docx", ContentFile(make_document("docx", "Autre", "Haies bocagères")), save=False
    )
    document.save()
    assert "Haies bocagères" in document.extracted_text
    assert "clause" not in document.extracted_text
