"""The private file storage: documents and reserved resources, kept out of MEDIA_ROOT."""

from django.core.files.storage import storages
from django.utils.functional import SimpleLazyObject


def private_storage():
    """The storage named "private" in STORAGES, for a FileField's `storage=`. A callable
    returning a lazy object: the storage is looked up when a file is first stored or read,
    not when the model is defined, so tests can swap it with `override_settings(STORAGES=...)`."""
    return SimpleLazyObject(lambda: storages["private"])
