"""How long the alerts keep an address, as the personal data page says (purge_alerts, daily):
a visitor's subscription never confirmed is deleted ALERTS_UNCONFIRMED_MARGIN_DAYS after its
confirmation link expired; an unsubscribed address ALERTS_UNSUBSCRIBED_RETENTION_DAYS after it
left; a failed send ALERTS_FAILURE_RETENTION_DAYS after it happened."""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from . import conf
from .models import DeliveryFailure, Subscriber
from .personal_data import erase


def _days_ago(now, *settings):
    return now - timedelta(days=sum(conf.get(name) for name in settings))


def unconfirmed(now=None):
    """Visitors' subscriptions never confirmed, whose link expired more than the margin ago."""
    limit = _days_ago(
        now or timezone.now(), "ALERTS_CONFIRMATION_DAYS", "ALERTS_UNCONFIRMED_MARGIN_DAYS"
    )
    return Subscriber.objects.filter(
        user__isnull=True,
        confirmed_at__isnull=True,
        unsubscribed_at__isnull=True,
        created_at__lt=limit,
    )


def unsubscribed(now=None):
    limit = _days_ago(now or timezone.now(), "ALERTS_UNSUBSCRIBED_RETENTION_DAYS")
    return Subscriber.objects.filter(unsubscribed_at__lt=limit)


def old_failures(now=None):
    limit = _days_ago(now or timezone.now(), "ALERTS_FAILURE_RETENTION_DAYS")
    return DeliveryFailure.objects.filter(occurred_at__lt=limit)


@dataclass
class Purged:
    unconfirmed: int
    unsubscribed: int
    failures: int


def purge(*, dry_run=False, now=None):
    """Deletes what is past its retention period; returns how many of each (would be) deleted."""
    now = now or timezone.now()
    if dry_run:
        return Purged(
            unconfirmed(now).count(), unsubscribed(now).count(), old_failures(now).count()
        )
    return Purged(
        erase(unconfirmed(now)),
        erase(unsubscribed(now)),
        old_failures(now).delete()[0],  # nothing depends on a failure row
    )
