"""Plain text out of attached files (PDF, DOCX, ODT), so search finds words inside them.

`extract_text(file_or_path, filename)` never raises: an encrypted, broken or unknown file is
logged and gives "". Documents and members' resources both call it when their file changes.
"""

import io
import logging
from pathlib import Path

from docx import Document
from odf import teletype
from odf.opendocument import load
from odf.text import H, P
from pypdf import PdfReader

logger = logging.getLogger(__name__)

# Enough for any real cahier des charges; keeps one huge file from bloating the index.
MAX_CHARS = 500_000


def extract_text(file_or_path, filename=None) -> str:
    """Text of a PDF, DOCX or ODT file given as a path or a binary file object; "" otherwise."""
    name = str(filename or getattr(file_or_path, "name", file_or_path) or "")
    extension = Path(name).suffix.lower().lstrip(".")
    extractor = _EXTRACTORS.get(extension)
    if extractor is None:
        return ""
    try:
        data = _read_bytes(file_or_path)
        text = extractor(io.BytesIO(data))
    except Exception:
        logger.warning("Text extraction failed for %s", name, exc_info=True)
        return ""
    return " ".join(text.split())[:MAX_CHARS]


def _read_bytes(file_or_path):
    if isinstance(file_or_path, (str, Path)):
        return Path(file_or_path).read_bytes()
    if hasattr(file_or_path, "open") and getattr(file_or_path, "closed", False):
        file_or_path.open("rb")
    if hasattr(file_or_path, "seek"):
        file_or_path.seek(0)
    data = file_or_path.read()
    if hasattr(file_or_path, "seek"):
        file_or_path.seek(0)
    return data if isinstance(data, bytes) else data.encode()


def _pdf(stream):
    reader = PdfReader(stream)
    # An empty user password opens many "protected" PDFs; a real password does not.
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValueError("encrypted PDF")
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _docx(stream):
    document = Document(stream)
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _odt(stream):
    document = load(stream)
    return "\n".join(
        teletype.extractText(element)
        for kind in (H, P)
        for element in document.getElementsByType(kind)
    )


_EXTRACTORS = {"pdf": _pdf, "docx": _docx, "odt": _odt}
