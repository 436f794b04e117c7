"""Which cached pages show an aid, so that publishing or unpublishing one reaches them at once:
wagtail.contrib.frontend_cache purges the aid itself; this adds the directory's page in each
language that lists it (core.fallback), the pages of its themes, and the experience sheets that
link it or show it among the open aids of their themes (front cache, and their fragments in
Django's cache: sheets.fragment_cache). Connected in AidsConfig.ready(); the URLs are computed
while the rows exist and purged once the transaction commits."""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.signals import page_published, page_unpublished

from core.fallback import listing_locale_ids
from sheets import fragment_cache
from sheets.cache_purge import add_theme_pages, purge_on_commit
from sheets.models import ExperienceFunding, ExperienceSheetPage

from .models import AidIndexPage, AidPage


def sheets_showing(aid):
    """The live experience sheets, in every language, whose funding rows point to `aid` (or to
    a translation of it) or that share one of its themes (their open aids' section)."""
    linking = ExperienceFunding.objects.filter(aid__translation_key=aid.translation_key).values(
        "page__translation_key"
    )
    slugs = list(aid.themes.values_list("slug", flat=True))
    on_themes = ExperienceSheetPage.objects.filter(themes__slug__in=slugs).values("pk")
    return ExperienceSheetPage.objects.live().filter(
        translation_key__in=linking
    ) | ExperienceSheetPage.objects.live().filter(pk__in=on_themes)


def add_pages_showing(batch, aid, sheets):
    """The URLs of the pages that list `aid` (not the aid itself)."""
    locale_ids = listing_locale_ids(aid)
    for index in AidIndexPage.objects.live().filter(locale_id__in=locale_ids):
        batch.add_page(index)
    slugs = list(aid.themes.values_list("slug", flat=True))
    add_theme_pages(batch, locale_ids, slugs)
    batch.add_pages(sheets)


def aid_changed(sender, instance, **kwargs):
    """page_published, page_unpublished (deleting a live page unpublishes it first)."""
    aid = instance.specific
    sheets = sheets_showing(aid)
    fragment_cache.forget(sheets)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        batch = PurgeBatch()
        add_pages_showing(batch, aid, sheets)
        purge_on_commit(batch)


def connect():
    page_published.connect(aid_changed, sender=AidPage, dispatch_uid="aids-purge-published")
    page_unpublished.connect(aid_changed, sender=AidPage, dispatch_uid="aids-purge-unpublished")
