"""Backups that restore: `manage.py backup` then `manage.py restore` on an emptied database and
emptied media folders bring back a member, their organisation's grant, a reserved file with its
bytes, an image and a page translated into English, live."""

import io
import tarfile

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from wagtail.models import Locale, Page

from core.translation import translate
from members_area import access, permissions
from members_area.models import MemberOrganisation, Resource, ResourceGroupPermission
from reseau import backups
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from sheets.models import ExperienceSheetPage
from tests.factories import ImageFactory, MemberFactory, MemberOrganisationFactory, ResourceFactory

pytestmark = pytest.mark.django_db

MEMBER_EMAIL = "sauvegarde@exemple.fr"

# On PostgreSQL, TRUNCATE (the restore's flush) refuses to run inside the test's transaction, whose
# rows still wait for their deferred foreign-key checks; a real restore runs in its own
# transaction. These two run on SQLite (make test) until they become transactional tests.
writes_then_restores = pytest.mark.skipif(
    connection.vendor == "postgresql",
    reason="restore's TRUNCATE inside the test's own transaction (PostgreSQL)",
)


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue()


def read(field_file):
    with field_file.storage.open(field_file.name, "rb") as handle:
        return handle.read()


@pytest.fixture
def content(english_home_page, home_page):
    organisation = MemberOrganisationFactory(name="Commune de Montsûrs")
    member = MemberFactory(organisation=organisation, email=MEMBER_EMAIL)
    resource = ResourceFactory(title="Cahier des charges chaufferie Montsûrs")
    access.grant(resource, organisation.group)
    image = ImageFactory(title="Chaufferie de Montsûrs")
    index = ExperienceIndexPageFactory(parent=home_page, title="Fiches", slug="fiches")
    sheet = ExperienceSheetPageFactory(
        parent=index, title="Chaufferie bois de Montsûrs", slug="chaufferie"
    )
    english = Locale.objects.get(language_code="en")
    translate(index, english, {"title": "Experience sheets"})
    translate(sheet, english, {"title": "Wood-fired boiler in Montsûrs"})
    return {"member": member, "resource": resource, "image": image, "sheet": sheet}


@writes_then_restores
def test_a_backup_restores_on_an_empty_database(content, tmp_path):
    resource, image = content["resource"], content["image"]
    resource_bytes, image_bytes = read(resource.file), read(image.file)

    output = run("backup", "--output-dir", str(tmp_path))
    archives = list(tmp_path.glob("reseau-*.tar.gz"))
    assert len(archives) == 1 and str(archives[0]) in output
    assert archives[0].stat().st_mode & 0o777 == 0o600  # reserved files, password hashes
    with tarfile.open(archives[0]) as archive:
        names = archive.getnames()
    assert {"database.jsonl", "manifest.json"} <= set(names)
    assert f"private_media/{resource.file.name}" in names
    assert f"media/{image.file.name}" in names

    # Another machine: a freshly migrated, empty database and no files.
    call_command("flush", interactive=False, verbosity=0)
    resource.file.storage.delete(resource.file.name)
    image.file.storage.delete(image.file.name)
    assert not Page.objects.exists() and not Resource.objects.exists()

    output = run("restore", str(archives[0]))
    assert "Sauvegarde restaurée" in output

    restored = Resource.objects.get(slug=resource.slug)
    assert read(restored.file) == resource_bytes
    assert read(image.file) == image_bytes
    organisation = MemberOrganisation.objects.get(name="Commune de Montsûrs")
    assert ResourceGroupPermission.objects.filter(
        content_object=restored, group=organisation.group
    ).exists()

    client = Client()
    member = type(content["member"]).objects.get(email=MEMBER_EMAIL)
    assert permissions.can_download_resource(member, restored)
    client.force_login(member)
    response = client.get(restored.get_download_url())
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == resource_bytes

    english_sheet = ExperienceSheetPage.objects.get(locale__language_code="en")
    assert english_sheet.live and english_sheet.title == "Wood-fired boiler in Montsûrs"
    assert english_sheet.translation_key == content["sheet"].translation_key
    assert Client().get(english_sheet.url).status_code == 200
    assert Client().get(content["sheet"].url).status_code == 200

    # The search index is rebuilt by restore: the restored sheet is found.
    assert (
        "Chaufferie bois de Montsûrs"
        in Client().get("/recherche/", {"q": "chaufferie"}).content.decode()
    )
    assert "Aucun fichier manquant." in run("check_files", "--dry-run")


@writes_then_restores
def test_restore_refuses_a_database_with_content_unless_forced(content, tmp_path):
    run("backup", "--output-dir", str(tmp_path))
    archive = next(tmp_path.glob("reseau-*.tar.gz"))
    with pytest.raises(CommandError, match="n'est pas vide"):
        call_command("restore", str(archive), "--no-index")
    content["resource"].delete()
    run("restore", str(archive), "--force", "--no-index")
    assert Resource.objects.filter(slug=content["resource"].slug).exists()


def test_restore_refuses_what_is_not_a_backup(db, tmp_path):
    not_an_archive = tmp_path / "notes.tar.gz"
    not_an_archive.write_bytes(b"pas une archive")
    with pytest.raises(CommandError, match="Archive illisible"):
        call_command("restore", str(not_an_archive), "--force")
    with pytest.raises(CommandError, match="Archive introuvable"):
        call_command("restore", str(tmp_path / "absente.tar.gz"), "--force")


def test_backup_keeps_the_newest_archives(db, tmp_path):
    for stamp in ("2026-11-01-020000", "2026-11-02-020000", "2026-11-03-020000"):
        (tmp_path / f"reseau-{stamp}.tar.gz").write_bytes(b"")
    run("backup", "--output-dir", str(tmp_path), "--keep", "2")
    left = sorted(path.name for path in tmp_path.glob("reseau-*.tar.gz"))
    assert len(left) == 2 and left[0] == "reseau-2026-11-03-020000.tar.gz"
    assert not list(tmp_path.glob(".*partial"))


def test_the_excluded_tables_are_installed_ones(monkeypatch):
    assert "sessions" in backups.excluded_labels()
    # The queue of tasks, by its app's label (the app is django_tasks_db).
    assert "django_tasks_database" in backups.excluded_labels()
    monkeypatch.setattr(backups, "EXCLUDED", (*backups.EXCLUDED, "absent", "sessions.absent"))
    assert "absent" not in backups.excluded_labels()
    assert "sessions.absent" not in backups.excluded_labels()


def test_models_without_a_table_are_left_out_of_the_dump():
    assert "activity.activityreport" in backups.excluded_labels()


def test_files_in_a_bucket_are_left_out_never_read_as_a_folder(db, settings, tmp_path):
    """An S3 storage has no folder: its empty `location` must not archive the working
    directory, nor a restore write into it. The command says what it left out."""
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "reseau.s3.S3Storage",
            "OPTIONS": {"bucket_name": "reseau-prive", "endpoint_url": "http://127.0.0.1:9"},
        },
    }
    assert backups.remote_folders() == ["private_media"]
    output = run("backup", "--output-dir", str(tmp_path))
    assert "Non inclus : private_media" in output
    with tarfile.open(next(tmp_path.glob("reseau-*.tar.gz"))) as archive:
        names = archive.getnames()
    assert not [name for name in names if name.startswith("private_media")]
    assert not [name for name in names if "manage.py" in name or name.startswith("reseau/")]
