"""The front cache forgets an event's page when its places change (a registration, a
cancellation, a place given to the waiting list): the page in every language shows the places
left to anonymous visitors, the same for all of them (registrations.sections). Its registration
page is purged too, should a proxy have kept it (the view says never to). Called by
registrations.places inside its transaction; sent once it commits (sheets.cache_purge)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch

from sheets.cache_purge import purge_on_commit
from sheets.models import EventPage


def event_urls(batch, event):
    """Adds the live translations of `event` and their registration pages to `batch` (not the
    pages' .ics files: the places are not in them)."""
    pages = EventPage.objects.live().filter(translation_key=event.translation_key)
    for page in pages.select_related("locale"):
        parts = page.get_url_parts(batch)
        if parts is None:
            continue
        _site_id, root_url, page_path = parts
        with translation.override(page.locale.language_code):
            form_path = reverse("registrations:register", args=[page.pk])
        batch.add_urls([root_url + page_path, root_url + form_path])


def purge_event(event):
    """Purges the event's pages once the transaction commits; nothing without a front cache."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    batch = PurgeBatch()
    event_urls(batch, event)
    purge_on_commit(batch)
