"""One check for every uploaded document, Wagtail document or reserved resource: its size, its
type read from its content (a program, a script or a web page renamed is refused) and, for office
files, what their zip declares. It reads the first bytes and the zip's table of contents only,
never inflates anything, so it answers within a second whatever the file (decision 0024)."""

import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from core import conf

# Office Open XML packages: the folder that proves which kind of document it is.
OOXML_PARTS = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}
# OpenDocument packages: the `mimetype` entry each one starts with.
ODF_MIMETYPES = {
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
}
# Word 97 and Excel 97 files are OLE2 compound files.
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"

# Every format whose content this module recognises, with the type it is served as.
CONTENT_TYPES = {
    "pdf": "application/pdf",
    **ODF_MIMETYPES,
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "csv": "text/csv",
    "txt": "text/plain",
}
KNOWN_EXTENSIONS = tuple(CONTENT_TYPES)

# Starts of files that are programs or scripts, whatever their name says.
FORBIDDEN_SIGNATURES = (
    b"MZ",  # Windows executable
    b"\x7fELF",  # Linux executable
    b"\xca\xfe\xba\xbe",  # Mach-O / Java class
    b"\xcf\xfa\xed\xfe",
    b"#!",  # shell, Python... script
)
# What a web page or an SVG image holds; refused in text files (CSV, TXT).
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
# A zip entry smaller than this is never called a bomb, whatever its ratio.
RATIO_GRACE_SIZE = 1024 * 1024
# The end-of-archive record (22 bytes) and its longest comment.
END_RECORD = b"PK\x05\x06"
END_RECORD_MAX_SEARCH = 22 + 65_535

CONTENT_MISMATCH = _(
    "Le contenu de ce fichier ne correspond pas à un document « .%(ext)s » : il n'est pas "
    "accepté (programme, script ou page web renommés sont refusés)."
)
SAVE_AGAIN = _("Enregistrez-le à nouveau depuis votre logiciel, ou envoyez-le en PDF.")


def file_extension(name: str) -> str:
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def validate_upload(file, extensions=KNOWN_EXTENSIONS):
    """Raises a ValidationError an editor understands unless `file` (an upload: a file object
    with a name and a size) is a document of one of `extensions` within the limits."""
    max_size = conf.get("MAX_DOCUMENT_SIZE")
    if file.size > max_size:
        raise ValidationError(
            _("Ce fichier pèse %(size)s ; la limite est de %(max)s."),
            code="file_too_large",
            params={"size": filesizeformat(file.size), "max": filesizeformat(max_size)},
        )
    extension = file_extension(file.name)
    if extension not in extensions:
        raise ValidationError(
            _(
                "Les fichiers « .%(ext)s » ne sont pas acceptés. Formats acceptés : %(allowed)s "
                "(pas de programme, de script ni de page web)."
            ),
            code="forbidden_extension",
            params={"ext": extension or "?", "allowed": ", ".join(extensions)},
        )
    mismatch = ValidationError(CONTENT_MISMATCH, code="content_mismatch", params={"ext": extension})
    head = _read_at(file, 0, 8192)
    if head.startswith(FORBIDDEN_SIGNATURES):
        raise mismatch
    if extension in OOXML_PARTS or extension in ODF_MIMETYPES:
        if not head.startswith(ZIP_SIGNATURE):
            raise mismatch
        _check_archive(file, extension, mismatch)
    elif not _plain_content_matches(extension, head):
        raise mismatch


def _read_at(file, offset, size) -> bytes:
    file.seek(offset)
    data = file.read(size)
    file.seek(0)
    return data if isinstance(data, bytes) else data.encode()


def _plain_content_matches(extension, head) -> bool:
    if extension == "pdf":
        return head.lstrip()[:5] == b"%PDF-"
    if extension in ("doc", "xls"):
        return head.startswith(OLE2_SIGNATURE)
    if extension in ("csv", "txt"):
        return _is_plain_text(head)
    return False


