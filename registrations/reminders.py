"""The daily sending (send_event_reminders): the reminder some days before the event, and the
report to those who came once the event is over and the facilitator published it. Each is sent
once per registration (`reminded_at`, `report_sent_at`), whatever happens to the e-mail."""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from sheets.models import EventPage
from sheets.models.event import past_q

from . import conf, tasks
from .models import Registration


def due_reminders(now=None):
    """Confirmed registrations of live events starting within REGISTRATIONS_REMINDER_DAYS days."""
    now = now or timezone.now()
    soon = now + timedelta(days=conf.get("REGISTRATIONS_REMINDER_DAYS"))
    return Registration.objects.confirmed().filter(
        reminded_at__isnull=True,
        event__live=True,
        event__start__gt=now,
        event__start__lte=soon,
        event__is_cancelled=False,
    )


def due_reports(now=None):
    """Those who came (or, attendance not marked, had a place) to an event that is over and
    whose report or documents are published, not yet sent. Documents attached before the
    event (a programme) send nothing while it is under way."""
    now = now or timezone.now()
    over = EventPage.objects.live().filter(past_q(now), is_cancelled=False)
    with_report = over.exclude(report="") | over.filter(attachments__isnull=False)
    return (
        Registration.objects.confirmed()
        .filter(event__in=with_report.values("pk"), report_sent_at__isnull=True)
        .filter(Q(attended=True) | Q(attended__isnull=True))
        .exclude(email="")
    )


def _send(registrations, task_name, field, dry_run, now):
    """Marks each registration sent, then queues its e-mail. Each row is claimed by an UPDATE
    that only matches it while unmarked, so two runs at once never send it twice."""
    pks = list(registrations.values_list("pk", flat=True))
    if dry_run:
        return len(pks)
    sent = 0
    for pk in pks:
        unmarked = Registration.objects.filter(pk=pk, **{f"{field}__isnull": True})
        if unmarked.update(**{field: now}):
            tasks.queue(task_name, pk)
            sent += 1
    return sent


def send_due(*, dry_run=False, now=None):
    """Queues the due reminders and reports; returns (reminders, reports)."""
    now = now or timezone.now()
    reminders = _send(due_reminders(now), "reminder", "reminded_at", dry_run, now)
    reports = _send(due_reports(now), "report", "report_sent_at", dry_run, now)
    return reminders, reports
