"""The demo's files, made offline: drawings made with Pillow (core.factories), short PDFs of the
sheets' attachments written by hand (the reserved resources' documents: demo.loaders.pdfs)."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from core.factories import ImageFactory, generated_picture

DEFAULT_COLOUR = "#1f6f43"


def _pdf_text(value: str) -> str:
    encoded = value.encode("cp1252", "replace").decode("latin-1")
    return encoded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) written by hand: no dependency."""
    text = ["BT", "/F1 16 Tf", "56 780 Td", f"({_pdf_text(title)}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        text += [f"({_pdf_text(line)}) Tj", "0 -16 Td"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def make_document(title, filename, lines, description=""):
    """A document of the site's document model holding a one-page PDF of `lines`."""
    return make_pdf_document(title, filename, pdf_bytes(title, lines), description)


def make_pdf_document(title, filename, content: bytes, description=""):
    """A document of the site's document model holding the PDF `content`."""
    document = get_document_model()(title=title, description=description, file_size=len(content))
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def make_image(seed, title, description, colour=(31, 111, 67), credit="", size=(1200, 800)):
    """A drawing of bocage made from `seed` (core.factories.generated_picture), with its
    description; the demo gives its drawings no credit line (they are nobody's photograph)."""
    return ImageFactory(
        title=title,
        description=description,
        file=generated_picture(seed, width=size[0], height=size[1], colour=colour),
        credit=credit,
    )


def theme_colour(theme):
    """The theme's colour (the default green without a theme) as an RGB tuple."""
    value = (theme.colour if theme else DEFAULT_COLOUR).lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))