def _is_plain_text(head) -> bool:
    if b"\x00" in head or any(marker in head.lower() for marker in FORBIDDEN_TEXT_MARKERS):
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def _check_archive(file, extension, mismatch):
    """The zip's declared entries, total inflated size and compression ratio, then its type."""
    max_entries = conf.get("UPLOAD_MAX_ZIP_ENTRIES")
    declared = _declared_directory(file)
    if declared is None:
        raise mismatch
    entries, directory_size = declared
    # Python reads the whole table of contents on opening: refuse a huge one before.
    if entries > max_entries or directory_size > max_entries * 512:
        raise _too_many_entries(entries, max_entries)
    try:
        with zipfile.ZipFile(file) as archive:
            infos = archive.infolist()
            if len(infos) > max_entries:
                raise _too_many_entries(len(infos), max_entries)
            _check_sizes(infos)
            if not _package_matches(archive, infos, extension):
                raise mismatch
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, ValueError):
        raise mismatch from None
    finally:
        file.seek(0)


def _declared_directory(file):
    """(entries, table of contents size) as the end-of-archive record declares them, or None."""
    tail_size = min(file.size, END_RECORD_MAX_SEARCH)
    tail = _read_at(file, file.size - tail_size, tail_size)
    at = len(tail) - 22 if tail[-22:-18] == END_RECORD else tail.rfind(END_RECORD)
    if at < 0 or len(tail) - at < 22:
        return None
    entries = int.from_bytes(tail[at + 10 : at + 12], "little")
    directory_size = int.from_bytes(tail[at + 12 : at + 16], "little")
    return entries, directory_size


def _too_many_entries(count, max_entries):
    return ValidationError(
        format_lazy(
            "{} {}",
            _("Ce fichier contient %(count)s éléments compressés ; la limite est de %(max)s."),
            SAVE_AGAIN,
        ),
        code="zip_too_many_entries",
        params={"count": count, "max": max_entries},
    )


def _check_sizes(infos):
    max_inflated = conf.get("UPLOAD_MAX_INFLATED_SIZE")
    max_ratio = conf.get("UPLOAD_MAX_COMPRESSION_RATIO")
    inflated = sum(info.file_size for info in infos)
    compressed = sum(info.compress_size for info in infos)
    if inflated > max_inflated:
        raise ValidationError(
            format_lazy(
                "{} {}",
                _("Une fois décompressé, ce fichier pèserait %(size)s ; la limite est de %(max)s."),
                SAVE_AGAIN,
            ),
            code="zip_too_large",
            params={"size": filesizeformat(inflated), "max": filesizeformat(max_inflated)},
        )
    ratios = [
        size / max(packed, 1)
        for size, packed in [(inflated, compressed)]
        + [(info.file_size, info.compress_size) for info in infos]
        if size > RATIO_GRACE_SIZE
    ]
    if ratios and max(ratios) > max_ratio:
        raise ValidationError(
            format_lazy(
                "{} {}",
                _(
                    "Ce fichier se décompresse en un contenu %(ratio)s fois plus gros que lui, ce "
                    "qu'aucun document ordinaire ne fait (la limite est de %(max)s fois) : il "
                    "n'est pas accepté."
                ),
                SAVE_AGAIN,
            ),
            code="zip_bomb",
            params={"ratio": int(max(ratios)), "max": max_ratio},
        )


def _package_matches(archive, infos, extension) -> bool:
    names = {info.filename for info in infos}
    if extension in OOXML_PARTS:
        folder = OOXML_PARTS[extension]
        return "[Content_Types].xml" in names and any(n.startswith(folder) for n in names)
    info = archive.getinfo("mimetype")
    if info.file_size > 100:
        return False
    with archive.open(info) as entry:
        mimetype = entry.read(100).strip().decode("ascii", "replace")
    return mimetype == ODF_MIMETYPES[extension]
