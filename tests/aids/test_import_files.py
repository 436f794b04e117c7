"""Files the import refuses with a clear message (never a 500), and who may import."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile

from aids import spreadsheet
from aids.models import AidPage
from tests.aids import admin_helpers
from tests.aids.admin_helpers import csv_file, new_row
from tests.factories import UserFactory
from tests.second_factor import verified_login

# The shared fixtures.
directory = admin_helpers.directory
editor_client = admin_helpers.editor_client

IMPORT_URL = "/admin/aids/import/"

pytestmark = pytest.mark.django_db


def refused(client, upload):
    response = client.post(IMPORT_URL, {"file": upload})
    assert response.status_code == 400
    assert "plan" not in response.context
    return " ".join(response.context["form"].errors["file"])


def test_the_form_is_shown(admin_client, directory):
    response = admin_client.get(IMPORT_URL)
    assert response.status_code == 200
    assert 'accept=".csv,.xlsx"' in response.content.decode()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("aides.pdf", b"%PDF-1.4"), "CSV (.csv) ou Excel (.xlsx)"),
        (SimpleUploadedFile("aides.csv", b"  \n"), "vide"),
        (SimpleUploadedFile("aides.xlsx", b"pas un classeur"), "illisible"),
        (SimpleUploadedFile("aides.csv", b"slug;title\nx;y\n"), "colonnes manquantes"),
        (
            SimpleUploadedFile("aides.csv", ";".join([*spreadsheet.COLUMNS, "prix"]).encode()),
            "colonnes inconnues : prix",
        ),
        (SimpleUploadedFile("aides.csv", ";".join(spreadsheet.COLUMNS).encode()), "aucune aide"),
        (
            SimpleUploadedFile("aides.csv", b"x" * (spreadsheet.MAX_FILE_SIZE + 1)),
            "dépasse 2 Mo",
        ),
    ],
)
def test_bad_files_are_refused_with_a_message(admin_client, directory, upload, message):
    assert message in refused(admin_client, upload)


def test_too_many_rows_are_refused(admin_client, directory, monkeypatch):
    monkeypatch.setattr(spreadsheet, "MAX_ROWS", 2)
    rows = [new_row(slug=f"aide-{n}") for n in range(3)]
    assert "plus de 2 aides" in refused(admin_client, csv_file(rows))


def test_latin1_and_commas_are_read(admin_client, directory):
    upload = csv_file([new_row()], delimiter=",")
    upload = SimpleUploadedFile("aides.csv", upload.read().decode().encode("cp1252"))
    response = admin_client.post(IMPORT_URL, {"file": upload})
    assert [row.title for row in response.context["plan"].to_create] == ["Prêt rénovation"]


def test_no_file_is_a_form_error(admin_client, directory):
    response = admin_client.post(IMPORT_URL, {})
    assert response.status_code == 400


def test_anonymous_visitors_are_sent_to_sign_in(client, directory):
    for url in (IMPORT_URL, "/admin/aids/export/", "/admin/aids/"):
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response.url
    assert client.post("/admin/aids/import/apply/").status_code == 302


def test_non_staff_users_are_turned_away(non_member_client, directory):
    response = non_member_client.post(IMPORT_URL, {"file": csv_file([new_row()])})
    assert response.status_code in (302, 403)
    assert not AidPage.objects.filter(slug="pret-renovation").exists()


def test_staff_without_rights_on_the_directory_are_turned_away(directory, client):
    """Wagtail's admin answers a PermissionDenied with its dashboard and a message."""
    user = UserFactory(email="redaction@exemple.fr", is_staff=True)
    group = Group.objects.create(name="Rédaction")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    verified_login(client, user)
    for url in (IMPORT_URL, "/admin/aids/export/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url == "/admin/"
    response = client.post(IMPORT_URL, {"file": csv_file([new_row()])})
    assert response.status_code == 302 and response.url == "/admin/"
    assert not AidPage.objects.filter(slug="pret-renovation").exists()
    assert "/admin/aids/import/" not in client.get("/admin/").content.decode()


def test_the_menu_shows_the_aids_group_to_the_editor(editor_client):
    content = editor_client.get("/admin/").content.decode()
    for url in ("/admin/aids/import/", "/admin/aids/export/", "/admin/aids/"):
        assert url in content
