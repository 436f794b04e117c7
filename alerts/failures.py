"""Failed sends: each is recorded; an address refused or bounced ALERTS_FAILURES_BEFORE_PAUSE
times in a row is paused (no more e-mails until it is corrected). A mail server that is down is
recorded too but counts against no address. A send that succeeds clears the count."""

from django.db.models import F
from django.utils import timezone

from . import conf
from .models import DeliveryFailure, FailureKind, Subscriber

COUNTS_AGAINST_ADDRESS = {FailureKind.REFUSED, FailureKind.BOUNCE}


def record(email, kind, detail="", subscriber=None):
    """Records a failure for `email` (and its subscriber, found by address when not given);
    pauses the subscriber at the threshold. Returns the subscriber, or None."""
    if subscriber is None:
        subscriber = Subscriber.objects.filter(email__iexact=email).first()
    DeliveryFailure.objects.create(
        subscriber=subscriber, email=email, kind=kind, detail=str(detail)[:500]
    )
    if subscriber is None or kind not in COUNTS_AGAINST_ADDRESS:
        return subscriber
    Subscriber.objects.filter(pk=subscriber.pk).update(failures=F("failures") + 1)
    subscriber.refresh_from_db(fields=["failures", "paused_at"])
    if subscriber.paused_at is None and subscriber.failures >= conf.get(
        "ALERTS_FAILURES_BEFORE_PAUSE"
    ):
        subscriber.paused_at = timezone.now()
        subscriber.save(update_fields=["paused_at"])
    return subscriber


def succeeded(subscriber):
    """A send reached the address: the count of failures in a row starts again."""
    if subscriber.failures:
        Subscriber.objects.filter(pk=subscriber.pk).update(failures=0)
        subscriber.failures = 0


def resume(subscriber):
    """The facilitator resumes a paused address (corrected, or the mailbox works again): it
    receives the next sends, and its count of failures starts again. Returns False when it was
    not paused (a second click changes nothing)."""
    resumed = Subscriber.objects.filter(pk=subscriber.pk, paused_at__isnull=False).update(
        paused_at=None, failures=0
    )
    subscriber.paused_at, subscriber.failures = None, 0
    return bool(resumed)
