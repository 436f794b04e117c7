"""Telling a subject's supporters what became of it: answered, merged into another subject, or
turned into an event. Run by the task queue; each task takes ids and reads the rows afresh, so
that a subject hidden or a membership lapsed since is respected when the e-mail leaves."""

from django.contrib.auth import get_user_model
from django_tasks import task

from members_area import permissions
from members_area.emails import absolute_url

from .models import Subject
from .notifications import send_notice


def _recipients(user_ids, *, exclude_id=None):
    """The active members among these accounts, with an address, except the one acting."""
    users = (
        get_user_model()
        .objects.filter(pk__in=user_ids, is_active=True)
        .exclude(email="")
        .exclude(pk=exclude_id)
        .order_by("pk")
    )
    return [user for user in users if permissions.is_active_member(user)]


def _supporters(subject, exclude_id):
    ids = subject.supports.filter(user__isnull=False).values_list("user_id", flat=True)
    return _recipients(list(ids), exclude_id=exclude_id)


def _subject(subject_id):
    return (
        Subject.objects.filter(pk=subject_id, hidden_at__isnull=True)
        .select_related("event", "merged_into")
        .first()
    )


@task()
def tell_subject_answered(subject_id, by_id=None):
    subject = _subject(subject_id)
    if subject is None or not subject.facilitator_answer:
        return 0
    context = {"subject": subject, "subject_url": absolute_url(subject.get_absolute_url())}
    return send_notice("subject_answered", _supporters(subject, by_id), context)


@task()
def tell_subject_merged(subject_id, supporter_ids, by_id=None):
    """`supporter_ids`: who supported the merged subject before its supports moved."""
    subject = _subject(subject_id)
    if subject is None or subject.merged_into is None:
        return 0
    target = subject.merged_into
    context = {
        "subject": subject,
        "target": target,
        "target_url": absolute_url(target.get_absolute_url()),
    }
    return send_notice("subject_merged", _recipients(supporter_ids, exclude_id=by_id), context)


@task()
def tell_subject_planned(subject_id, by_id=None):
    subject = _subject(subject_id)
    if subject is None or subject.event is None:
        return 0
    event = subject.event
    context = {
        "subject": subject,
        "event": event,
        "subject_url": absolute_url(subject.get_absolute_url()),
        # A draft has no public address yet: the subject's page shows it once published.
        "event_url": event.full_url if event.live else "",
    }
    return send_notice("subject_planned", _supporters(subject, by_id), context)
