"""Plain text out of attached files (PDF, DOCX, ODT), so search finds words inside them.

`extract(file_or_path, filename)` never raises, and stops at hard limits (core.conf): inflated
bytes read, characters kept, seconds spent. Office files are zip archives whose XML is streamed
with only the open elements kept in memory; PDF pages are read one by one under pypdf's own
decompression limits. It runs in the background task (core.tasks), never in a request.
"""

import contextlib
import logging
import shutil
import tempfile
import time
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.db import models
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader, apply_configuration
from pypdf.errors import LimitReachedError

from core import conf

logger = logging.getLogger(__name__)

CHUNK_SIZE = 64 * 1024


class TextStatus(models.TextChoices):
    PENDING = "pending", _("en attente de lecture")
    EXTRACTED = "extracted", _("texte extrait")
    EMPTY = "empty", _("aucun texte lu")
    NOT_EXTRACTED = "failed", _("texte non extrait")


class TextError(models.TextChoices):
    """Why a file's text is missing or partial, as the facilitator reads it in the admin."""

    TOO_LARGE = "too_large", _("le fichier décompressé dépasse la limite de lecture")
    TOO_SLOW = "too_slow", _("la lecture a dépassé le temps permis")
    ENCRYPTED = "encrypted", _("PDF protégé par un mot de passe")
    UNREADABLE = "unreadable", _("fichier illisible ou endommagé")
    MISSING = "missing", _("fichier introuvable sur le serveur")
    TRUNCATED = "truncated", _("texte très long : seul son début est cherchable")
    UNSUPPORTED = "unsupported", _("le texte de ce format n'est pas lu (seuls PDF, DOCX et ODT)")


@dataclass(frozen=True)
class Extraction:
    text: str = ""
    status: str = TextStatus.EMPTY
    error: str = ""


class LimitReached(Exception):
    def __init__(self, error):
        super().__init__(error)
        self.error = error


class Encrypted(Exception):
    """A PDF that an empty password does not open."""


class TextFull(Exception):
    """The character limit is reached: what was read so far is kept."""


class Budget:
    """What one extraction may still spend: inflated bytes, characters, time."""

    def __init__(self):
        self.bytes_left = conf.get("TEXT_EXTRACTION_MAX_BYTES")
        self.chars_left = conf.get("TEXT_EXTRACTION_MAX_CHARS")
        self.deadline = time.monotonic() + conf.get("TEXT_EXTRACTION_TIME_LIMIT")
        self.parts = []
        self.truncated = False

    def check_time(self):
        if time.monotonic() > self.deadline:
            raise LimitReached(TextError.TOO_SLOW)

    def spend_bytes(self, count):
        self.bytes_left -= count
        if self.bytes_left < 0:
            raise LimitReached(TextError.TOO_LARGE)

    def add_text(self, text):
        if not text:
            return
        if len(text) >= self.chars_left:
            self.parts.append(text[: self.chars_left])
            self.truncated = True
            raise TextFull
        self.chars_left -= len(text)
        self.parts.append(text)


def extract(file_or_path, filename=None) -> Extraction:
    """The text of a PDF, DOCX or ODT file given as a path or a binary file object, with its
    status; a file of another format gives no text."""
    name = str(filename or getattr(file_or_path, "name", file_or_path) or "")
    reader = READERS.get(Path(name).suffix.lower().lstrip("."))
    if reader is None:
        return Extraction(error=TextError.UNSUPPORTED)
    budget = Budget()
    try:
        with _seekable(file_or_path) as stream:
            reader(stream, budget)
    except TextFull:
        pass
    except LimitReached as limit:
        logger.warning("Text extraction stopped for %s: %s", name, limit.error)
        return Extraction(status=TextStatus.NOT_EXTRACTED, error=limit.error)
    except LimitReachedError:
        logger.warning("Text extraction stopped for %s: a PDF stream is too large", name)
        return Extraction(status=TextStatus.NOT_EXTRACTED, error=TextError.TOO_LARGE)
    except Encrypted:
        logger.warning("Text extraction failed for %s: encrypted PDF", name)
        return Extraction(status=TextStatus.NOT_EXTRACTED, error=TextError.ENCRYPTED)
    except Exception:  # a hostile or broken file ends here, never in the worker
        logger.warning("Text extraction failed for %s", name, exc_info=True)
        return Extraction(status=TextStatus.NOT_EXTRACTED, error=TextError.UNREADABLE)
    text = " ".join("".join(budget.parts).split())
    if not text:
        return Extraction()
    error = TextError.TRUNCATED if budget.truncated else ""
    return Extraction(text=text, status=TextStatus.EXTRACTED, error=error)


