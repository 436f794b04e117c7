"""Which pages of the front cache show a sheet, an event, a theme or a commune, so that a change
reaches them at once: wagtail.contrib.frontend_cache purges the published page itself, this
module adds its listing, the theme and commune pages, the map, the feeds, the sheets that
show it as a card and, for an experience sheet, the pages listing comparable communes (and, on
a move, the old and new addresses); a view restriction added, changed or removed purges the
pages under it and what shows them. Connected in
SheetsConfig.ready(); the URLs are computed while the rows exist and purged once the
transaction commits. Without WAGTAILFRONTENDCACHE nothing is sent."""

import copy
from functools import wraps

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.fallback import listing_locale_ids

from .models import (
    Commune,
    CommuneIndexPage,
    EventIndexPage,
    EventPage,
    ExperienceIndexPage,
    ExperienceRelatedSheet,
    ExperienceSheetPage,
    MapPage,
    TechnicalIndexPage,
    TechnicalRelatedExperience,
    TechnicalSheetPage,
    Theme,
    ThemeIndexPage,
)

SHEET_MODELS = (ExperienceSheetPage, TechnicalSheetPage, EventPage)
# The feeds (sheets/urls.py, under flux/ in each language) that list each kind of page.
FEEDS = {
    ExperienceSheetPage: ("feeds:experiences_rss", "feeds:experiences_atom"),
    EventPage: ("feeds:events_rss", "feeds:events_atom", "feeds:events_ics"),
}
# The pages of a language that list each kind of page, besides its own index.
LISTINGS = {
    ExperienceSheetPage: (ExperienceIndexPage, ThemeIndexPage, CommuneIndexPage, MapPage),
    TechnicalSheetPage: (TechnicalIndexPage, ThemeIndexPage),
    EventPage: (EventIndexPage, ThemeIndexPage, CommuneIndexPage),
}


def when_front_cache(handler):
    """Runs the signal handler only when a front cache is configured: otherwise there is
    nothing to purge, and no reason to read which pages show the change."""

    @wraps(handler)
    def run(sender, **kwargs):
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            handler(sender, **kwargs)

    return run


def purge_on_commit(batch):
    """Sends the batch once the editor's change is committed: a visitor's request that read
    the old rows meanwhile cannot put them back in the cache afterwards."""
    if batch.urls:
        transaction.on_commit(batch.purge)


def add_theme_pages(batch, locale_ids, slugs):
    """The pages of the themes `slugs` under each live theme index of `locale_ids`: where other
    plugins' sections show (sheets_theme_page_sections)."""
    for index in ThemeIndexPage.objects.live().filter(locale_id__in=locale_ids):
        base = index.get_full_url(batch)
        if base is not None:
            batch.add_urls(
                base + index.reverse_subpage("theme_detail", kwargs={"slug": slug})
                for slug in slugs
            )


def _add_index_pages(batch, models, locale_id):
    """Each live index page of `models` in that language, with its sub-pages' URLs: every
    theme's page under the theme index, past events under the agenda."""
    themes = None
    for model in models:
        for index in model.objects.live().filter(locale_id=locale_id):
            batch.add_page(index)
            base = index.get_full_url(batch)
            if base is None:
                continue
            if model is ThemeIndexPage:
                if themes is None:
                    themes = list(
                        Theme.objects.filter(locale_id=locale_id).values_list("slug", flat=True)
                    )
                for slug in themes:
                    batch.add_url(
                        base + index.reverse_subpage("theme_detail", kwargs={"slug": slug})
                    )
            elif model is EventIndexPage:
                batch.add_url(base + index.reverse_subpage("past_events"))


def _add_commune_pages(batch, commune_ids, locale_id):
    slugs = list(Commune.objects.filter(pk__in=commune_ids).values_list("slug", flat=True))
    for index in CommuneIndexPage.objects.live().filter(locale_id=locale_id):
        base = index.get_full_url(batch)
        if base is not None:
            for slug in slugs:
                batch.add_url(base + index.reverse_subpage("commune_detail", kwargs={"slug": slug}))


def _add_feeds(batch, model, page):
    """The feeds of the page's language, on the page's site."""
    parts = page.get_url_parts(batch)
    if parts is None:
        return
    root_url = parts[1]
    with translation.override(page.locale.language_code):
        for name in FEEDS.get(model, ()):
            batch.add_url(root_url + reverse(name))


def sheets_showing(page):
    """The live experience sheets that show `page` (an experience or technical sheet) as a
    card: those relating to it, and, for a technical sheet, those it links to."""
    if isinstance(page, ExperienceSheetPage):
        relating = ExperienceRelatedSheet.objects.filter(
            related__translation_key=page.translation_key
        ).values("page_id")
        return ExperienceSheetPage.objects.live().filter(pk__in=relating)
    if isinstance(page, TechnicalSheetPage):
        linked = TechnicalRelatedExperience.objects.filter(page_id=page.pk).values(
            "experience__translation_key"
        )
        return ExperienceSheetPage.objects.live().filter(translation_key__in=linked)
    return ExperienceSheetPage.objects.none()


