"""Places and the waiting list, the one place where they change: registering, cancelling, and
giving a freed place to the first on the list.

Each change locks the event's row (SELECT ... FOR UPDATE on PostgreSQL; SQLite lets one writer
at a time anyway) before counting the places taken, so that two people registering at once
never both take the last place. The e-mails are queued once the transaction commits
(registrations.tasks)."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from sheets.models import EventPage

from . import cache_purge, tasks
from .invitations import schedule_of
from .models import CancelledBy, Registration, Status


class RegistrationRefused(Exception):
    """Why a registration cannot be taken, as a sentence for the person."""


def source_event(event):
    """The event in the site's default language (registrations count there), else itself."""
    default = Locale.get_default()
    if event.locale_id == default.pk:
        return event
    source = EventPage.objects.filter(translation_key=event.translation_key, locale=default)
    return source.first() or event


def _locked(event):
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event.pk)


def places_left(event):
    """Free places (None when the capacity is not limited)."""
    if event.capacity is None:
        return None
    return max(0, event.capacity - event.registrations.confirmed().count())


def _queue(task_name, registration):
    pk = registration.pk
    transaction.on_commit(lambda: tasks.queue(task_name, pk))


def _refusal(event, people, now):
    if not event.registration_is_open(now):
        return _("Les inscriptions à ce rendez-vous ne sont pas ouvertes.")
    emails = [person["email"].strip().lower() for person in people]
    if len(set(emails)) != len(emails):
        return _("La même adresse e-mail figure deux fois dans l'inscription.")
    taken = event.registrations.active().filter(email__in=emails).values_list("email", flat=True)
    if taken:
        return _("%(emails)s : déjà inscrit·e à ce rendez-vous.") % {"emails": ", ".join(taken)}
    return None


def register(event, people, *, registered_by=None, submission_key=None, now=None):
    """Registers each person (a dict of Registration fields, `email` included; its own
    `registered_by` overrides the argument's) on the event: confirmed while places remain, then
    on the waiting list when the event keeps one. Refuses
    with RegistrationRefused, nothing saved, when registrations are closed, someone is already
    registered, or the event is full without a waiting list. Returns the registrations."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked(source_event(event))
        refusal = _refusal(event, people, now)
        if refusal:
            raise RegistrationRefused(refusal)
        left = places_left(event)
        if left is not None and left < len(people) and not event.waiting_list:
            raise RegistrationRefused(
                _("Il ne reste que %(count)s place(s) : le rendez-vous est complet.")
                % {"count": left}
            )
        made = []
        for person in people:
            confirmed = left is None or left > 0
            if left:
                left -= 1
            registration = Registration.objects.create(
                event=event,
                submission_key=submission_key,
                status=Status.CONFIRMED if confirmed else Status.WAITING,
                confirmed_at=now if confirmed else None,
                sent_schedule=schedule_of(event) if confirmed else "",
                **{"registered_by": registered_by, **person},
            )
            _queue("registered" if confirmed else "waiting", registration)
            made.append(registration)
        cache_purge.purge_event(event)
    return made


def cancel(registration, *, by=CancelledBy.PERSON, now=None):
    """Cancels a registration (nothing when it already is); a confirmed place goes to the first
    on the waiting list. Returns the registration promoted, if any."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked(registration.event)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            return None
        had_place = registration.status == Status.CONFIRMED
        _withdraw(registration, by, now)
        _queue("cancelled", registration)
        cache_purge.purge_event(event)
        return promote(event, now=now) if had_place else None


def _withdraw(registration, by, now):
    """Marks the registration cancelled; an invitation sent for a place gets its CANCEL's
    SEQUENCE."""
    if registration.status == Status.CONFIRMED:
        registration.sequence += 1
    registration.status = Status.CANCELLED
    registration.cancelled_by = by
    registration.cancelled_at = now
    registration.save(update_fields=["status", "cancelled_by", "cancelled_at", "sequence"])


def cancel_event(event, *, now=None):
    """The event is cancelled: so is every active registration, and each person is told."""
    now = now or timezone.now()
    with transaction.atomic():
        for registration in _locked(event).registrations.active().select_for_update():
            _withdraw(registration, CancelledBy.EVENT, now)
            _queue("event_cancelled", registration)


def promote(event, *, now=None):
    """Gives the free places to the first on the waiting list, who are told; called inside the
    transaction that freed a place, or when the facilitator raises the capacity. Returns the
    first registration promoted, or None."""
    now = now or timezone.now()
    with transaction.atomic():
        event = _locked(event)
        if event.is_cancelled or not event.is_upcoming:
            return None
        left = places_left(event)
        if left == 0:
            return None
        waiting = event.registrations.waiting().select_for_update()
        waiting = list(waiting if left is None else waiting[:left])
        for registration in waiting:
            registration.status = Status.CONFIRMED
            registration.confirmed_at = now
            registration.sent_schedule = schedule_of(event)
            registration.save(update_fields=["status", "confirmed_at", "sent_schedule"])
            _queue("promoted", registration)
        if waiting:
            cache_purge.purge_event(event)
    return waiting[0] if waiting else None
