"""The events listings: which events are upcoming or past, and the agenda pages' view work.

EventIndexPage's routes call `render_listing`; the feeds, the .ics files and the home page use
`upcoming_events` / `published_events`, so "upcoming" means the same thing everywhere: an event
is upcoming until it ends (until it starts when it has no end).
"""

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from .filters import ChoiceFilter, CommuneFilter, ThemeFilter, YearFilter, filter_listing
from .models import EventKind, EventPage
from .models.taxonomy import card_themes


def upcoming_q(now=None) -> Q:
    now = now or timezone.now()
    return Q(end__gte=now) | Q(end__isnull=True, start__gte=now)


def past_q(now=None) -> Q:
    now = now or timezone.now()
    return Q(end__lt=now) | Q(end__isnull=True, start__lt=now)


def for_listing(queryset, themes=True):
    """What a card, a feed item or a VEVENT shows, in a fixed number of queries (with
    `themes=False`, the caller reads the themes: sheets.models.taxonomy.attach_themes)."""
    queryset = queryset.select_related("host_commune")
    return queryset.prefetch_related(card_themes()) if themes else queryset


def published_events(locale=None):
    """Live events visitors may see (no page under a view restriction), in one language."""
    events = EventPage.objects.live().public()
    if locale is None:
        locale = Locale.get_active()
    return events.filter(locale=locale)


def upcoming_events(locale=None, now=None):
    return for_listing(published_events(locale).filter(upcoming_q(now)).order_by("start", "pk"))


def listing_filters(locale_id):
    return [
        ThemeFilter(locale=locale_id),
        CommuneFilter("host_commune"),
        ChoiceFilter("kind", _("Type de rendez-vous"), EventKind.choices, all_label=_("Tous")),
        YearFilter("start"),
    ]


def render_listing(index_page, request, *, past: bool):
    """The upcoming (soonest first) or past (latest first) events under `index_page`, filtered
    by theme, commune, kind and year from the query string, paginated."""
    events = EventPage.objects.live().public().child_of(index_page)
    if past:
        events = events.filter(past_q()).order_by("-start", "-pk")
    else:
        events = events.filter(upcoming_q()).order_by("start", "pk")
    listing = filter_listing(
        request,
        for_listing(events),
        listing_filters(index_page.locale_id),
        per_page=index_page.per_page,
    )
    base_url = index_page.get_url(request)
    return index_page.render(
        request,
        template="sheets/event_index_page.html",
        context_overrides={
            "listing": listing,
            "events": listing.items,
            "showing_past": past,
            "upcoming_url": base_url,
            "past_url": base_url + index_page.reverse_subpage("past_events"),
        },
    )