def add_pages_showing(batch, page):
    """Adds the URLs of the pages that show `page` (a sheet or an event), not the page itself."""
    model = type(page)
    parent = page.get_parent()
    if parent is not None and parent.live:
        batch.add_page(parent)
    commune_id = page.host_commune_id if model is EventPage else getattr(page, "commune_id", None)
    # A French page is listed in every language that has not translated it (core.fallback).
    for locale_id in listing_locale_ids(page):
        _add_index_pages(batch, LISTINGS[model], locale_id)
        if commune_id is not None and CommuneIndexPage in LISTINGS[model]:
            _add_commune_pages(batch, [commune_id], locale_id)
    _add_feeds(batch, model, page)
    batch.add_pages(sheets_showing(page))
    if model is ExperienceSheetPage:
        _add_comparable_pages(batch, page)


def _add_comparable_pages(batch, page):
    """The pages whose "communes comparables" may list the sheet (sheets.similar_communes):
    every commune's page, and the experience sheets sharing one of its themes."""
    commune_ids = list(Commune.objects.values_list("pk", flat=True))
    for locale_id in listing_locale_ids(page):
        _add_commune_pages(batch, commune_ids, locale_id)
    sharing = ExperienceSheetPage.objects.live().filter(themes__in=page.themes.all())
    batch.add_pages(sharing.exclude(pk=page.pk).distinct())


@when_front_cache
def sheet_changed(sender, instance, **kwargs):
    """page_published, page_unpublished (deleting a live page unpublishes it first)."""
    batch = PurgeBatch()
    add_pages_showing(batch, instance.specific)
    purge_on_commit(batch)


def _old_url(page, url_path_before, url_path_after, batch):
    """The address `page` had before its move: the same page, read at its former path."""
    former = copy.copy(page)
    former.url_path = url_path_before + page.url_path[len(url_path_after) :]
    return former.get_full_url(batch)


@when_front_cache
def sheet_moved(sender, instance, url_path_before, url_path_after, parent_page_before, **kwargs):
    """post_page_move: the old and new addresses of the page and its live descendants, the old
    listing and everything that shows the page."""
    if url_path_before == url_path_after or not instance.live:
        return
    page = instance.specific
    batch = PurgeBatch()
    for moved in Page.objects.descendant_of(page, inclusive=True).live().specific():
        batch.add_page(moved)
        old = _old_url(moved, url_path_before, url_path_after, batch)
        if old is not None:
            batch.add_url(old)
    if parent_page_before is not None and parent_page_before.live:
        batch.add_page(parent_page_before)
    add_pages_showing(batch, page)
    purge_on_commit(batch)


@when_front_cache
def theme_changed(sender, instance, **kwargs):
    """Theme saved or deleted: its name shows on the theme pages, the listings' filters, the
    map and the cards and pages of everything tagged with it."""
    batch = PurgeBatch()
    models = {model for listings in LISTINGS.values() for model in listings}
    _add_index_pages(batch, models, instance.locale_id)
    for model in SHEET_MODELS:
        batch.add_pages(model.objects.live().filter(themes=instance))
    for model in FEEDS:
        page = model.objects.live().filter(locale_id=instance.locale_id).first()
        if page is not None:
            _add_feeds(batch, model, page)
    purge_on_commit(batch)


@when_front_cache
def commune_changed(sender, instance, **kwargs):
    """Commune saved or deleted: its page, the commune list, the map, and its sheets and
    events, in every language."""
    batch = PurgeBatch()
    pages = [
        *ExperienceSheetPage.objects.live().filter(commune_id=instance.pk),
        *EventPage.objects.live().filter(host_commune_id=instance.pk),
    ]
    batch.add_pages(pages)
    for locale_id in CommuneIndexPage.objects.live().values_list("locale_id", flat=True):
        _add_index_pages(batch, (CommuneIndexPage, MapPage), locale_id)
        _add_commune_pages(batch, [instance.pk], locale_id)
    purge_on_commit(batch)


@when_front_cache
def restriction_changed(sender, instance, **kwargs):
    """A view restriction saved or deleted (post_save, post_delete): the restricted page and
    its live descendants, and the listings, feeds and sheets that show a sheet or an event
    among them, so that an anonymous visitor no longer gets a copy cached while it was public
    (nor misses it once public again). Not while a fixture loads (`raw`: a restore)."""
    if kwargs.get("raw"):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is None:  # the page itself is being deleted: its unpublishing purged it
        return
    batch = PurgeBatch()
    for shown in Page.objects.descendant_of(page, inclusive=True).live().specific():
        batch.add_page(shown)
        if isinstance(shown, SHEET_MODELS):
            add_pages_showing(batch, shown)
    purge_on_commit(batch)


def connect():
    for model in SHEET_MODELS:
        uid = f"sheets-purge-{model.__name__}"
        page_published.connect(sheet_changed, sender=model, dispatch_uid=f"{uid}-published")
        page_unpublished.connect(sheet_changed, sender=model, dispatch_uid=f"{uid}-unpublished")
        post_page_move.connect(sheet_moved, sender=model, dispatch_uid=f"{uid}-moved")
    for model, handler in ((Theme, theme_changed), (Commune, commune_changed)):
        uid = f"sheets-purge-{model.__name__}"
        post_save.connect(handler, sender=model, dispatch_uid=f"{uid}-saved")
        # Before the rows go: the pages tagged with it are found through them.
        pre_delete.connect(handler, sender=model, dispatch_uid=f"{uid}-deleted")
    uid = "sheets-purge-restriction"
    post_save.connect(restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-saved")
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid=f"{uid}-deleted"
    )
