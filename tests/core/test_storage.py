"""The private storage follows the settings as they are now, and a private file only ever gets a
signed URL: none from a local folder or from an S3 storage set to hand out plain URLs."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from storages.backends.s3 import S3Storage

from core.storage import PrivateStorage, private_storage, signed_url
from members_area.models import Resource


class Stored:
    """What signed_url reads of a FieldFile: its name and its storage."""

    def __init__(self, storage, name="resources/cahier.pdf"):
        self.storage, self.name = storage, name


def s3(**options):
    """An S3 storage as reseau/settings/storage.py configures it (no request is made: signing
    is local)."""
    defaults = {
        "bucket_name": "reseau-prive",
        "endpoint_url": "http://127.0.0.1:9",
        "access_key": "cle",
        "secret_key": "secret",
        "region_name": "us-east-1",
        "addressing_style": "path",
        "signature_version": "s3v4",
    }
    return S3Storage(**{**defaults, **options})


def test_the_models_private_fields_follow_override_settings(settings, tmp_path):
    field_storage = Resource._meta.get_field("file").storage
    assert isinstance(field_storage, PrivateStorage)
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path), "base_url": None},
        },
    }
    name = field_storage.save("resources/note.pdf", ContentFile(b"%PDF-1.4"))
    assert (tmp_path / name).read_bytes() == b"%PDF-1.4"
    assert field_storage.exists(name) and field_storage.location == str(tmp_path)
    assert isinstance(private_storage().current(), FileSystemStorage)


def test_a_local_folder_gives_no_url():
    assert signed_url(Stored(FileSystemStorage(location="/nowhere", base_url=None))) is None


@pytest.mark.parametrize(
    "options",
    [{"querystring_auth": False}, {"custom_domain": "medias.example.fr"}],
)
def test_an_s3_storage_that_would_give_a_plain_url_gives_none(options):
    assert signed_url(Stored(s3(**options))) is None


def test_a_private_s3_storage_gives_a_signed_url_with_its_life_and_overrides():
    url = signed_url(
        Stored(s3(querystring_expire=45)),
        {"ResponseContentDisposition": "attachment; filename*=UTF-8''cahier.pdf"},
    )
    assert url.startswith("http://127.0.0.1:9/reseau-prive/resources/cahier.pdf?")
    assert "X-Amz-Expires=45" in url and "X-Amz-Signature=" in url
    assert "response-content-disposition=attachment" in url
