"""Uploads (size, type, content sniffing, names), the facilitator's admin, and the ways the
download view hands a file over."""

import csv
import io

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from members_area import access, permissions
from members_area.documents import make_docx, make_odt, make_pdf, zip_bytes
from members_area.models import (
    DownloadLog,
    Invitation,
    MemberOrganisation,
    Resource,
    resource_upload_to,
)
from members_area.validators import validate_resource_file
from tests.factories import (
    DownloadLogFactory,
    MemberFactory,
    ResourceFactory,
    WorkingGroupFactory,
)

pytestmark = pytest.mark.django_db

GOOD_FILES = {
    "cahier.pdf": make_pdf("Cahier", "texte"),
    "note.docx": make_docx("Note", "texte"),
    "compte-rendu.odt": make_odt("CR", "texte"),
    "tableau.csv": b"commune;kWh\nBais;1200\n",
}
BAD_FILES = {
    "programme.exe": b"MZ\x90\x00" + b"\x00" * 100,
    "script.sh": b"#!/bin/sh\nrm -rf /\n",
    "page.html": b"<!DOCTYPE html><script>alert(1)</script>",
    "page.htm": b"<html></html>",
    "image.svg": b"<svg onload=alert(1)>",
    "faux.pdf": b"<html><script>alert(1)</script></html>",
    "programme-renomme.pdf": b"MZ\x90\x00" + b"\x00" * 100,
    "script-renomme.docx": b"#!/usr/bin/env python\n",
    "zip-quelconque.docx": zip_bytes({"evil.js": b"alert(1)"}),
    "odt-menteur.odt": zip_bytes({"mimetype": b"text/html"}),
    "tableau.csv": b"<script>alert(1)</script>",
    "sans-extension": make_pdf("x", "y"),
}


@pytest.mark.parametrize("name", GOOD_FILES)
def test_documents_are_accepted(name):
    validate_resource_file(SimpleUploadedFile(name, GOOD_FILES[name]))


@pytest.mark.parametrize("name", BAD_FILES)
def test_programs_scripts_and_web_pages_are_refused(name):
    with pytest.raises(ValidationError) as error:
        validate_resource_file(SimpleUploadedFile(name, BAD_FILES[name]))
    assert "accepté" in str(error.value.messages)


def test_too_large_files_are_refused_with_sizes(settings):
    settings.MAX_DOCUMENT_SIZE = 1000
    with pytest.raises(ValidationError) as error:
        validate_resource_file(SimpleUploadedFile("gros.pdf", make_pdf("x", "mot " * 2000)))
    assert "la limite est de" in error.value.messages[0]


@pytest.mark.parametrize(
    "name",
    ["../../etc/passwd.pdf", "..\\..\\windows\\system.pdf", "/etc/cron.d/x.pdf", "a/../../b.pdf"],
)
def test_path_traversal_in_uploaded_names_stays_in_the_resources_folder(name):
    stored = resource_upload_to(None, name)
    assert stored.startswith("resources/")
    assert ".." not in stored and "\\" not in stored and stored.count("/") == 1


def test_files_are_stored_in_private_storage_never_under_media(settings):
    resource = ResourceFactory()
    path = resource.file.path
    assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
    assert not path.startswith(str(settings.MEDIA_ROOT))
    assert resource.file_size > 0


def test_extracted_text_is_filled_from_the_file():
    resource = ResourceFactory(
        body="Clause d'insertion sociale dans le marché.", file_format="docx"
    )
    assert "insertion" in resource.extracted_text


# --- Admin --------------------------------------------------------------------------------------


def _upload(name, content):
    return SimpleUploadedFile(name, content)


