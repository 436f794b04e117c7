"""What WeasyPrint may read while it lays out a PDF: the site's static files and public media,
from the disk or the storage, and data: URLs (the QR code). Anything else is refused, so that a
PDF is never made from the network (an editor's rich text cannot make the server fetch a URL)."""

import mimetypes
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from weasyprint.urls import URLFetcher, URLFetcherResponse

# The addresses the print templates give files: under the PDF's base URL, whatever the
# storage's own URLs are (a bucket's, on S3).
STATIC_PREFIX = "/static/"
MEDIA_PREFIX = "/media/"


class RefusedURL(ValueError):
    """A URL the PDF may not read."""


class LocalFetcher(URLFetcher):
    """Reads `<base_url>/static/...` through the static files finders and
    `<base_url>/media/...` from the default (public) storage."""

    def __init__(self, base_url, **kwargs):
        super().__init__(allowed_protocols=("data",), **kwargs)
        self.base = urlsplit(base_url)

    def fetch(self, url, headers=None):
        if url.startswith("data:"):
            return super().fetch(url, headers)
        path = self.local_path(url)
        if path.startswith(STATIC_PREFIX):
            return self.static(url, path.removeprefix(STATIC_PREFIX))
        return self.media(url, path.removeprefix(MEDIA_PREFIX))

    def local_path(self, url):
        parts = urlsplit(url)
        if (parts.scheme, parts.netloc) != (self.base.scheme, self.base.netloc):
            raise RefusedURL(f"Not a file of this site: {url}")
        path = unquote(parts.path)
        if ".." in path.split("/") or not path.startswith((STATIC_PREFIX, MEDIA_PREFIX)):
            raise RefusedURL(f"Not a static or media file: {url}")
        return path

    def static(self, url, name):
        found = finders.find(name)
        if not found:
            raise RefusedURL(f"No such static file: {url}")
        with open(found, "rb") as handle:
            return self.response(url, name, handle.read())

    def media(self, url, name):
        if not name or not default_storage.exists(name):
            raise RefusedURL(f"No such media file: {url}")
        with default_storage.open(name, "rb") as handle:
            return self.response(url, name, handle.read())

    @staticmethod
    def response(url, name, body):
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=body, headers={"Content-Type": mime})


def media_src(file_name):
    """The address a print template gives the public media file `file_name`."""
    return MEDIA_PREFIX + file_name


def static_src(name):
    return STATIC_PREFIX + name


def site_base_url(site):
    """The PDF's base URL: the site's root, so that its links are full addresses."""
    root = site.root_url if site is not None else getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    return (root or "http://localhost").rstrip("/") + "/"
