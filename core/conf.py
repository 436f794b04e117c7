"""The shared app's settings and their defaults: the limits every upload and every text
extraction obey, and how far back the dashboard looks for failures. A site overrides any of
them in its own settings."""

from django.conf import settings

MB = 1024 * 1024

DEFAULTS = {
    # Largest file accepted, as a Wagtail document or a reserved resource.
    "MAX_DOCUMENT_SIZE": 30 * MB,
    # Office files are zip archives: what their table of contents may declare, checked on upload
    # without inflating anything. A real DOCX has a few dozen entries, a long PPTX a few hundred;
    # XML rarely compresses more than 20 times, a zip bomb about a thousand times.
    "UPLOAD_MAX_ZIP_ENTRIES": 5_000,
    "UPLOAD_MAX_INFLATED_SIZE": 200 * MB,
    "UPLOAD_MAX_COMPRESSION_RATIO": 100,
    # Text extraction, in the background task: bytes read once inflated, characters kept, and
    # seconds spent on one file.
    "TEXT_EXTRACTION_MAX_BYTES": 20 * MB,
    "TEXT_EXTRACTION_MAX_CHARS": 500_000,
    "TEXT_EXTRACTION_TIME_LIMIT": 30,
    # The facilitator's dashboard shows the failures (background tasks, e-mails) of these last
    # days; the admin's lists keep every one.
    "DASHBOARD_FAILURES_DAYS": 7,
}


def get(name):
    """The site's value of setting `name`, else this app's default."""
    return getattr(settings, name, DEFAULTS[name])
