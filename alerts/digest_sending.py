"""Sending one planned digest, run by the task queue. The digest is claimed first (a conditional
UPDATE queued → sending): a second task, a second worker or a second run finds nothing to claim,
so no digest ever leaves twice. A digest left "sending" (a worker that died midway) is never
retried automatically: it may have left, and resending could duplicate it; the facilitator sees
it in the list of sends. When the mail server is unavailable, the digest fails and its window
goes back to the subscriber, so that the next run covers it again: nothing is lost."""

import logging

from django.db import transaction
from django.utils import timezone

from . import digest_content, digest_emails, mailing
from .models import Digest, DigestStatus, Subscriber

logger = logging.getLogger(__name__)

CLAIMED_ELSEWHERE = "claimed elsewhere"


def claim(digest_id):
    """True when this call moved the digest from queued to sending (it is now ours)."""
    queued = Digest.objects.filter(pk=digest_id, status=DigestStatus.QUEUED)
    return queued.update(status=DigestStatus.SENDING) == 1


def finish(digest, status, items=0):
    fields = {"status": status, "items": items}
    if status == DigestStatus.SENT:
        fields["sent_at"] = timezone.now()
    Digest.objects.filter(pk=digest.pk, status=DigestStatus.SENDING).update(**fields)
    return status


def release_window(digest):
    """Gives the failed digest's window back: the subscriber's next digest starts at its
    `since`. If a later digest was planned meanwhile and still waits, it is widened instead."""
    with transaction.atomic():
        moved = Subscriber.objects.filter(
            pk=digest.subscriber_id, digest_until=digest.until
        ).update(digest_until=digest.since)
        if not moved:
            Digest.objects.filter(
                subscriber_id=digest.subscriber_id, status=DigestStatus.QUEUED, since=digest.until
            ).update(since=digest.since)


def deliver(digest_id, now=None):
    """Claims, builds (with the subscriber's access as it is now) and sends the digest; returns
    its final status, or CLAIMED_ELSEWHERE when it was not ours to send."""
    if not claim(digest_id):
        return CLAIMED_ELSEWHERE
    digest = Digest.objects.select_related("subscriber__user").get(pk=digest_id)
    subscriber = digest.subscriber
    if not subscriber.is_active:  # unsubscribed or paused since it was planned: nothing leaves
        return finish(digest, DigestStatus.EMPTY)
    try:
        content = digest_content.build(subscriber, digest.since, digest.until, now=now)
        email = digest_emails.message(digest, content) if content else None
    except Exception:  # noqa: BLE001 - a fault is logged, the window kept for the next run
        logger.exception("Alerts: digest %s could not be built", digest_id)
        release_window(digest)
        return finish(digest, DigestStatus.FAILED)
    if email is None:
        return finish(digest, DigestStatus.EMPTY)
    result = mailing.send(subscriber, email)
    if result == mailing.SENT:
        return finish(digest, DigestStatus.SENT, items=content.total)
    if result == mailing.UNAVAILABLE:
        release_window(digest)
    return finish(digest, DigestStatus.FAILED, items=content.total)
