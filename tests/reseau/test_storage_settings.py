"""Where files live, from the environment (reseau/settings/storage.py): local folders unless both
S3 buckets are named; then public media in a readable bucket, private files in a closed one with
signed URLs, handed over by redirect; settings that would leak or not work refuse to start."""

import os
import subprocess
import sys
from pathlib import Path

import environ
import pytest
from django.core.exceptions import ImproperlyConfigured

from reseau.settings.storage import S3, file_settings, media_sources

ROOT = Path(__file__).resolve().parents[2]
S3_ENV = {
    "S3_BUCKET_PUBLIC": "reseau-media",
    "S3_BUCKET_PRIVATE": "reseau-prive",
    "S3_ENDPOINT_URL": "https://s3.fr-par.example.net/",
    "S3_REGION": "fr-par",
    "S3_ACCESS_KEY_ID": "cle",
    "S3_SECRET_ACCESS_KEY": "secret",
}


@pytest.fixture
def read(monkeypatch, tmp_path):
    """file_settings() with exactly these variables in the environment."""

    def read(**variables):
        for name in [*S3_ENV, "S3_PUBLIC_URL", "S3_SIGNED_URL_SECONDS", "S3_PUBLIC_ACL"]:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv("PRIVATE_FILES_SERVE_METHOD", raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        return file_settings(environ.Env(), tmp_path / "private")

    return read


def test_without_buckets_files_stay_in_local_folders(read, tmp_path):
    storages, method, documents = read()
    assert storages["default"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert storages["private"]["OPTIONS"] == {
        "location": str(tmp_path / "private"),
        "base_url": None,
    }
    assert (method, documents) == ("django", "serve_view")
    assert media_sources(storages) == []


def test_with_both_buckets_private_files_are_signed_and_redirected(read):
    storages, method, documents = read(**S3_ENV)
    public, private = storages["default"], storages["private"]
    assert public["BACKEND"] == private["BACKEND"] == S3
    assert private["OPTIONS"]["bucket_name"] == "reseau-prive"
    assert private["OPTIONS"]["default_acl"] == "private"
    assert private["OPTIONS"]["querystring_auth"] is True
    assert private["OPTIONS"]["querystring_expire"] == 60
    assert "custom_domain" not in private["OPTIONS"]  # its URLs are the endpoint's, signed
    assert public["OPTIONS"]["default_acl"] == "public-read"
    assert public["OPTIONS"]["querystring_auth"] is False
    assert public["OPTIONS"]["custom_domain"] == "s3.fr-par.example.net/reseau-media"
    for options in (public["OPTIONS"], private["OPTIONS"]):
        assert options["file_overwrite"] is False
        assert options["endpoint_url"] == "https://s3.fr-par.example.net"
        assert options["region_name"] == "fr-par"
    assert (method, documents) == ("redirect", "redirect")
    assert media_sources(storages) == ["https://s3.fr-par.example.net"]


def test_public_url_prefixes_and_signed_url_life_are_read(read):
    storages, _method, _documents = read(
        **S3_ENV,
        S3_PUBLIC_URL="https://medias.reseau.example.fr/",
        S3_PUBLIC_PREFIX="/public/",
        S3_PRIVATE_PREFIX="prive",
        S3_SIGNED_URL_SECONDS="20",
        S3_PUBLIC_ACL="",
    )
    public, private = storages["default"]["OPTIONS"], storages["private"]["OPTIONS"]
    assert (public["custom_domain"], public["url_protocol"]) == (
        "medias.reseau.example.fr",
        "https:",
    )
    assert public["default_acl"] is None  # a bucket policy makes it readable
    assert (public["location"], private["location"]) == ("public", "prive")
    assert private["querystring_expire"] == 20
    assert media_sources(storages) == ["https://medias.reseau.example.fr"]


def test_on_aws_the_public_url_is_the_buckets_host(read):
    env = {**S3_ENV, "S3_ENDPOINT_URL": "", "S3_REGION": "eu-west-3"}
    storages, _method, _documents = read(**env)
    assert storages["default"]["OPTIONS"]["custom_domain"] == (
        "reseau-media.s3.eu-west-3.amazonaws.com"
    )


def test_streaming_may_be_chosen_with_s3(read):
    _storages, method, documents = read(**S3_ENV, PRIVATE_FILES_SERVE_METHOD="django")
    assert (method, documents) == ("django", "serve_view")


@pytest.mark.parametrize(
    "variables",
    [
        {"S3_BUCKET_PUBLIC": "reseau-media"},
        {"S3_BUCKET_PRIVATE": "reseau-prive"},
        {**S3_ENV, "S3_BUCKET_PRIVATE": "reseau-media"},
        {**S3_ENV, "S3_BUCKET_PRIVATE": "reseau-media", "S3_PUBLIC_PREFIX": "public"},
        {
            **S3_ENV,
            "S3_BUCKET_PRIVATE": "reseau-media",
            "S3_PUBLIC_PREFIX": "fichiers",
            "S3_PRIVATE_PREFIX": "fichiers/prive",
        },
        {**S3_ENV, "PRIVATE_FILES_SERVE_METHOD": "nginx"},
        {**S3_ENV, "PRIVATE_FILES_SERVE_METHOD": "apache"},
        {"PRIVATE_FILES_SERVE_METHOD": "ngnix"},
    ],
)
def test_settings_that_would_leak_or_fail_refuse_to_start(read, variables):
    with pytest.raises(ImproperlyConfigured):
        read(**variables)


def test_one_bucket_with_two_prefixes_apart_is_accepted(read):
    storages, _method, _documents = read(
        **{**S3_ENV, "S3_BUCKET_PRIVATE": "reseau-media"},
        S3_PUBLIC_PREFIX="public",
        S3_PRIVATE_PREFIX="prive",
    )
    assert storages["private"]["OPTIONS"]["bucket_name"] == "reseau-media"


def test_the_site_settings_use_them_and_let_pages_show_the_buckets_images():
    """reseau.settings.base itself, imported with the variables set: the bucket's origin is in
    the Content-Security-Policy's img-src, documents and downloads are redirected."""
    code = (
        "from reseau.settings import base; "
        "print(base.STORAGES['private']['BACKEND'], base.PRIVATE_FILES_SERVE_METHOD, "
        "base.WAGTAILDOCS_SERVE_METHOD, base.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])"
    )
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith("S3_") and name != "PRIVATE_FILES_SERVE_METHOD"
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**env, **S3_ENV},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split(" ", 3)[:3] == [S3, "redirect", "redirect"]
    assert "'https://s3.fr-par.example.net'" in result.stdout
