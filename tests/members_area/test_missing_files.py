"""A file missing from storage: who may open it gets a clear page (503) and the facilitators are
told once; who may not gets the same answer as before (nothing is revealed); the pages mark the
resource from its stored field; `manage.py check_files` lists every missing file."""

import io
import socket

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members_area.documents import make_pdf
from members_area.models import MissingDocument, Resource
from reseau.models import CustomDocument
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from sheets.models import ExperienceAttachment
from tests.factories import ImageFactory, MemberFactory, ResourceFactory, UserFactory

from .conftest import ALLOWED, SECRET_TITLE, USER_KINDS

pytestmark = pytest.mark.django_db

LOGIN_PATH = "/adherents/connexion/"
UNAVAILABLE = "Document momentanément indisponible"
TOLD = "L'équipe d'animation du réseau en a été prévenue"


@pytest.fixture
def facilitator(db):
    return UserFactory(email="animatrice@exemple.fr", is_staff=True)


def remove_file(record):
    record.file.storage.delete(record.file.name)


def assert_login_redirect(response):
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN_PATH)


def assert_unavailable_page(response, title):
    html = response.content.decode()
    assert response.status_code == 503
    assert UNAVAILABLE in html and TOLD in html and title in html
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.has_header("Retry-After")


@pytest.mark.parametrize("kind", USER_KINDS)
def test_a_missing_resource_file_by_kind_of_user(client_for, secret_resource, facilitator, kind):
    client = client_for(kind)
    remove_file(secret_resource)
    response = client.get(secret_resource.get_download_url())
    secret_resource.refresh_from_db()
    if kind in ALLOWED:
        assert_unavailable_page(response, SECRET_TITLE)
        assert secret_resource.file_missing_since is not None
        staff = [client.user.email] if kind == "staff" else []  # staff are facilitators too
        assert [sorted(m.to) for m in mail.outbox] == [sorted([facilitator.email, *staff])]
        return
    # The same answer as when the file is there, and no trace of the fault anywhere.
    if kind == "anonymous":
        assert_login_redirect(response)
    else:
        assert response.status_code == 404
        assert SECRET_TITLE not in response.content.decode()
        assert UNAVAILABLE not in response.content.decode()
    assert secret_resource.file_missing_since is None
    assert mail.outbox == []


def test_the_facilitators_are_told_once_per_file(client_for, secret_resource, facilitator):
    UserFactory(email="ancienne@exemple.fr", is_staff=True, is_active=False)
    UserFactory(email="second.animateur@exemple.fr", is_staff=True)
    client = client_for("member_user_grant")
    remove_file(secret_resource)
    for _attempt in range(3):
        assert client.get(secret_resource.get_download_url()).status_code == 503
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == ["animatrice@exemple.fr", "second.animateur@exemple.fr"]
    assert SECRET_TITLE in message.subject
    assert secret_resource.file.name in message.body
    assert f"/admin/snippets/members_area/resource/edit/{secret_resource.pk}/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html" and SECRET_TITLE in html

    # A new file ends the mark; when it goes missing again, they are told again.
    secret_resource.file = ContentFile(make_pdf("v2", "Nouvelle version"), name="v2.pdf")
    secret_resource.save()
    secret_resource.refresh_from_db()
    assert secret_resource.file_missing_since is None
    assert client.get(secret_resource.get_download_url()).status_code == 200
    remove_file(secret_resource)
    assert client.get(secret_resource.get_download_url()).status_code == 503
    assert len(mail.outbox) == 2


