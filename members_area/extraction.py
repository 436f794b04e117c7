"""Fills Resource.extracted_text from the file, through the shared text extractor
(core.text_extraction), so search finds words inside the document."""

import logging

from core.text_extraction import extract_text

logger = logging.getLogger(__name__)


def extract_resource_text(resource) -> str:
    field_file = resource.file
    try:
        if getattr(field_file, "_committed", True):
            with field_file.storage.open(field_file.name, "rb") as handle:
                return extract_text(handle, field_file.name) or ""
        # A new upload, not yet in storage: read it where it is, and rewind for the save.
        handle = field_file.file
        handle.seek(0)
        try:
            return extract_text(handle, field_file.name) or ""
        finally:
            handle.seek(0)
    except Exception:  # extraction never blocks saving a resource
        logger.exception("Text extraction failed for resource %s", resource.pk)
        return ""
