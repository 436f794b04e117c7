"""Real, small office files written offline (PDF, DOCX, ODT, ...), so demo and test resources
have content that opens, and whose text extraction finds the words of their body."""

import io
import zipfile

from docx import Document
from odf.opendocument import OpenDocumentText
from odf.text import H, P


def _pdf_escape(text: str) -> bytes:
    data = text.encode("cp1252", "replace")
    return data.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def _wrap(text: str, width=90):
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split():
            if len(line) + len(word) + 1 > width:
                yield line
                line = word
            else:
                line = f"{line} {word}".strip()
        yield line


def make_pdf(title: str, body: str) -> bytes:
    """A valid one-or-more-page PDF (Helvetica, WinAnsi) with the title and the body text."""
    lines = [title, "", *_wrap(body)]
    per_page = 48
    pages = [lines[i : i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objects = []  # bodies of objects 1..n

    def add(obj: bytes) -> int:
        objects.append(obj)
        return len(objects)

    catalog = add(b"")  # filled once the pages object number is known
    pages_id = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    kids = []
    for page_lines in pages:
        stream = (
            b"BT /F1 11 Tf 14 TL 56 790 Td "
            + b" ".join(b"(" + _pdf_escape(line) + b") Tj T*" for line in page_lines)
            + b" ET"
        )
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                b"/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, font, content)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body_bytes in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body_bytes + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, catalog, xref)
    )
    return out.getvalue()


def make_docx(title: str, body: str) -> bytes:
    document = Document()
    document.add_heading(title, level=1)
    for paragraph in body.split("\n"):
        if paragraph.strip():
            document.add_paragraph(paragraph.strip())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_odt(title: str, body: str) -> bytes:
    document = OpenDocumentText()
    document.text.addElement(H(outlinelevel=1, text=title))
    for paragraph in body.split("\n"):
        if paragraph.strip():
            document.text.addElement(P(text=paragraph.strip()))
    out = io.BytesIO()
    document.write(out)
    return out.getvalue()


def make_csv(title: str, body: str) -> bytes:
    rows = [f'"{title}"'] + [f'"{line}"' for line in _wrap(body) if line]
    return ("\n".join(rows) + "\n").encode("utf-8")


WRITERS = {"pdf": make_pdf, "docx": make_docx, "odt": make_odt, "csv": make_csv}


def make_document(file_format: str, title: str, body: str) -> bytes:
    return WRITERS[file_format](title, body)


def zip_bytes(entries: dict) -> bytes:
    """A zip with the given {name: bytes}; tests use it to forge fake office files."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()
