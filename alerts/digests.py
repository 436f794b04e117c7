"""Planning the digests (`manage.py send_digests`, from cron): each receiving subscriber whose
frequency is due gets a Digest row for (end of their last window, now], their window moves on
in the same transaction, then the digest's sending is queued (alerts.digest_tasks). Planning
twice at once, or twice in a row, plans one digest per window: the subscriber's row is locked
(where the database can) and their window moved only if nobody moved it first."""

import calendar
import datetime

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from wagtail.models import Page

from exchange.models import Question
from members_area.models import Resource

from . import digest_content, digest_tasks
from .models import Digest, DigestStatus, Frequency, Subscriber

# A run up to this much before a weekly or monthly digest is due sends it: the hour of the
# digests then stays put, instead of moving later by the cron's period each time.
EARLY = datetime.timedelta(hours=1)
# A digest still queued after this long lost its task (a task backend down): queued again.
STALE_AFTER = datetime.timedelta(hours=1)


def window_start(subscriber):
    """Where the subscriber's next digest starts: the end of the last one, else their
    confirmation (a failed send gave its window back: alerts.digest_sending)."""
    return subscriber.digest_until or subscriber.confirmed_at


def one_month_after(moment):
    """The same day and hour of the next calendar month, in the site's time zone (the 31st
    becomes the last day of a shorter month)."""
    local = timezone.localtime(moment)
    year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
    day = min(local.day, calendar.monthrange(year, month)[1])
    return local.replace(year=year, month=month, day=day)


def next_due(subscriber):
    """When the subscriber's next digest is due, or None (never confirmed)."""
    start = window_start(subscriber)
    if start is None:
        return None
    if subscriber.frequency == Frequency.IMMEDIATE:
        return start
    if subscriber.frequency == Frequency.MONTHLY:
        return one_month_after(start) - EARLY
    return start + datetime.timedelta(days=7) - EARLY


def is_due(subscriber, now):
    """Due, with a window that is not empty (a second run in the same instant plans nothing)."""
    start, due = window_start(subscriber), next_due(subscriber)
    return due is not None and start < now and due <= now


def latest_publication(now):
    """The last time anything a digest could hold appeared (a page first published, a reserved
    document, a question), whoever may see it; None when nothing ever did. Only to skip the
    subscribers for whom nothing at all appeared since their window start: no empty digest
    row at every run. What each may see is decided when their digest is sent."""
    moments = [
        Page.objects.filter(first_published_at__lte=now).aggregate(m=Max("first_published_at")),
        Resource.objects.filter(created_at__lte=now).aggregate(m=Max("created_at")),
        Question.objects.filter(created_at__lte=now).aggregate(m=Max("created_at")),
    ]
    return max((moment["m"] for moment in moments if moment["m"]), default=None)


def due_subscribers(now):
    """The receiving subscribers whose digest is due and for whom something appeared since
    their window start (their window then stays open until something does)."""
    latest = latest_publication(now)
    if latest is None:
        return []
    return [
        subscriber
        for subscriber in Subscriber.objects.receiving().order_by("pk")
        if is_due(subscriber, now) and latest > window_start(subscriber)
    ]


def plan(subscriber, now):
    """Creates the subscriber's digest for (window start, now] and moves their window to `now`,
    in one transaction; None when another run planned it first or it is no longer due."""
    try:
        with transaction.atomic():
            locked = (
                Subscriber.objects.receiving().select_for_update().filter(pk=subscriber.pk).first()
            )
            if locked is None or not is_due(locked, now):
                return None
            moved = Subscriber.objects.filter(
                pk=locked.pk, digest_until=locked.digest_until
            ).update(digest_until=now)
            if not moved:
                return None
            return Digest.objects.create(subscriber=locked, since=window_start(locked), until=now)
    except IntegrityError:  # the same window planned at the same instant by another run
        return None


def requeue_stale(now):
    """Queues again the digests whose task was lost (still queued after STALE_AFTER): the
    task claims before sending, so a digest queued twice still leaves once."""
    stale = Digest.objects.filter(status=DigestStatus.QUEUED, created_at__lt=now - STALE_AFTER)
    pks = list(stale.values_list("pk", flat=True))
    for pk in pks:
        digest_tasks.queue(pk)
    return pks


def send_due(now=None):
    """Plans and queues every due digest; returns the ids of the digests queued by this run
    (new ones, then those queued again)."""
    now = now or timezone.now()
    queued = requeue_stale(now)
    for subscriber in due_subscribers(now):
        digest = plan(subscriber, now)
        if digest is not None:
            digest_tasks.queue(digest.pk)
            queued.append(digest.pk)
    return queued


def preview(now=None):
    """What a run would send now, without creating or sending anything: [(subscriber,
    content)] for each due subscriber (content as they may see it today)."""
    now = now or timezone.now()
    return [
        (subscriber, digest_content.build(subscriber, window_start(subscriber), now, now=now))
        for subscriber in due_subscribers(now)
    ]
