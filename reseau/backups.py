"""Backups that restore: one dated archive (tar.gz) holding the database, as Django's `dumpdata`
writes it, and both media folders (those on this machine: files in S3 buckets are the provider's
to copy); and its restoration on an empty database
(docs/decisions/0032-missing-files-and-backups.md, docs/deployment.md).

The dump keeps every row with its primary key, content types and permissions included, so that
generic relations (guardian's grants, Wagtail's revisions and logs) come back exactly; it is
loaded into a database emptied without re-creating them. Left out: what is rebuilt or
transient (sessions, the search index, sign-in lockouts, editing sessions, queued tasks)."""

import json
import logging
import os
import shutil
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, storages
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

logger = logging.getLogger(__name__)

DATABASE = "database.jsonl"
MANIFEST = "manifest.json"
# Archive folder -> STORAGES entry whose folder it holds.
FOLDERS = {"media": "default", "private_media": "private"}
EXCLUDED = (
    "sessions",
    "wagtailsearch",  # the search index: `manage.py update_index` rebuilds it
    "wagtailadmin.editingsession",
    "axes.accessattempt",
    "axes.accessattemptexpiration",
    "django_tasks_database",  # the queue of background tasks (django_tasks_db's label)
)
# Loaded first: what other rows refer to by id, and what Django looks up while loading them.
FIRST = ("contenttypes", "auth.permission")
# A freshly migrated database holds Wagtail's root page and its welcome page, and no account.
FRESH_PAGES = 2


class BackupError(Exception):
    """Said to the operator in French, as the command's error."""


def folder_of(storage_name):
    """The folder of a file-system storage of STORAGES; None for a bucket (S3), whose files the
    archive leaves to the provider's own copies (docs/deployment.md)."""
    storage = storages[storage_name]
    if not isinstance(storage, FileSystemStorage):
        return None
    return Path(storage.location)


def local_folders():
    """Archive folder -> local folder, for the storages of FOLDERS that are on this machine."""
    folders = {arcname: folder_of(storage_name) for arcname, storage_name in FOLDERS.items()}
    return {arcname: folder for arcname, folder in folders.items() if folder is not None}


def remote_folders():
    """The archive folders whose files live in a bucket, out of the archive."""
    return [arcname for arcname in FOLDERS if arcname not in local_folders()]


def excluded_labels():
    """EXCLUDED, limited to what is installed (dumpdata refuses unknown names), and the models
    without a table (`managed = False`: a permission's holder, such as the activity report)."""
    labels = [model._meta.label_lower for model in apps.get_models() if not model._meta.managed]
    for label in EXCLUDED:
        app_label, _dot, model = label.partition(".")
        try:
            app = apps.get_app_config(app_label)
            if model:
                app.get_model(model)
        except LookupError:
            continue
        labels.append(label)
    return labels


def archive_name(now=None):
    return f"reseau-{timezone.localtime(now):%Y-%m-%d-%H%M%S}.tar.gz"


def create(directory):
    """Writes the archive into `directory` and returns its path. Written under a temporary
    name and renamed at the end, so that a half-written archive never looks like a backup."""
    directory = Path(directory)
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = directory / archive_name()
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DATABASE
        _dump(dump, Path(work))
        manifest = {
            "created_at": timezone.now().isoformat(),
            "excluded": excluded_labels(),
            "folders": list(local_folders()),
        }
        partial = directory / f".{target.name}.partial"
        # Readable by the site's account only: it holds reserved files and password hashes.
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as archive:
            archive.add(dump, arcname=DATABASE)
            _add_json(archive, MANIFEST, manifest, work)
            for arcname, folder in local_folders().items():
                if folder.is_dir():
                    archive.add(folder, arcname=arcname)
        os.replace(partial, target)
    return target


def _dump(path, work):
    """Every row as JSON lines: content types and permissions first, so that they are in place
    before any row that looks one up while the dump loads."""
    first, rest = work / "first.jsonl", work / "rest.jsonl"
    options = {"format": "jsonl", "use_base_manager": True, "verbosity": 0}
    call_command("dumpdata", *FIRST, output=str(first), **options)
    exclude = [*FIRST, *excluded_labels()]
    call_command("dumpdata", output=str(rest), exclude=exclude, **options)
    with path.open("wb") as out:
        for part in (first, rest):
            with part.open("rb") as handle:
                shutil.copyfileobj(handle, out)


def _add_json(archive, name, data, work):
    path = Path(work) / name
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    archive.add(path, arcname=name)


def prune(directory, keep):
    """Deletes all but the `keep` newest archives of `directory`; returns the deleted paths."""
    archives = sorted(Path(directory).glob("reseau-*.tar.gz"), reverse=True)
    old = archives[keep:] if keep else []
    for path in old:
        path.unlink()
    return old


def database_is_empty():
    """No account and no page beyond Wagtail's own two: a freshly migrated database."""
    return not get_user_model().objects.exists() and Page.objects.count() <= FRESH_PAGES


def restore(path, force=False):
    """Restores the archive at `path`: the database (emptied first, in one transaction) and the
    files of both folders. Refuses a database that holds accounts or pages unless `force`."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"Archive introuvable : {path}")
    if not force and not database_is_empty():
        raise BackupError(
            "La base de données n'est pas vide (comptes ou pages) : restaurez sur une base "
            "fraîchement migrée, ou ajoutez --force pour la remplacer entièrement."
        )
    with tempfile.TemporaryDirectory() as work:
        try:
            with tarfile.open(path, "r:gz") as archive:
                # The "data" filter refuses absolute paths, "..", links outside and devices.
                archive.extractall(work, filter="data")
        except (tarfile.TarError, OSError) as error:
            raise BackupError(f"Archive illisible : {error}") from error
        dump = Path(work) / DATABASE
        if not dump.is_file():
            raise BackupError(f"L'archive ne contient pas de {DATABASE} : est-ce une sauvegarde ?")
        with transaction.atomic():
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            _forget_content_types()
            call_command("loaddata", str(dump), verbosity=0)
        for arcname, folder in local_folders().items():
            _copy_tree(Path(work) / arcname, folder)
    _forget_cached_state()


def _copy_tree(source, target):
    """Puts the archived files in place (replacing files of the same name)."""
    if not source.is_dir():
        return
    target.mkdir(parents=True, exist_ok=True)
    shutil.copytree(source, target, dirs_exist_ok=True)


def _forget_content_types():
    apps.get_model("contenttypes", "ContentType").objects.clear_cache()


def _forget_cached_state():
    """What this process and the caches remember of the database it replaced: content type
    ids, Wagtail's site roots, page fragments."""
    _forget_content_types()
    for name in settings.CACHES:
        try:
            caches[name].clear()
        except Exception:  # noqa: BLE001 - a cache that is down holds nothing to forget
            logger.warning("Cache %s not cleared after the restore", name, exc_info=True)
