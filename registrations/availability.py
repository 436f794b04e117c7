"""Whether an event takes registrations now and, when it does not, why (a sentence for the
person); and how its places stand (left, full with a waiting list, full). The registration page
and the event page's section read the same answers."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from core.formats import clock, long_date

from . import places


def when(value):
    """A moment as people read it: "12 mars 2026 à 18 h"."""
    value = timezone.localtime(value)
    return _("%(date)s à %(time)s") % {"date": long_date(value), "time": clock(value)}


def closes_at(event):
    """When registrations close: the date the facilitator set, else the event's start."""
    return event.registration_closes_at or event.start


def closed_reason(event, now=None):
    """Why nobody may register for `event` (in the source language) now, or None."""
    now = now or timezone.now()
    if not event.takes_registrations:
        return _(
            "L'inscription à ce rendez-vous ne se fait pas sur ce site : la page du rendez-vous "
            "indique comment s'inscrire."
        )
    if event.is_cancelled:
        return _("Ce rendez-vous est annulé : les inscriptions sont closes.")
    if (event.end or event.start) < now:
        return _("Ce rendez-vous est passé.")
    if event.registration_opens_at and now < event.registration_opens_at:
        return _("Les inscriptions ouvriront le %(date)s.") % {
            "date": when(event.registration_opens_at)
        }
    if now >= closes_at(event):
        return _("Les inscriptions sont closes depuis le %(date)s.") % {
            "date": when(closes_at(event))
        }
    return None


@dataclass(frozen=True)
class Places:
    """The places of an event: `left` is None when the capacity is not limited."""

    capacity: int | None
    left: int | None
    waiting_list: bool

    @property
    def full(self):
        return self.left == 0

    @property
    def refuses(self):
        """Full, and no waiting list to join."""
        return self.full and not self.waiting_list


def places_of(event):
    """The places of `event` (in the source language): one query when they are limited."""
    return Places(event.capacity, places.places_left(event), event.waiting_list)


def unavailable_reason(event, now=None, places=None):
    """Why the registration page takes nobody: closed (closed_reason) or full without a
    waiting list; None when one may register. `places`: places_of(event), if read already."""
    reason = closed_reason(event, now)
    if places is None:
        places = places_of(event)
    if reason is None and places.refuses:
        reason = _("Ce rendez-vous est complet.")
    return reason
