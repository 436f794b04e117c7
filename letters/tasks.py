"""Sending the letter, one task per delivery (django-tasks: the database backend and
`manage.py db_worker` in production, at once in development and tests). A task first claims its
delivery (queued → sending, a conditional UPDATE): a delivery queued twice, or picked by two
workers, is sent by one of them only; one left "sending" by a worker that died is never sent
again (at most once). It is sent through alerts.mailing, which adds the unsubscribe headers and
records a failure."""

import logging

from django.utils import timezone
from django_tasks import task

from alerts import mailing
from alerts.models import Subscriber

from . import emails
from .models import DeliveryStatus, LetterDelivery

logger = logging.getLogger(__name__)


def claim(delivery_id):
    """True when this task took the delivery (it was queued and is now "sending")."""
    return bool(
        LetterDelivery.objects.filter(pk=delivery_id, status=DeliveryStatus.QUEUED).update(
            status=DeliveryStatus.SENDING
        )
    )


def _finish(delivery, status):
    delivery.status = status
    delivery.sent_at = timezone.now() if status == DeliveryStatus.SENT else None
    delivery.save(update_fields=["status", "sent_at"])
    return status


@task()
def deliver(delivery_id):
    """Sends one delivery, if it is still queued and its subscriber still reads the letter
    (they may have left since the send was pressed); returns its new status."""
    if not claim(delivery_id):
        return None
    delivery = LetterDelivery.objects.select_related("letter__locale", "subscriber").get(
        pk=delivery_id
    )
    subscriber = delivery.subscriber
    if not Subscriber.objects.letter_readers().filter(pk=subscriber.pk).exists():
        return _finish(delivery, DeliveryStatus.SKIPPED)
    email = emails.message(delivery.letter, subscriber)
    result = mailing.send(subscriber, email)
    return _finish(
        delivery, DeliveryStatus.SENT if result == mailing.SENT else DeliveryStatus.FAILED
    )


def queue(delivery_ids):
    """Queues the deliveries. A task backend down is logged, never raised: the deliveries stay
    queued, and `manage.py send_queued_letters` queues them again."""
    for delivery_id in delivery_ids:
        try:
            deliver.enqueue(delivery_id)
        except Exception:  # noqa: BLE001 - a task backend down must not undo the send
            logger.exception("Letters: delivery %s was not queued; the rest wait too", delivery_id)
            return
