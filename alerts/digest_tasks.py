"""The task that sends one digest (the database backend and `manage.py db_worker` in production,
at once in development and tests). It takes the digest's id and claims it before anything else
(alerts.digest_sending), so a task run twice sends once."""

import logging

from django_tasks import task

from . import digest_sending

logger = logging.getLogger(__name__)


@task()
def send_digest(digest_id):
    return digest_sending.deliver(digest_id)


def queue(digest_id):
    """Queues the digest's sending; a task backend down is logged, never raised: the digest
    stays queued and the next `send_digests` queues it again. True when queued."""
    try:
        send_digest.enqueue(digest_id)
    except Exception:  # noqa: BLE001 - the plan is saved; the next run queues it again
        logger.exception("Alerts: digest %s was not queued", digest_id)
        return False
    return True
