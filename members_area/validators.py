"""What a reserved resource's file may be: an office document or a PDF, never a program, a
script or a web page. Checked by extension AND by content, so a renamed file is caught too."""

import io
import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from members_area import conf

ALLOWED_EXTENSIONS = ("pdf", "odt", "ods", "odp", "docx", "xlsx", "pptx", "csv")

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "csv": "text/csv",
}
# The folder inside an Office Open XML package that proves which kind of document it is.
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}

# Starts of files that are programs, scripts or web pages, whatever their name says.
FORBIDDEN_SIGNATURES = (
    b"MZ",  # Windows executable
    b"\x7fELF",  # Linux executable
    b"\xca\xfe\xba\xbe",  # Mach-O / Java class
    b"\xcf\xfa\xed\xfe",
    b"#!",  # shell, Python... script
)
FORBIDDEN_TEXT_MARKERS = (
    b"<html",
    b"<!doctype",
    b"<script",
    b"<?php",
    b"<svg",
    b"<?xml",
    b"<iframe",
    b"javascript:",
)


def file_extension(name: str) -> str:
    name = (name or "").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _read_head(file, size=8192) -> bytes:
    position = file.tell() if hasattr(file, "tell") else 0
    file.seek(0)
    head = file.read(size)
    file.seek(position)
    return head


def _content_matches(file, extension: str, head: bytes) -> bool:
    if extension == "pdf":
        return head.lstrip()[:5] == b"%PDF-"
    if extension == "csv":
        if b"\x00" in head:
            return False
        lowered = head.lower()
        if any(marker in lowered for marker in FORBIDDEN_TEXT_MARKERS):
            return False
        try:
            head.decode("utf-8")
        except UnicodeDecodeError:
            try:
                head.decode("cp1252")
            except UnicodeDecodeError:
                return False
        return True
    if not head.startswith(b"PK\x03\x04"):
        return False
    file.seek(0)
    try:
        with zipfile.ZipFile(io.BytesIO(file.read())) as archive:
            names = archive.namelist()
            if extension in OOXML_PARTS:
                return "[Content_Types].xml" in names and any(
                    n.startswith(OOXML_PARTS[extension]) for n in names
                )
            if "mimetype" not in names:
                return False
            return (
                archive.read("mimetype").strip().decode("ascii", "replace")
                == (CONTENT_TYPES[extension])
            )
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False
    finally:
        file.seek(0)


def validate_resource_file(file):
    """Rejects, with a message an editor understands, files too large or not documents.

    A file already in storage was checked when it was uploaded: it is not read again."""
    if getattr(file, "_committed", False):
        return
    max_size = conf.get("MAX_DOCUMENT_SIZE")
    if file.size > max_size:
        raise ValidationError(
            _("Ce fichier pèse %(size)s ; la limite est de %(max)s."),
            code="file_too_large",
            params={"size": filesizeformat(file.size), "max": filesizeformat(max_size)},
        )
    extension = file_extension(file.name)
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(
            _(
                "Les fichiers « .%(ext)s » ne sont pas acceptés. Formats acceptés : %(allowed)s "
                "(pas de programme, de script ni de page web)."
            ),
            code="forbidden_extension",
            params={"ext": extension or "?", "allowed": ", ".join(ALLOWED_EXTENSIONS)},
        )
    head = _read_head(file)
    if head.startswith(FORBIDDEN_SIGNATURES) or not _content_matches(file, extension, head):
        raise ValidationError(
            _(
                "Le contenu de ce fichier ne correspond pas à un document « .%(ext)s » : il "
                "n'est pas accepté (programme, script ou page web renommés sont refusés)."
            ),
            code="content_mismatch",
            params={"ext": extension},
        )
