"""The stored PDF of a sheet's live revision: found, or made and kept (one per revision)."""

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction

from .content import sheet_context, site_name
from .models import SheetPrint
from .rendering import render_pdf

TEMPLATE = "printing/sheet.html"


def make_sheet_pdf(page):
    """The PDF (bytes) of `page` (specific, live) as it is now."""
    context = {"sheet": sheet_context(page), "site_name": site_name()}
    return render_pdf(TEMPLATE, context, page.locale.language_code, page.get_site())


def stored_print(page):
    """The SheetPrint of `page`'s live revision, or None."""
    return SheetPrint.objects.filter(revision_id=page.live_revision_id).first()


def store_print(page):
    """Makes and keeps the PDF of `page`'s live revision, unless one is kept already (a task
    and a visitor may race: the second keeps the first's)."""
    if page.live_revision_id is None:
        return None
    existing = stored_print(page)
    if existing is not None:
        return existing
    pdf = make_sheet_pdf(page)
    item = SheetPrint(page=page, revision_id=page.live_revision_id, locale_id=page.locale_id)
    item.file.save(f"{page.slug}-{page.live_revision_id}.pdf", ContentFile(pdf), save=False)
    try:
        with transaction.atomic():
            item.save()
    except IntegrityError:
        item.file.delete(save=False)
        return stored_print(page)
    return item
