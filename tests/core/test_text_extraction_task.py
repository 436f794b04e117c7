"""Text extraction off the request (core.tasks through django-tasks) under hard limits: a normal
PDF or DOCX is read and found by search, a hostile one ends as "text not extracted" with the
reason shown to the facilitator, and a form saved meanwhile never undoes the task's work."""

import io
import time

import pytest
from django.core.files.base import ContentFile
from django.test import override_settings
from django_tasks import default_task_backend
from pypdf import PdfReader, PdfWriter
from wagtail.search.backends import get_search_backend

from core.tasks import extract_file_text
from core.text_extraction import TextError, TextStatus, extract
from members_area.documents import make_docx, make_pdf, zip_bytes
from members_area.models import Resource
from reseau.models import CustomDocument
from tests.core.hostile_files import MB, WORD, docx_bomb, docx_with_body, pdf_with_stream
from tests.core.test_uploads import UPLOADERS
from tests.factories import ResourceFactory

pytestmark = pytest.mark.django_db

BODY = "Le marché prévoit une clause xylophage pour la chaufferie de Zéphyrin."
# The validator lets the bomb through (as a subtler one would), so that the extraction's own
# limits are what stops it; the request only queues the task, as in production.
LENIENT_UPLOADS = {
    "UPLOAD_MAX_COMPRESSION_RATIO": 100_000,
    "TEXT_EXTRACTION_MAX_BYTES": 1 * MB,
    "TASKS": {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}},
}
REASON = "le fichier décompressé dépasse la limite de lecture"


def found(model, word):
    return list(get_search_backend().search(word, model))


def run_queued_tasks():
    """What `manage.py db_worker` does in production: run every queued task, including those
    the tasks queue (the search index update after an extraction)."""
    while default_task_backend.results:
        result = default_task_backend.results.pop(0)
        result.task.call(*result.args, **result.kwargs)


@pytest.mark.parametrize("kind", UPLOADERS)
@pytest.mark.parametrize(("name", "content"), [("cahier.pdf", make_pdf("Cahier", BODY))])
def test_a_normal_pdf_is_read_and_found_by_search(admin_client, kind, name, content):
    post, model = UPLOADERS[kind]
    assert post(admin_client, name, content).status_code == 302
    record = model.objects.get()
    assert record.text_status == TextStatus.EXTRACTED
    assert record.text_error == ""
    assert "clause xylophage" in record.extracted_text
    assert found(model, "xylophage") == [record]


@pytest.mark.parametrize("kind", UPLOADERS)
def test_a_normal_docx_is_read_and_found_by_search(admin_client, kind):
    post, model = UPLOADERS[kind]
    assert post(admin_client, "note.docx", make_docx("Note", BODY)).status_code == 302
    record = model.objects.get()
    assert record.text_status == TextStatus.EXTRACTED
    assert "clause xylophage" in record.extracted_text
    assert found(model, "xylophage") == [record]


@override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}})
@pytest.mark.parametrize("kind", UPLOADERS)
def test_the_request_only_queues_the_extraction(admin_client, kind):
    post, model = UPLOADERS[kind]
    assert post(admin_client, "note.docx", make_docx("Note", BODY)).status_code == 302
    record = model.objects.get()
    assert record.text_status == TextStatus.PENDING
    assert record.extracted_text == ""
    assert found(model, "xylophage") == []

    run_queued_tasks()
    record.refresh_from_db()
    assert record.text_status == TextStatus.EXTRACTED
    assert found(model, "xylophage") == [record]


@override_settings(**LENIENT_UPLOADS)
def test_a_bomb_resource_is_accepted_without_text_and_the_facilitator_sees_why(admin_client):
    post, _model = UPLOADERS["resource"]
    started = time.monotonic()
    response = post(admin_client, "rapport-annuel.docx", docx_bomb())
    assert time.monotonic() - started < 2
    assert response.status_code == 302
    run_queued_tasks()
    resource = Resource.objects.get()
    assert resource.text_status == TextStatus.NOT_EXTRACTED
    assert resource.text_error == TextError.TOO_LARGE
    assert resource.extracted_text == ""
    edit = admin_client.get(f"/admin/snippets/members_area/resource/edit/{resource.pk}/")
    assert b"texte non extrait" in edit.content
    assert REASON.encode() in edit.content
    listing = admin_client.get("/admin/snippets/members_area/resource/")
    assert b"texte non extrait" in listing.content


@override_settings(**LENIENT_UPLOADS)
def test_a_bomb_document_is_accepted_without_text_and_the_editor_sees_why(admin_client):
    post, _model = UPLOADERS["document"]
    started = time.monotonic()
    response = post(admin_client, "rapport-annuel.docx", docx_bomb())
    assert time.monotonic() - started < 2
    assert response.status_code == 302
    run_queued_tasks()
    document = CustomDocument.objects.get()
    assert document.text_status == TextStatus.NOT_EXTRACTED
    assert document.text_error == TextError.TOO_LARGE
    edit = admin_client.get(f"/admin/documents/edit/{document.pk}/")
    assert b"texte non extrait" in edit.content
    assert REASON.encode() in edit.content


