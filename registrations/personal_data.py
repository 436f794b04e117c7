"""What the registrations hold about a person, for their data export (decision 0031), and how it
is erased: when the account is closed, and for visitors once the retention period after the
event is over (registrations.retention). What remains (event, commune, status, attendance)
still counts in the yearly figures without naming anyone."""

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from sheets.models import EventPage
from sheets.models.event import upcoming_q

from . import places
from .models import Registration

# The submission key goes too: colleagues registered together share it, and their erased
# addresses would no longer tell them apart.
ERASED = {
    "first_name": "",
    "last_name": "",
    "email": "",
    "role": "",
    "answers": [],
    "submission_key": None,
}


def _date(value):
    return value.isoformat() if value else None


def registrations_of(user):
    """The account's registrations, and those made without signing in with its address."""
    mine = Q(user_id=user.pk)
    if user.email:
        mine |= Q(email=user.email.strip().lower(), anonymised_at__isnull=True)
    return Registration.objects.filter(mine).select_related("event")


def export(user):
    return {
        "event_registrations": [
            {
                "event": r.event.title,
                "date": _date(r.event.start),
                "first_name": r.first_name,
                "last_name": r.last_name,
                "email": r.email,
                "commune": r.commune,
                "role": r.role,
                "answers": r.answers,
                "status": r.get_status_display(),
                "attended": r.attended,
                "registered_at": _date(r.created_at),
                "cancelled_at": _date(r.cancelled_at),
            }
            for r in registrations_of(user).order_by("created_at", "pk")
        ]
    }


def anonymise(registrations, now=None):
    """Erases the names, address, role and answers of `registrations` (a queryset)."""
    now = now or timezone.now()
    with transaction.atomic():
        return registrations.filter(anonymised_at__isnull=True).update(**ERASED, anonymised_at=now)


def forget(sender, user, **kwargs):
    """account_anonymised receiver: the closed account gives up its places at events to come
    (the waiting list gets them), and its registrations name nobody any more."""
    registrations = Registration.objects.filter(user_id=user.pk)
    to_come = registrations.active().filter(event__in=EventPage.objects.filter(upcoming_q()))
    for registration in to_come:
        places.cancel(registration)
    anonymise(registrations)