def test_a_file_back_in_storage_clears_the_mark_on_download(client_for, secret_resource):
    client = client_for("member_user_grant")
    with secret_resource.file.open("rb") as handle:
        data = handle.read()
    remove_file(secret_resource)
    assert client.get(secret_resource.get_download_url()).status_code == 503
    secret_resource.file.storage.save(secret_resource.file.name, ContentFile(data))
    response = client.get(secret_resource.get_download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    secret_resource.refresh_from_db()
    assert secret_resource.file_missing_since is None


def test_a_mail_server_down_still_gives_the_page_and_keeps_the_mark(
    client_for, secret_resource, facilitator, settings, caplog
):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed.getsockname()[1]
    settings.EMAIL_TIMEOUT = 1
    closed.close()
    remove_file(secret_resource)
    response = client_for("member_user_grant").get(secret_resource.get_download_url())
    assert_unavailable_page(response, SECRET_TITLE)
    secret_resource.refresh_from_db()
    assert secret_resource.file_missing_since is not None
    assert "Could not tell the facilitators" in caplog.text


def test_the_resource_page_and_list_mark_it_without_a_download_link(client_for, secret_resource):
    client = client_for("member_user_grant")
    Resource.objects.filter(pk=secret_resource.pk).update(file_missing_since="2026-12-01T10:00Z")
    detail = client.get(secret_resource.get_absolute_url()).content.decode()
    assert UNAVAILABLE in detail
    assert secret_resource.get_download_url() not in detail
    listing = client.get("/adherents/ressources/").content.decode()
    assert UNAVAILABLE in listing and SECRET_TITLE in listing


def test_the_mark_costs_no_query_per_resource(site, organisation):
    """The marker comes from the stored field: a listing of marked resources makes the same
    queries as one of resources whose files are there, and never reads the storage."""
    member = MemberFactory(organisation=organisation, email="lecteur@exemple.fr")
    resources = [ResourceFactory(title=f"Document {n}", open_to_all_members=True) for n in range(6)]
    client = Client()
    client.force_login(member)
    client.get("/adherents/ressources/")  # warm caches (content types, session)

    def listing_queries():
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/adherents/ressources/").content.decode()
        return len(queries), html

    plain, html = listing_queries()
    assert UNAVAILABLE not in html
    for resource in resources:
        remove_file(resource)
    Resource.objects.update(file_missing_since="2026-12-01T10:00Z")
    marked, html = listing_queries()
    assert html.count(UNAVAILABLE) == len(resources)
    assert marked == plain


# --- Wagtail documents -----------------------------------------------------------------------


@pytest.fixture
def documents(home_page):
    def document(title):
        return CustomDocument.objects.create(
            title=title, file=ContentFile(make_pdf(title, title), name="doc.pdf")
        )

    reserved, public = document("Plan réservé Quetzal"), document("Plaquette publique Quetzal")
    sheet = ExperienceSheetPageFactory(parent=ExperienceIndexPageFactory(parent=home_page))
    ExperienceAttachment.objects.create(page=sheet, document=reserved, members_only=True)
    ExperienceAttachment.objects.create(page=sheet, document=public, members_only=False)
    for doc in (reserved, public):
        remove_file(doc)
    return {"reserved": reserved, "public": public}


@pytest.mark.parametrize("kind", USER_KINDS)
def test_a_missing_members_only_document_by_kind_of_user(client_for, documents, facilitator, kind):
    doc = documents["reserved"]
    response = client_for(kind).get(doc.url)
    if kind in ALLOWED or kind == "member_without_grant":  # every active member may
        assert_unavailable_page(response, doc.title)
        assert MissingDocument.objects.filter(document=doc, file_name=doc.file.name).exists()
        assert len(mail.outbox) == 1 and doc.title in mail.outbox[0].subject
        return
    if kind == "anonymous":
        assert_login_redirect(response)
    else:
        assert response.status_code == 404
        assert UNAVAILABLE not in response.content.decode()
    assert not MissingDocument.objects.exists()
    assert mail.outbox == []


def test_a_missing_public_document_is_unavailable_for_everyone_told_once(
    anonymous_client, documents, facilitator
):
    doc = documents["public"]
    for _attempt in range(2):
        assert_unavailable_page(anonymous_client.get(doc.url), doc.title)
    assert len(mail.outbox) == 1
    assert f"/admin/documents/edit/{doc.pk}/" in mail.outbox[0].body

    doc.file = ContentFile(make_pdf("v2", "v2"), name="v2.pdf")
    doc.save()
    assert not MissingDocument.objects.exists()  # the new file ends the record
    assert anonymous_client.get(doc.url).status_code == 200


# --- manage.py check_files -------------------------------------------------------------------


def check_files(*args):
    out = io.StringIO()
    try:
        call_command("check_files", *args, stdout=out)
    except CommandError as error:
        return out.getvalue(), str(error)
    return out.getvalue(), None


def test_check_files_lists_every_missing_file_and_marks_them(documents, facilitator):
    resource = ResourceFactory(title="Étude thermique Quetzal")
    present = ResourceFactory(title="Guide présent")
    image = ImageFactory(title="Photo perdue")
    remove_file(resource)
    remove_file(image)

    output, error = check_files("--dry-run")
    assert error == "4 fichier(s) manquant(s)."
    assert f"ressource {resource.pk} « Étude thermique Quetzal » : {resource.file.name}" in output
    assert f"document {documents['reserved'].pk} « Plan réservé Quetzal »" in output
    assert f"image {image.pk} « Photo perdue »" in output
    assert "Guide présent" not in output
    resource.refresh_from_db()
    assert resource.file_missing_since is None and mail.outbox == []  # --dry-run: no change

    output, error = check_files()
    assert error == "4 fichier(s) manquant(s)."
    resource.refresh_from_db()
    assert resource.file_missing_since is not None
    assert MissingDocument.objects.count() == 2
    assert len(mail.outbox) == 3  # one per resource or document, once
    check_files()
    assert len(mail.outbox) == 3
    present.refresh_from_db()
    assert present.file_missing_since is None


def test_check_files_clears_the_marks_of_files_back(site, facilitator):
    resource = ResourceFactory(title="Revenu")
    Resource.objects.filter(pk=resource.pk).update(file_missing_since="2026-12-01T10:00Z")
    output, error = check_files()
    assert error is None
    assert "Aucun fichier manquant." in output
    resource.refresh_from_db()
    assert resource.file_missing_since is None