def test_a_save_of_other_fields_never_undoes_the_tasks_work():
    resource = ResourceFactory(body=BODY)
    stale = Resource.objects.get(pk=resource.pk)
    Resource.objects.filter(pk=resource.pk).update(text_status=TextStatus.PENDING)
    stale.text_status = TextStatus.PENDING
    stale.extracted_text = ""
    # The task finishes while a form holds the stale row: the form's save keeps its result.
    Resource.objects.filter(pk=resource.pk).update(
        text_status=TextStatus.EXTRACTED, extracted_text=BODY
    )
    stale.title = "Nouveau titre"
    stale.save()
    resource.refresh_from_db()
    assert resource.title == "Nouveau titre"
    assert resource.text_status == TextStatus.EXTRACTED
    assert resource.extracted_text == BODY


def test_a_new_file_is_read_again():
    resource = ResourceFactory(body="Haies bocagères")
    assert "Haies" in resource.extracted_text
    resource.file = ContentFile(make_docx("Autre", BODY), name="autre.docx")
    resource.save()
    assert resource.text_status == TextStatus.EXTRACTED
    assert "xylophage" in resource.extracted_text
    assert "Haies" not in resource.extracted_text


def test_a_file_missing_from_storage_is_said_so():
    resource = ResourceFactory(body=BODY)
    resource.file.storage.delete(resource.file.name)
    extract_file_text.call("members_area.Resource", str(resource.pk), resource.file.name)
    resource.refresh_from_db()
    assert resource.text_status == TextStatus.NOT_EXTRACTED
    assert resource.text_error == TextError.MISSING


# --- The limits ------------------------------------------------------------------------------


def test_inflated_bytes_are_capped_while_streaming(settings):
    """Reading stops at the cap (a quarter of a megabyte here), not after the 20 MB."""
    settings.TEXT_EXTRACTION_MAX_BYTES = MB // 4
    result = extract(io.BytesIO(docx_bomb()), "bombe.docx")
    assert (result.status, result.error, result.text) == (
        TextStatus.NOT_EXTRACTED,
        TextError.TOO_LARGE,
        "",
    )


def test_characters_are_capped_and_the_start_is_kept(settings):
    settings.TEXT_EXTRACTION_MAX_CHARS = 1000
    body = b"<w:p><w:r><w:t>mot</w:t></w:r></w:p>" * 5000
    result = extract(io.BytesIO(docx_with_body(body)), "long.docx")
    assert result.status == TextStatus.EXTRACTED
    assert result.error == TextError.TRUNCATED
    assert result.text.startswith("mot mot")
    assert len(result.text) <= 1000


def test_time_is_capped(settings):
    settings.TEXT_EXTRACTION_TIME_LIMIT = 0
    result = extract(io.BytesIO(make_pdf("Cahier", BODY)), "cahier.pdf")
    assert (result.status, result.error) == (TextStatus.NOT_EXTRACTED, TextError.TOO_SLOW)


def test_a_pdf_stream_inflating_past_the_limit_is_not_read(settings):
    settings.TEXT_EXTRACTION_MAX_BYTES = 1 * MB
    content = b"BT /F1 12 Tf 50 800 Td (xylophage) Tj ET\n" + b" " * (3 * MB)
    result = extract(io.BytesIO(pdf_with_stream(content)), "bombe.pdf")
    assert (result.status, result.error) == (TextStatus.NOT_EXTRACTED, TextError.TOO_LARGE)
    settings.TEXT_EXTRACTION_MAX_BYTES = 20 * MB
    assert "xylophage" in extract(io.BytesIO(pdf_with_stream(content)), "ok.pdf").text


def test_an_encrypted_pdf_says_so():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf("Secret", BODY))))
    writer.encrypt(user_password="motdepasse", owner_password="autre")
    out = io.BytesIO()
    writer.write(out)
    result = extract(io.BytesIO(out.getvalue()), "protege.pdf")
    assert (result.status, result.error) == (TextStatus.NOT_EXTRACTED, TextError.ENCRYPTED)


def test_formats_without_text_reading_say_so():
    result = extract(io.BytesIO(b"commune;kWh\n"), "tableau.csv")
    assert (result.status, result.error) == (TextStatus.EMPTY, TextError.UNSUPPORTED)


def test_entities_cannot_inflate_the_xml():
    """A "billion laughs" document: the XML parser refuses to expand it."""
    entities = "".join(
        f'<!ENTITY e{n} "{f"&e{n - 1};" * 10 if n else "x" * 10}">' for n in range(9)
    )
    document = (
        f'<!DOCTYPE w:document [{entities}]><w:document xmlns:w="{WORD}"><w:body><w:p><w:r>'
        "<w:t>&e8;</w:t></w:r></w:p></w:body></w:document>"
    )
    package = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": document})
    started = time.monotonic()
    result = extract(io.BytesIO(package), "entites.docx")
    assert time.monotonic() - started < 2
    assert (result.status, result.error) == (TextStatus.NOT_EXTRACTED, TextError.UNREADABLE)
