"""The private file storage: documents and reserved resources, kept out of MEDIA_ROOT, on a local
folder or in a private S3 bucket (docs/decisions/0050-files-on-s3-compatible-storage.md)."""

from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages

PRIVATE = "private"


def _private():
    """STORAGES["private"] when the site configures it (it should); else a folder beside
    MEDIA_ROOT that has no URL, so a plugin installed without it never publishes a file."""
    if PRIVATE in settings.STORAGES:
        return storages[PRIVATE]
    return FileSystemStorage(
        location=Path(settings.MEDIA_ROOT).parent / "private_media", base_url=None
    )


class PrivateStorage(Storage):
    """The private storage as the settings name it now: each call goes to that storage, so a
    FileField defined with it follows `override_settings(STORAGES=...)`, which a storage looked
    up once, when the models were loaded, would not."""

    def current(self):
        return _private()

    def __getattr__(self, name):
        # What Storage itself lacks: the backend's own attributes (location, querystring_auth).
        return getattr(self.current(), name)


def _forwarded(name):
    def method(self, *args, **kwargs):
        return getattr(self.current(), name)(*args, **kwargs)

    method.__name__ = method.__qualname__ = name
    return method


# Storage's public API, each method handed to the current private storage.
for _name in (
    "open",
    "save",
    "is_name_available",
    "get_valid_name",
    "get_alternative_name",
    "get_available_name",
    "generate_filename",
    "path",
    "delete",
    "exists",
    "listdir",
    "size",
    "url",
    "get_accessed_time",
    "get_created_time",
    "get_modified_time",
):
    setattr(PrivateStorage, _name, _forwarded(_name))


def private_storage():
    """The private storage, for a FileField's `storage=` (a callable, as migrations name it)."""
    return PrivateStorage()


def signed_url(field_file, parameters=None):
    """A short-lived signed URL of a private file, or None when its storage makes none: a local
    folder, or an S3 storage set to hand out plain URLs. A private file is never sent to a URL
    that anyone could open. `parameters` are S3's response overrides (ResponseContentType...)."""
    storage = field_file.storage
    if not getattr(storage, "querystring_auth", False):
        return None
    if getattr(storage, "custom_domain", None) and not getattr(storage, "cloudfront_signer", None):
        return None  # django-storages then gives the unsigned URL of the custom domain
    return storage.url(field_file.name, parameters=parameters)
