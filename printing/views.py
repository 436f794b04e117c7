"""The PDFs, served from their stored files: a sheet's (its live revision's) and a theme's
booklet. Public content only; the front cache may keep them (reseau's Cache-Control) and is
purged on publication (printing.publishing)."""

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.http import content_disposition_header
from wagtail.models import Page

from sheets.models import ExperienceSheetPage, TechnicalSheetPage, Theme

from .booklet import booklet_for, theme_sheets
from .sheets_pdf import make_sheet_pdf, store_print, stored_print


def pdf_response(item, filename):
    return FileResponse(item.file.open("rb"), content_type="application/pdf", filename=filename)


def sheet_pdf(request, page_id):
    """`/impression/fiche/<id>.pdf`: the PDF of a live, public sheet; made at once if its
    revision has none yet (published before this feature, or the task not run yet)."""
    page = (
        Page.objects.live()
        .public()
        .type(ExperienceSheetPage, TechnicalSheetPage)
        .filter(pk=page_id)
        .only("pk", "slug", "live_revision_id", "locale_id", "content_type_id")
        .first()
    )
    if page is None:
        raise Http404
    filename = f"{page.slug}.pdf"
    item = stored_print(page)
    if item is not None and not item.file.storage.exists(item.file.name):
        item.delete()  # its file was lost (a restored database without the media): made again
        item = None
    item = item or store_print(page.specific)
    if item is None:  # live without a revision (made by code): made for this request only
        response = HttpResponse(make_sheet_pdf(page.specific), content_type="application/pdf")
        response["Content-Disposition"] = content_disposition_header(False, filename)
        return response
    return pdf_response(item, filename)


def theme_booklet(request, theme_id):
    """`/impression/theme/<id>.pdf`: the booklet of a theme's live, public sheets."""
    theme = get_object_or_404(Theme.objects.select_related("locale"), pk=theme_id)
    sheets = theme_sheets(theme)
    if not sheets:
        raise Http404
    return pdf_response(booklet_for(theme, sheets), f"{theme.slug}.pdf")
