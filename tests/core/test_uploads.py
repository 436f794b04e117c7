"""The one upload validator (core.uploads): type by content, size and what a zip declares,
checked within a second, for reserved resources and Wagtail documents alike, through the admin
views the facilitator uses."""

import time

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from wagtail.models import Collection

from core.uploads import validate_upload
from members_area.documents import make_docx, make_odt, make_pdf, zip_bytes
from members_area.models import Resource
from reseau.models import CustomDocument
from tests.core.hostile_files import MB, docx_bomb, docx_with_entries

pytestmark = pytest.mark.django_db

RESOURCE_ADD = "/admin/snippets/members_area/resource/add/"
DOCUMENT_ADD = "/admin/documents/add/"

RENAMED = {
    "page-web.pdf": b"<!DOCTYPE html><html><script>alert(1)</script></html>",
    "image.pdf": b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    "programme.pdf": b"MZ\x90\x00\x03" + b"\x00" * 200,
    "page-web.docx": b"<html><body onload=alert(1)></body></html>",
    "image.docx": b"<svg onload=alert(1)>",
    "programme.docx": b"MZ\x90\x00\x03" + b"\x00" * 200,
    "programme-linux.pdf": b"\x7fELF\x02\x01\x01" + b"\x00" * 200,
    "script.odt": b"#!/bin/sh\nrm -rf /\n",
}


def upload(name, content):
    return SimpleUploadedFile(name, content)


def post_resource(client, name, content):
    data = {"title": "Guide du compostage", "slug": "", "kind": "guide", "description": ""}
    return client.post(RESOURCE_ADD, {**data, "file": upload(name, content)})


def post_document(client, name, content):
    collection = Collection.get_first_root_node()
    data = {"title": "Guide du compostage", "collection": collection.pk, "description": ""}
    return client.post(DOCUMENT_ADD, {**data, "file": upload(name, content)})


UPLOADERS = {"resource": (post_resource, Resource), "document": (post_document, CustomDocument)}


# --- The validator alone ---------------------------------------------------------------------


@pytest.mark.parametrize("name", RENAMED)
def test_programs_web_pages_and_svg_renamed_as_documents_are_refused(name):
    with pytest.raises(ValidationError) as error:
        validate_upload(upload(name, RENAMED[name]))
    assert error.value.code == "content_mismatch"
    assert "ne correspond pas" in error.value.messages[0]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cahier.pdf", make_pdf("Cahier", "texte")),
        ("note.docx", make_docx("Note", "texte")),
        ("compte-rendu.odt", make_odt("CR", "texte")),
        ("ancien.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500),
        ("tableau.csv", "commune;kWh\nBaïs;1200\n".encode()),
    ],
)
def test_real_documents_pass(name, content):
    validate_upload(upload(name, content))


def test_a_zip_bomb_is_refused_within_a_second_from_its_declared_sizes():
    bomb = docx_bomb()
    assert len(bomb) < 100_000
    started = time.monotonic()
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("rapport.docx", bomb))
    assert time.monotonic() - started < 1
    assert error.value.code == "zip_bomb"
    assert "fois plus gros" in error.value.messages[0]
    assert "envoyez-le en PDF" in error.value.messages[0]


def test_too_many_zip_entries_are_refused_before_the_zip_is_opened(settings):
    settings.UPLOAD_MAX_ZIP_ENTRIES = 50
    started = time.monotonic()
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("diaporama.docx", docx_with_entries(200)))
    assert time.monotonic() - started < 1
    assert error.value.code == "zip_too_many_entries"
    assert "202 éléments" in error.value.messages[0].replace("\u202f", "")


def test_a_declared_inflated_size_over_the_limit_is_refused(settings):
    settings.UPLOAD_MAX_INFLATED_SIZE = 1 * MB
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("rapport.docx", docx_bomb(inflated=2 * MB)))
    assert error.value.code == "zip_too_large"
    assert "Une fois décompressé" in error.value.messages[0]


def test_an_odt_whose_mimetype_entry_is_huge_is_refused():
    fake = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text" + b" " * 10_000})
    with pytest.raises(ValidationError):
        validate_upload(upload("cr.odt", fake))


def test_the_messages_are_translated():
    with pytest.raises(ValidationError) as error:
        validate_upload(upload("rapport.docx", docx_bomb()))
    with translation.override("en"):
        assert "times larger than itself" in error.value.messages[0]
        assert "upload it as a PDF" in error.value.messages[0]


# --- Through the admin, for both kinds -------------------------------------------------------


@pytest.mark.parametrize("kind", UPLOADERS)
@pytest.mark.parametrize("name", ["page-web.pdf", "image.pdf", "programme.pdf", "programme.docx"])
def test_admin_refuses_renamed_programs_and_web_pages(admin_client, kind, name):
    post, model = UPLOADERS[kind]
    response = post(admin_client, name, RENAMED[name])
    assert response.status_code == 200
    assert "ne correspond pas à un document".encode() in response.content
    assert not model.objects.exists()


@pytest.mark.parametrize("kind", UPLOADERS)
def test_admin_refuses_the_bomb_in_under_two_seconds(admin_client, kind):
    post, model = UPLOADERS[kind]
    bomb = docx_bomb()
    started = time.monotonic()
    response = post(admin_client, "rapport-annuel.docx", bomb)
    assert time.monotonic() - started < 2
    assert response.status_code == 200
    assert b"fois plus gros que lui" in response.content
    assert not model.objects.exists()


def test_the_multiple_document_upload_refuses_them_too(admin_client):
    collection = Collection.get_first_root_node()
    for name, content in [("page-web.pdf", RENAMED["page-web.pdf"]), ("bombe.docx", docx_bomb())]:
        response = admin_client.post(
            "/admin/documents/multiple/add/",
            {"files[]": upload(name, content), "collection": collection.pk},
        )
        assert response.status_code == 200
        assert response.json()["success"] is False
    assert not CustomDocument.objects.exists()
