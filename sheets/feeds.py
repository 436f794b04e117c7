"""RSS and Atom feeds of experience sheets and events, and the .ics feed of upcoming events.

Feeds carry public fields only (title, summary, date, place, themes): never a contact, never
an event report (it may be reserved to members), and only live pages outside any private
section, in the language of the URL (/flux/... in French, /en/flux/... in English).
"""

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from core.formats import clock, long_date

from . import agenda
from .ical import calendar
from .models import EventIndexPage, EventPage, ExperienceIndexPage, ExperienceSheetPage

FEED_SIZE = 20
ICS_MAX_EVENTS = 200


def _index_url(model, locale, request):
    index = model.objects.live().public().filter(locale=locale).first()
    return index.get_url(request) if index is not None else "/"


def event_when(event) -> str:
    """ "jeudi 12 mars 2026, 14 h 30": the start in the site's time zone and current language."""
    start = timezone.localtime(event.start)
    return f"{long_date(start, weekday=True)}, {clock(start)}"


class _PageFeed(Feed):
    """Shared by the feeds: the request's locale and URLs, computed once per request."""

    index_model = None

    def get_object(self, request, *args, **kwargs):
        locale = Locale.get_active()
        return {"request": request, "locale": locale}

    def link(self, obj):
        return _index_url(self.index_model, obj["locale"], obj["request"])

    def _with_urls(self, pages, request):
        pages = list(pages)
        for page in pages:
            page.feed_url = page.get_url(request)
        return pages

    def item_link(self, item):
        return item.feed_url

    def item_title(self, item):
        return item.title

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]

    def author_name(self):
        return _("Réseau des collectivités mayennaises")


class ExperienceSheetsFeed(_PageFeed):
    index_model = ExperienceIndexPage

    def title(self, obj):
        return _("Fiches expériences du Réseau des collectivités mayennaises")

    def description(self, obj):
        return _("Les dernières fiches expériences publiées par les communes du réseau.")

    def items(self, obj):
        sheets = (
            ExperienceSheetPage.objects.live()
            .public()
            .filter(locale=obj["locale"])
            .select_related("commune")
            .prefetch_related("themes")
            .order_by("-first_published_at", "-pk")[:FEED_SIZE]
        )
        return self._with_urls(sheets, obj["request"])

    def item_description(self, item):
        return f"{item.commune.name} ({item.years_label}) — {item.listing_summary or item.summary}"


class ExperienceSheetsAtomFeed(ExperienceSheetsFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)


class EventsFeed(_PageFeed):
    """The most recently announced events (upcoming and past), newest first."""

    index_model = EventIndexPage

    def title(self, obj):
        return _("Rencontres du Réseau des collectivités mayennaises")

    def description(self, obj):
        return _("Les rencontres, visites et formations annoncées par le réseau.")

    def items(self, obj):
        events = EventPage.for_listing(
            agenda.published_events(obj["locale"]).order_by("-first_published_at", "-start")
        )[:FEED_SIZE]
        return self._with_urls(events, obj["request"])

    def item_description(self, item):
        place = ", ".join(
            part for part in (item.venue, item.host_commune and item.host_commune.name) if part
        )
        heading = f"{event_when(item)} — {place}" if place else event_when(item)
        return f"{heading}. {item.listing_summary or item.summary}"


class EventsAtomFeed(EventsFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)


def upcoming_events_ics(request):
    """Every upcoming event as one calendar that agenda applications can subscribe to."""
    events = agenda.upcoming_events()[:ICS_MAX_EVENTS]
    pairs = [(event, request.build_absolute_uri(event.get_url(request))) for event in events]
    body = calendar(pairs, name=_("Rencontres du Réseau des collectivités mayennaises"))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="rencontres.ics"'
    return response
