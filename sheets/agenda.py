"""The events visitors may see, for the feeds and the .ics files.

"Upcoming" has one definition, `upcoming_q` (sheets.models.event, with `past_q`): an event is
upcoming until it ends (until it starts when it has no end). The agenda pages' own listings are
EventIndexPage's routes.
"""

from wagtail.models import Locale

from .models import EventPage
from .models.event import upcoming_q


def published_events(locale=None):
    """Live events visitors may see (no page under a view restriction), in one language."""
    events = EventPage.objects.live().public()
    if locale is None:
        locale = Locale.get_active()
    return events.filter(locale=locale)


def upcoming_events(locale=None, now=None):
    return EventPage.for_listing(
        published_events(locale).filter(upcoming_q(now)).order_by("start", "pk")
    )