def test_admin_creates_a_resource_and_refuses_bad_uploads(admin_client, settings):
    url = "/admin/snippets/members_area/resource/add/"
    assert admin_client.get(url).status_code == 200
    data = {"title": "Guide du compostage partagé", "slug": "", "kind": "guide", "description": ""}
    bad = admin_client.post(url, {**data, "file": _upload("virus.exe", b"MZ" + b"\x00" * 50)})
    assert bad.status_code == 200
    assert "ne sont pas acceptés".encode() in bad.content
    renamed = admin_client.post(url, {**data, "file": _upload("guide.pdf", b"<html></html>")})
    assert b"ne correspond pas" in renamed.content
    assert not Resource.objects.exists()
    good = admin_client.post(url, {**data, "file": _upload("guide.pdf", make_pdf("Guide", "x"))})
    assert good.status_code == 302
    resource = Resource.objects.get()
    assert resource.slug == "guide-du-compostage-partage"
    assert resource.file.name.startswith("resources/")


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/members_area/resource/",
        "/admin/snippets/members_area/memberorganisation/",
        "/admin/snippets/members_area/memberprofile/",
        "/admin/snippets/members_area/workinggroup/",
        "/admin/snippets/members_area/invitation/",
        "/admin/snippets/members_area/memberorganisation/add/",
        "/admin/snippets/members_area/memberprofile/add/",
        "/admin/snippets/members_area/workinggroup/add/",
        "/admin/snippets/members_area/invitation/add/",
    ],
)
def test_admin_screens_open(admin_client, organisation, url):
    MemberFactory(organisation=organisation)
    ResourceFactory()
    assert admin_client.get(url).status_code == 200


def test_resource_edit_and_list_link_to_access_and_downloads(admin_client):
    resource = ResourceFactory()
    access_url = f"/admin/members-area/resources/{resource.pk}/access/"
    downloads_url = f"/admin/members-area/resources/{resource.pk}/downloads/"
    edit = admin_client.get(f"/admin/snippets/members_area/resource/edit/{resource.pk}/")
    listing = admin_client.get("/admin/snippets/members_area/resource/")
    for response in (edit, listing):
        assert access_url.encode() in response.content
        assert downloads_url.encode() in response.content


def test_access_panel_grants_and_revokes(admin_client, organisation):
    member = MemberFactory(organisation=organisation, email="technicien@bais.exemple.fr")
    other = MemberFactory(organisation=organisation, email="autre@bais.exemple.fr")
    group = WorkingGroupFactory(name="Groupe eau", members=[other])
    resource = ResourceFactory()
    url = f"/admin/members-area/resources/{resource.pk}/access/"
    assert b"0 personne" in admin_client.get(url).content

    admin_client.post(url, {"action": "grant", "user": member.pk})
    admin_client.post(url, {"action": "grant", "working_group": group.pk})
    page = admin_client.get(url)
    assert b"technicien@bais.exemple.fr" in page.content
    assert b"Groupe eau" in page.content
    assert b"2 personnes ont acc" in page.content
    assert permissions.can_view_resource(type(member).objects.get(pk=member.pk), resource)

    admin_client.post(url, {"action": "revoke", "kind": "user", "id": member.pk})
    assert not permissions.can_view_resource(type(member).objects.get(pk=member.pk), resource)

    admin_client.post(url, {"action": "grant", "organisation": organisation.pk})
    assert permissions.can_view_resource(type(member).objects.get(pk=member.pk), resource)
    admin_client.post(url, {"action": "revoke", "kind": "group", "id": organisation.group_id})
    assert not permissions.can_view_resource(type(member).objects.get(pk=member.pk), resource)

    admin_client.post(url, {"action": "open_to_all"})
    resource.refresh_from_db()
    assert resource.open_to_all_members


@pytest.mark.parametrize(
    "data",
    [
        {"action": "grant"},
        {"action": "grant", "user": "999999"},
        {"action": "grant", "user": "abc"},
        {"action": "revoke", "kind": "user", "id": "x"},
        {"action": "revoke", "kind": "group", "id": "999999"},
        {"action": "revoke", "kind": "autre", "id": "1"},
        {"action": "inconnue"},
    ],
)
def test_access_panel_bad_input_never_fails(admin_client, data):
    resource = ResourceFactory()
    response = admin_client.post(f"/admin/members-area/resources/{resource.pk}/access/", data)
    assert response.status_code in (200, 302)


def test_access_panel_forged_resource_id_is_404(admin_client):
    assert admin_client.get("/admin/members-area/resources/999999/access/").status_code == 404


def test_access_panel_is_for_staff_with_permission(site, organisation):
    resource = ResourceFactory()
    client = Client()
    client.force_login(MemberFactory(organisation=organisation))
    response = client.get(f"/admin/members-area/resources/{resource.pk}/access/")
    assert response.status_code in (302, 403)