def extract_text(file_or_path, filename=None) -> str:
    """Only the text of `extract()`: "" for an encrypted, broken, hostile or unknown file."""
    return extract(file_or_path, filename).text


@contextlib.contextmanager
def _seekable(file_or_path):
    """A seekable binary stream of the file; a caller's file object is rewound, not closed."""
    if isinstance(file_or_path, (str, Path)):
        with open(file_or_path, "rb") as handle:
            yield handle
        return
    if file_or_path.seekable():
        file_or_path.seek(0)
        try:
            yield file_or_path
        finally:
            file_or_path.seek(0)
        return
    # Some remote storages stream: zip and PDF readers need to seek. The upload limit bounds it.
    with tempfile.TemporaryFile() as copy:
        shutil.copyfileobj(file_or_path, copy, CHUNK_SIZE)
        copy.seek(0)
        yield copy


def _pdf(stream, budget):
    cap = conf.get("TEXT_EXTRACTION_MAX_BYTES")
    limits = {
        "zlib_maximum_output_length": cap,
        "lzw_maximum_output_length": cap,
        "run_length_maximum_output_length": cap,
        "brotli_maximum_output_length": cap,
        "array_based_stream_maximum_output_length": cap,
        "stream_decoding_work_maximum_length": cap,
    }
    with apply_configuration(**limits):
        reader = PdfReader(stream)
        # An empty user password opens many "protected" PDFs; a real password does not.
        if reader.is_encrypted and not reader.decrypt(""):
            raise Encrypted
        for page in reader.pages:
            budget.check_time()
            budget.add_text(page.extract_text() or "")
            budget.add_text(" ")


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


@dataclass(frozen=True)
class _XmlPart:
    """Where a format keeps its text: the zip entry, the elements whose text counts (None: all
    text and tails, OpenDocument's mixed content) and those that separate words."""

    entry: str
    text_tags: frozenset | None
    separators: frozenset


DOCX = _XmlPart(
    "word/document.xml", frozenset({W + "t"}), frozenset({W + t for t in ("p", "tab", "br", "cr")})
)
ODT = _XmlPart(
    "content.xml", None, frozenset({TEXT + t for t in ("p", "h", "s", "tab", "line-break")})
)


def _zipped_xml(part):
    def read(stream, budget):
        with zipfile.ZipFile(stream) as archive, archive.open(part.entry) as entry:
            _stream_xml(entry, part, budget)

    return read


def _stream_xml(entry, part, budget):
    """Feeds the entry to the parser a chunk at a time, counting inflated bytes and time, and
    drops each element once closed: memory holds the open elements only."""
    parser = ET.XMLPullParser(events=("start", "end"))
    stack = []  # [element, its last closed child]
    while chunk := entry.read(CHUNK_SIZE):
        budget.spend_bytes(len(chunk))
        budget.check_time()
        parser.feed(chunk)
        _handle(parser.read_events(), stack, part, budget)
        _drop_closed(stack)
    parser.close()
    _handle(parser.read_events(), stack, part, budget)


def _handle(events, stack, part, budget):
    mixed = part.text_tags is None
    for event, element in events:
        if event == "start":
            if stack and (mixed or stack[-1][0].tag in part.text_tags):
                _add_text_before_child(stack[-1], part, budget)
            stack.append([element, None])
            continue
        frame = stack.pop()
        if mixed or element.tag in part.text_tags:
            _add_text_before_child(frame, part, budget)
        if element.tag in part.separators:
            budget.add_text(" ")
        if stack:
            stack[-1][1] = element  # its tail, read once the next sibling or the parent shows up


def _drop_closed(stack):
    """Removes the closed children of the open elements (all but an open last one), once the
    events read so far are handled."""
    for depth, (element, _last_child) in enumerate(stack):
        still_open = depth + 1 < len(stack) and len(element) and element[-1] is stack[depth + 1][0]
        del element[: -1 if still_open else None]


def _add_text_before_child(frame, part, budget):
    """The text between the previous child (or the start tag) and what comes next."""
    element, last_child = frame
    if last_child is None:
        if part.text_tags is None or element.tag in part.text_tags:
            budget.add_text(element.text)
        element.text = None
    elif part.text_tags is None:
        budget.add_text(last_child.tail)
        last_child.tail = None


READERS = {"pdf": _pdf, "docx": _zipped_xml(DOCX), "odt": _zipped_xml(ODT)}
