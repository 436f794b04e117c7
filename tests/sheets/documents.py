"""A small PDF document for tests (stored in the test's private media folder)."""

from django.core.files.base import ContentFile

from demo.loaders.files import pdf_bytes
from reseau.models import CustomDocument


def make_document(title):
    document = CustomDocument(title=title)
    document.file.save(f"{title}.pdf", ContentFile(pdf_bytes(title, ["Test"])), save=False)
    document.save()
    return document
