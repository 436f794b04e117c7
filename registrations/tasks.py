"""The e-mails of a registration's life, sent by the task queue (the database backend and
`manage.py db_worker` in production, at once in development and tests). Each task takes the
registration's id and reads it afresh; the invitation's SEQUENCE is the one saved by the change
that queued it (registrations.places, registrations.signal_handlers)."""

import logging

from django_tasks import task

from . import reports
from .emails import send
from .invitations import CANCEL, REQUEST
from .models import Registration

logger = logging.getLogger(__name__)


def _registration(pk):
    return Registration.objects.select_related("event").filter(pk=pk).first()


def _invite(registration, template):
    """An e-mail carrying the invitation (REQUEST)."""
    return send(template, registration, REQUEST)


@task()
def tell_registered(registration_id):
    """The confirmation, with the invitation."""
    registration = _registration(registration_id)
    return _invite(registration, "registered") if registration else 0


@task()
def tell_waiting(registration_id):
    """On the waiting list: no invitation yet, their rank."""
    registration = _registration(registration_id)
    if registration is None:
        return 0
    rank = list(registration.event.registrations.waiting().values_list("pk", flat=True))
    position = rank.index(registration.pk) + 1 if registration.pk in rank else None
    return send("waiting", registration, position=position)


@task()
def tell_promoted(registration_id):
    """A place freed up: it is theirs, with the invitation."""
    registration = _registration(registration_id)
    return _invite(registration, "promoted") if registration else 0


def _withdraw(registration, template):
    """An e-mail that removes the event from the calendar when they had a place (CANCEL)."""
    return send(template, registration, CANCEL if registration.sent_schedule else None)


@task()
def tell_cancelled(registration_id):
    """Their cancellation."""
    registration = _registration(registration_id)
    return _withdraw(registration, "cancelled") if registration else 0


@task()
def tell_updated(registration_id):
    """The date, time or place changed: the invitation again, SEQUENCE raised."""
    registration = _registration(registration_id)
    return _invite(registration, "updated") if registration else 0


@task()
def tell_event_cancelled(registration_id):
    """The event is cancelled, and so is their registration."""
    registration = _registration(registration_id)
    return _withdraw(registration, "event_cancelled") if registration else 0


@task()
def remind(registration_id):
    """The reminder before the event (registrations.reminders marks it sent)."""
    registration = _registration(registration_id)
    return send("reminder", registration) if registration else 0


@task()
def send_report(registration_id):
    """After the event, the report and its documents; what is members-only goes to members only
    (registrations.reports)."""
    registration = _registration(registration_id)
    if registration is None:
        return 0
    return send("report", registration, **reports.content_for(registration))


TASKS = {
    "registered": tell_registered,
    "waiting": tell_waiting,
    "promoted": tell_promoted,
    "cancelled": tell_cancelled,
    "updated": tell_updated,
    "event_cancelled": tell_event_cancelled,
    "reminder": remind,
    "report": send_report,
}


def queue(name, registration_id):
    """Queues the e-mail `name` for the registration. A task backend down is logged, never
    raised: the registration is saved, and the person sees it on the event's page."""
    try:
        TASKS[name].enqueue(registration_id)
    except Exception:  # noqa: BLE001 - a task backend down must not undo what was saved
        logger.exception("Registrations: the %s e-mail of %s was not queued", name, registration_id)
