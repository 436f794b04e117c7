"""The home page shows the latest experience sheets, the upcoming events and the themes with
their counts: a change to any of them purges the home pages that list it from the front
cache (wagtail.contrib.frontend_cache), and so does a view restriction added to or removed from a
page they list. Connected in HomeConfig.ready()."""

from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from core.fallback import listing_locale_ids
from sheets.cache_purge import purge_on_commit, when_front_cache
from sheets.models import EventPage, ExperienceSheetPage, Theme

from .models import HomePage


@when_front_cache
def purge_home_page(sender, instance, **kwargs):
    """Any change to a sheet, an event or a theme: the home page of the same language, and of
    the languages that list it untranslated when it is French (core.fallback)."""
    batch = PurgeBatch()
    batch.add_pages(HomePage.objects.live().filter(locale_id__in=listing_locale_ids(instance)))
    purge_on_commit(batch)


@when_front_cache
def restriction_changed(sender, instance, **kwargs):
    """A view restriction saved or deleted: the home page lists only public sheets and events."""
    if kwargs.get("raw"):  # a fixture loading (a restore): the pages may not be there yet
        return
    page = Page.objects.filter(pk=instance.page_id).only("locale_id").first()
    if page is not None:
        purge_home_page(sender, instance=page)


def connect():
    for model in (ExperienceSheetPage, EventPage):
        uid = f"home-purge-{model.__name__}"
        page_published.connect(purge_home_page, sender=model, dispatch_uid=f"{uid}-published")
        page_unpublished.connect(purge_home_page, sender=model, dispatch_uid=f"{uid}-unpublished")
        post_page_move.connect(purge_home_page, sender=model, dispatch_uid=f"{uid}-moved")
    post_save.connect(purge_home_page, sender=Theme, dispatch_uid="home-purge-theme-saved")
    pre_delete.connect(purge_home_page, sender=Theme, dispatch_uid="home-purge-theme-deleted")
    post_save.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="home-purge-restriction-saved"
    )
    post_delete.connect(
        restriction_changed,
        sender=PageViewRestriction,
        dispatch_uid="home-purge-restriction-deleted",
    )