def test_download_log_and_csv_export(admin_client, organisation):
    member = MemberFactory(organisation=organisation, email="lecteur@bais.exemple.fr")
    resource = ResourceFactory(title="Étude vélo")
    DownloadLogFactory(resource=resource, user=member)
    DownloadLogFactory(
        resource=resource, user=MemberFactory(organisation=organisation, first_name="=HYPERLINK(1)")
    )
    url = f"/admin/members-area/resources/{resource.pk}/downloads/"
    page = admin_client.get(url)
    assert b"lecteur@bais.exemple.fr" in page.content
    export = admin_client.get(url + "?format=csv")
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Date"
    assert len(rows) == 3
    assert any(row[2] == "lecteur@bais.exemple.fr" and row[3] == organisation.name for row in rows)
    assert not any(cell.startswith("=") for row in rows for cell in row)


def test_invitation_created_in_admin_sends_the_link(admin_client, organisation):
    response = admin_client.post(
        "/admin/snippets/members_area/invitation/add/",
        {
            "email": "Nouvelle.Elue@Bais.exemple.fr",
            "first_name": "Lise",
            "last_name": "Perrin",
            "organisation": organisation.pk,
            "role": "elu",
            "function": "Adjointe",
        },
    )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "nouvelle.elue@bais.exemple.fr"
    assert invitation.invited_by.is_superuser
    assert len(mail.outbox) == 1
    assert "/adherents/invitation/" in mail.outbox[0].body
    token = mail.outbox[0].body.split("/adherents/invitation/")[1].split("/")[0]
    assert Invitation.objects.for_token(token) == invitation


def test_inviting_an_existing_member_is_refused(admin_client, organisation):
    member = MemberFactory(organisation=organisation)
    response = admin_client.post(
        "/admin/snippets/members_area/invitation/add/",
        {"email": member.email, "organisation": organisation.pk, "role": "elu"},
    )
    assert response.status_code == 200
    assert "déjà un compte adhérent".encode() in response.content


def test_working_group_members_are_edited_in_admin(admin_client, organisation):
    member = MemberFactory(organisation=organisation)
    response = admin_client.post(
        "/admin/snippets/members_area/workinggroup/add/",
        {"name": "Groupe mobilité", "slug": "", "description": "", "members": [member.pk]},
    )
    assert response.status_code == 302
    assert member.groups.filter(working_group__name="Groupe mobilité").exists()


def test_organisation_gets_its_group_automatically(admin_client):
    response = admin_client.post(
        "/admin/snippets/members_area/memberorganisation/add/",
        {"name": "Commune de Meslay-du-Maine", "slug": "", "kind": "commune"},
    )
    assert response.status_code == 302

    organisation = MemberOrganisation.objects.get()
    assert organisation.slug == "commune-de-meslay-du-maine"
    assert organisation.group.name == "Adhérent : Commune de Meslay-du-Maine"


# --- Serving ------------------------------------------------------------------------------------


@pytest.fixture
def granted(site, organisation):
    member = MemberFactory(organisation=organisation)
    resource = ResourceFactory(title="Délibération type")
    access.grant(resource, member)
    client = Client()
    client.force_login(member)
    return client, resource


@override_settings(PRIVATE_FILES_SERVE_METHOD="nginx", PRIVATE_FILES_INTERNAL_URL="/protected/")
def test_nginx_serving_uses_x_accel_redirect(granted):
    client, resource = granted
    response = client.get(resource.get_download_url())
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/protected/{resource.file.name}"
    assert response.content == b""
    assert DownloadLog.objects.filter(resource=resource).count() == 1


@override_settings(PRIVATE_FILES_SERVE_METHOD="apache")
def test_apache_serving_uses_x_sendfile(granted):
    client, resource = granted
    response = client.get(resource.get_download_url())
    assert response["X-Sendfile"] == resource.file.path
    assert response.content == b""


@override_settings(PRIVATE_FILES_SERVE_METHOD="redirect")
def test_redirect_serving_streams_a_file_of_a_local_folder(granted):
    """A local folder signs no URL: the file is streamed, never redirected to a plain URL
    (tests/storage tests the redirect to a private bucket's signed URL)."""
    client, resource = granted
    response = client.get(resource.get_download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert response["Cache-Control"] == "private, no-store"


def test_missing_file_is_the_unavailable_page_not_500(granted):
    """The page is tested in detail, for each kind of user, in test_missing_files.py."""
    client, resource = granted
    resource.file.storage.delete(resource.file.name)
    response = client.get(resource.get_download_url())
    assert response.status_code == 503
    assert "Document momentanément indisponible" in response.content.decode()
