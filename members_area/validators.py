"""What a reserved resource's file may be: an office document or a PDF, never a program, a
script or a web page. The checks are the shared upload validator's (core.uploads), the same
as Wagtail documents'."""

from core.uploads import validate_upload

ALLOWED_EXTENSIONS = ("pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "csv")


def validate_resource_file(file):
    """Rejects, with a message the facilitator understands, a new upload that is too large, not
    a document of these formats, or an archive that would inflate past the limits."""
    validate_upload(file, ALLOWED_EXTENSIONS)
