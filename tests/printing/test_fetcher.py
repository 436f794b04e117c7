"""The PDF reads the site's static and media files only, never the network."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from printing.fetcher import LocalFetcher, RefusedURL

BASE = "https://reseau.example.org/"


@pytest.mark.parametrize(
    "url",
    [
        "https://attacker.example.com/media/x.png",
        "http://reseau.example.org/static/img/logo.svg",  # another scheme
        "https://reseau.example.org/admin/",
        "https://reseau.example.org/static/../../etc/passwd",
        "file:///etc/passwd",
        "https://reseau.example.org/static/no-such-file.css",
    ],
)
def test_refuses(url):
    with pytest.raises((RefusedURL, ValueError)):
        LocalFetcher(BASE).fetch(url)


def test_reads_static_files():
    response = LocalFetcher(BASE).fetch(BASE + "static/img/logo.svg")
    assert response.content_type == "image/svg+xml"
    assert b"<svg" in response.read()


def test_reads_public_media(settings):
    name = default_storage.save("impressions/test.png", ContentFile(b"\x89PNG"))
    response = LocalFetcher(BASE).fetch(BASE + "media/" + name)
    assert response.read() == b"\x89PNG"
    default_storage.delete(name)


def test_reads_data_urls():
    assert LocalFetcher(BASE).fetch("data:text/plain,ok").read() == b"ok"
