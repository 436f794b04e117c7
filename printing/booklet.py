"""A theme's booklet: every live, public experience and technical sheet of the theme in its
language, after a cover and a table of contents. Kept under a stamp of the theme and of its
sheets' live revisions: a publication changes the stamp, and the next request makes a new one."""

import hashlib

from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from wagtail.models import Page, Site

from sheets.models import ExperienceSheetPage, TechnicalSheetPage

from .content import sheet_context, site_name
from .models import ThemeBooklet
from .rendering import render_pdf

TEMPLATE = "printing/booklet.html"


def theme_sheets(theme):
    """The theme's live, public sheets in its language, experiences then technical sheets, by
    title: one query per kind, and one for the view restrictions."""
    visible = Page.objects.live().public().values("pk")
    sheets = []
    for model in (ExperienceSheetPage, TechnicalSheetPage):
        sheets += (
            model.objects.filter(pk__in=visible, locale_id=theme.locale_id, themes__slug=theme.slug)
            .distinct()
            .order_by("title")
            .only("pk", "title", "slug", "live_revision_id")
        )
    return sheets


def stamp(theme, sheets):
    parts = [str(theme.pk), theme.name, theme.description]
    parts += [f"{sheet.pk}:{sheet.live_revision_id}" for sheet in sheets]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def stored_booklet(theme, sheets):
    return ThemeBooklet.objects.filter(theme=theme, stamp=stamp(theme, sheets)).first()


def make_booklet_pdf(theme, sheets):
    """The booklet (bytes): the sheets are read again in full, one by one."""
    pages = [Page.objects.get(pk=sheet.pk).specific for sheet in sheets]
    context = {
        "theme": theme,
        "sheets": [sheet_context(page) for page in pages],
        "site_name": site_name(),
    }
    site = pages[0].get_site() if pages else Site.objects.filter(is_default_site=True).first()
    return render_pdf(TEMPLATE, context, theme.locale.language_code, site)


def booklet_for(theme, sheets):
    """The kept booklet of `theme` as its `sheets` stand, made and kept if missing."""
    existing = stored_booklet(theme, sheets)
    if existing is not None:
        return existing
    key = stamp(theme, sheets)
    item = ThemeBooklet(theme=theme, stamp=key)
    item.file.save(
        f"{theme.slug}-{key[:12]}.pdf", ContentFile(make_booklet_pdf(theme, sheets)), save=False
    )
    try:
        with transaction.atomic():
            item.save()
    except IntegrityError:
        item.file.delete(save=False)
        return stored_booklet(theme, sheets)
    return item
