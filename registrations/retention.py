"""How long a visitor's registration names them: REGISTRATIONS_VISITOR_RETENTION_MONTHS (12)
months after the event, then their name, e-mail, role and answers are erased by the daily
command (send_event_reminders), as the personal data page says. Members' registrations stay
with their account, and are erased when it is closed."""

from datetime import timedelta

from django.utils import timezone

from sheets.models import EventPage
from sheets.models.event import past_q

from . import conf
from .models import Registration
from .personal_data import anonymise

DAYS_PER_MONTH = 30.44


def expired(now=None):
    """Visitors' registrations for events over for longer than the retention period."""
    now = now or timezone.now()
    months = conf.get("REGISTRATIONS_VISITOR_RETENTION_MONTHS")
    limit = now - timedelta(days=round(months * DAYS_PER_MONTH))
    return Registration.objects.filter(
        event__in=EventPage.objects.filter(past_q(limit)),
        user__isnull=True,
        anonymised_at__isnull=True,
    )


def anonymise_expired(*, dry_run=False, now=None):
    """Anonymises them; returns how many (would be) anonymised."""
    registrations = expired(now)
    return registrations.count() if dry_run else anonymise(registrations, now)
