"""The figures the association reports to its funders, counted by the database in one query
each whatever the number of events: per event (places confirmed, waiting, cancelled, people
present and the rate, communes represented) and per year of the events; and, for the admin's
dashboard, the places taken on the upcoming events.

A commune is "represented" by a confirmed registration not marked absent (before attendance is
marked, by those registered): distinct non-empty `commune` texts, case set aside. Anonymised
registrations keep their commune, status and attendance, so they still count."""

from django.conf import settings
from django.db.models import Case, Count, F, FloatField, Q, Value, When
from django.db.models.functions import ExtractYear, Lower, NullIf, Round

from sheets.models import EventPage, RegistrationMode
from sheets.models.event import upcoming_q

from .models import Registration, Status


def _counts(prefix=""):
    """The aggregates of registrations reached through `prefix` ("registrations__" from an
    event, "" from the registrations themselves)."""
    status = f"{prefix}status"
    attended = f"{prefix}attended"
    commune = f"{prefix}commune"
    counted = f"{prefix}pk" if prefix else "pk"
    confirmed = Q(**{status: Status.CONFIRMED})
    return {
        "confirmed": Count(counted, filter=confirmed),
        "present": Count(counted, filter=confirmed & Q(**{attended: True})),
        "marked": Count(counted, filter=confirmed & Q(**{f"{attended}__isnull": False})),
        "communes": Count(
            Lower(commune),
            distinct=True,
            filter=confirmed & ~Q(**{commune: ""}) & ~Q(**{attended: False}),
        ),
    }


def _rate():
    """Present out of confirmed, in percent, once attendance is marked (else None)."""
    return Case(
        When(marked=0, then=Value(None)),
        default=Round(F("present") * 100.0 / NullIf(F("confirmed"), 0)),
        output_field=FloatField(),
    )


def default_language_events():
    """Registrations count on the event in the site's default language."""
    return EventPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


def per_event(events=None):
    """The events that have registrations or take them, each with its figures, newest first."""
    events = default_language_events() if events is None else events
    counts = _counts("registrations__")
    return (
        events.filter(
            Q(pk__in=Registration.objects.values("event_id"))
            | ~Q(registration_mode=RegistrationMode.NONE)
        )
        .annotate(
            waiting=Count("registrations", filter=Q(registrations__status=Status.WAITING)),
            cancelled=Count("registrations", filter=Q(registrations__status=Status.CANCELLED)),
            **counts,
        )
        .annotate(rate=_rate())
        .only("pk", "title", "start", "capacity")
        .order_by("-start", "pk")
    )


def per_year():
    """[{year, events, confirmed, present, marked, communes, rate}], newest year first: the
    events that had confirmed places, those places, the people present."""
    return list(
        Registration.objects.filter(status=Status.CONFIRMED)
        .annotate(year=ExtractYear("event__start"))
        .values("year")
        .annotate(events=Count("event", distinct=True), **_counts())
        .annotate(rate=_rate())
        .order_by("-year")
    )


def upcoming_places(limit=8):
    """The next events taking registrations, with their places taken and waiting list."""
    return (
        default_language_events()
        .live()
        .filter(upcoming_q())
        .exclude(registration_mode=RegistrationMode.NONE)
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status=Status.CONFIRMED)),
            waiting=Count("registrations", filter=Q(registrations__status=Status.WAITING)),
        )
        .only("pk", "title", "start", "capacity")
        .order_by("start", "pk")[:limit]
    )
