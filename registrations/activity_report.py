"""The registrations' part of the yearly activity report (the activity plugin's hook): the
meetings held in the year, the people who came and the organisations they came from, in three
queries whatever the number of events.

A meeting is held when it is published, not cancelled and over. Who came: the people marked
present; at a meeting whose attendance was not marked, every confirmed registration (waiting
and cancelled ones never count). Organisations are counted once each, across the year."""

from django.conf import settings
from django.db.models import Count, Exists, OuterRef, Q
from django.db.models.functions import Lower
from django.utils.translation import gettext as _

from sheets.models import EventKind, EventPage
from sheets.models.event import past_q

from .models import Registration, Status


def held_events(year, now=None):
    """The meetings of `year` that took place, in the default language (where registrations
    are)."""
    return (
        EventPage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE, start__year=year)
        .filter(past_q(now), is_cancelled=False)
    )


def attendances(events):
    """The registrations of people who came to `events`."""
    marked = Registration.objects.filter(
        event_id=OuterRef("event_id"), status=Status.CONFIRMED, attended__isnull=False
    )
    return Registration.objects.alias(event_marked=Exists(marked)).filter(
        Q(attended=True) | Q(attended__isnull=True, event_marked=False),
        event__in=events,
        status=Status.CONFIRMED,
    )


def figures(year, now=None):
    """{"by_kind": [(kind, meetings, attendances)], "meetings", "attendances", "communes",
    "organisations"} for `year`."""
    events = held_events(year, now)
    meetings = dict(events.order_by().values_list("kind").annotate(Count("pk")))
    came = attendances(events)
    people = dict(came.order_by().values_list("event__kind").annotate(Count("pk")))
    represented = came.aggregate(
        communes=Count(Lower("commune"), distinct=True, filter=~Q(commune="")),
        organisations=Count("organisation", distinct=True),
    )
    by_kind = [
        (kind, meetings[kind], people.get(kind, 0)) for kind in EventKind if kind in meetings
    ]
    return {
        "by_kind": by_kind,
        "meetings": sum(meetings.values()),
        "attendances": sum(people.values()),
        **represented,
    }


def section(year):
    counted = figures(year)
    return {
        "key": "meetings",
        "title": _("Rencontres"),
        "order": 20,
        "figures": [
            {"label": _("Rendez-vous tenus"), "value": counted["meetings"]},
            {"label": _("Participations"), "value": counted["attendances"]},
            {
                "label": _("Collectivités et structures représentées"),
                "value": counted["communes"],
            },
            {
                "label": _("Collectivités adhérentes représentées"),
                "value": counted["organisations"],
            },
        ],
        "table": {
            "columns": [_("Type de rendez-vous"), _("Rendez-vous tenus"), _("Participations")],
            "rows": [[kind.label, held, came] for kind, held, came in counted["by_kind"]],
        },
        "note": _(
            "Un rendez-vous tenu est publié, non annulé et terminé. Les participations comptent "
            "les personnes marquées présentes ou, quand les présences n'ont pas été relevées, "
            "les personnes inscrites ; un rendez-vous sans inscription sur le site n'en compte "
            "aucune."
        ),
    }
