"""S3 fixtures: one SeaweedFS server for the session (tests/storage/seaweedfs.py), and a per-test
switch that points the site's storages at it through the settings the environment would give
(reseau/settings/storage.py), as a site configured for S3 runs.

Skipped, with the reason, where the `weed` binary cannot run, unless S3_TESTS_REQUIRED=1
(.ci/run sets it: CI fails instead)."""

import environ
import pytest

from reseau.settings.storage import file_settings

from . import seaweedfs


@pytest.fixture(scope="session")
def seaweed():
    server = seaweedfs.start_or_skip()
    yield server
    server.close()


def s3_environment(server, **overrides):
    """The variables an operator sets for S3 (docs/deployment.md), for this server."""
    return {
        "S3_BUCKET_PUBLIC": seaweedfs.PUBLIC_BUCKET,
        "S3_BUCKET_PRIVATE": seaweedfs.PRIVATE_BUCKET,
        "S3_ENDPOINT_URL": server.url,
        "S3_REGION": seaweedfs.REGION,
        "S3_ACCESS_KEY_ID": seaweedfs.ACCESS_KEY,
        "S3_SECRET_ACCESS_KEY": seaweedfs.SECRET_KEY,
        # A server on an IP address has no per-bucket host names.
        "S3_ADDRESSING_STYLE": "path",
        **overrides,
    }


@pytest.fixture
def s3_site(seaweed, settings, monkeypatch, tmp_path):
    """The settings of a site whose files are on S3: STORAGES, PRIVATE_FILES_SERVE_METHOD and
    WAGTAILDOCS_SERVE_METHOD as reseau.settings.storage derives them from the environment (the
    test settings' static files storage kept)."""

    def configure(**overrides):
        for name, value in s3_environment(seaweed, **overrides).items():
            monkeypatch.setenv(name, value)
        storages, method, documents = file_settings(environ.Env(), tmp_path / "private")
        settings.STORAGES = {**storages, "staticfiles": settings.STORAGES["staticfiles"]}
        settings.PRIVATE_FILES_SERVE_METHOD = method
        settings.WAGTAILDOCS_SERVE_METHOD = documents
        return seaweed

    configure()
    return configure
