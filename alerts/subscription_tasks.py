"""The subscription e-mails, sent by the task queue (the database backend and `manage.py
db_worker` in production, at once in development and tests). The task reads the subscriber
afresh by id; queueing never fails the visitor's request."""

import hashlib
import logging

from django.core.cache import cache
from django.db import transaction
from django_tasks import task

from . import subscription_emails
from .models import Subscriber

logger = logging.getLogger(__name__)

# One e-mail per address in this many seconds from the form: a double click, or a script
# typing someone else's address again and again, sends one.
QUIET_SECONDS = 10 * 60


@task()
def send_subscription_email(name, subscriber_id):
    """Sends the e-mail `name` (subscription_emails.CONFIRMATION or MANAGE_LINK)."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return None
    return subscription_emails.send(name, subscriber)


def _first_in_a_while(email):
    """True the first time in QUIET_SECONDS for this address (kept hashed in the cache). A
    cache that is unreachable remembers nothing: the e-mail leaves."""
    key = "alerts:mailed:" + hashlib.sha256(email.lower().encode()).hexdigest()
    return bool(cache.add(key, 1, QUIET_SECONDS)) or cache.get(key) is None


def queue(name, subscriber_id):
    """Queues the e-mail. A task backend down is logged, never raised: the subscription is
    saved, and asking again a little later sends the e-mail."""
    try:
        send_subscription_email.enqueue(name, subscriber_id)
    except Exception:  # noqa: BLE001 - a task backend down must not fail the visitor's request
        logger.exception(
            "Alerts: the %s e-mail of subscriber %s was not queued", name, subscriber_id
        )


def queue_once(name, subscriber):
    """Queues the e-mail once the subscription is saved, unless this address was sent one a
    moment ago."""
    if _first_in_a_while(subscriber.email):
        pk = subscriber.pk
        transaction.on_commit(lambda: queue(name, pk))
