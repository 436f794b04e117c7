"""The private file storage: documents and reserved resources, kept out of MEDIA_ROOT."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.utils.functional import SimpleLazyObject

PRIVATE = "private"


def _private():
    """STORAGES["private"] when the site configures it (it should); else a folder beside
    MEDIA_ROOT that has no URL, so a plugin installed without it never publishes a file."""
    if PRIVATE in settings.STORAGES:
        return storages[PRIVATE]
    return FileSystemStorage(
        location=Path(settings.MEDIA_ROOT).parent / "private_media", base_url=None
    )


def private_storage():
    """The private storage, for a FileField's `storage=`. A callable returning a lazy object:
    the storage is looked up when a file is first stored or read, not when the model is
    defined, so tests can swap it with `override_settings(STORAGES=...)`."""
    return SimpleLazyObject(_private)
