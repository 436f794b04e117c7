"""Which pages of the front cache show a FAQ entry, so that publishing or unpublishing one
reaches them at once: wagtail.contrib.frontend_cache purges the entry itself; this adds the FAQ
page (and its views filtered on the entry's themes), the pages of its themes and the FAQ feeds,
in each language that lists it (core.fallback). Connected in FaqConfig.ready(); the URLs are
computed while the rows exist and purged once the transaction commits."""

from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished

from core.fallback import listing_locale_ids
from sheets.cache_purge import add_theme_pages, purge_on_commit, when_front_cache

from .models import FaqEntryPage, FaqIndexPage

FEEDS = ("faq_feeds:entries_rss", "faq_feeds:entries_atom")


def add_pages_showing(batch, entry):
    """The URLs of the pages that list `entry` (not the entry itself)."""
    slugs = list(entry.themes.values_list("slug", flat=True))
    locale_ids = listing_locale_ids(entry)
    for index in FaqIndexPage.objects.live().filter(locale_id__in=locale_ids):
        batch.add_page(index)
        base = index.get_full_url(batch)
        if base is not None:
            batch.add_urls([f"{base}?theme={slug}" for slug in slugs])
    add_theme_pages(batch, locale_ids, slugs)
    parts = entry.get_url_parts(batch)
    if parts is not None:
        codes = Locale.objects.filter(pk__in=locale_ids).values_list("language_code", flat=True)
        for code in codes:
            with translation.override(code):
                batch.add_urls([parts[1] + reverse(name) for name in FEEDS])


@when_front_cache
def entry_changed(sender, instance, **kwargs):
    """page_published, page_unpublished (deleting a live page unpublishes it first)."""
    batch = PurgeBatch()
    add_pages_showing(batch, instance.specific)
    purge_on_commit(batch)


def connect():
    page_published.connect(entry_changed, sender=FaqEntryPage, dispatch_uid="faq-purge-published")
    page_unpublished.connect(
        entry_changed, sender=FaqEntryPage, dispatch_uid="faq-purge-unpublished"
    )
