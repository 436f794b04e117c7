"""What can happen to a request, in one place: a member asks, the contact accepts or declines,
the facilitator records the introduction or closes it. Each step is one transaction that writes
the history, and the e-mails it implies leave through the task queue once it is committed.

A step applies only from the states it is meant for (a conditional update): a second click, or
two people acting at once, change nothing the second time."""

import functools

from django.db import transaction
from django.utils import timezone

from members_area import permissions

from . import tasks
from .models import OPEN_STATUSES, EventKind, IntroductionEvent, IntroductionRequest, Status


def _later(task, *args):
    transaction.on_commit(functools.partial(task.enqueue, *args))


@transaction.atomic
def create_request(user, sheet, *, purpose, message, submission_key=None):
    """The request, addressed to the sheet's contact when they have an active member account,
    else straight to the facilitator."""
    profile = permissions.member_profile(user)
    contact = permissions.active_member_with_email(sheet.contact_email)
    request = IntroductionRequest.objects.create(
        requester=user,
        organisation=profile.organisation if profile else None,
        sheet=sheet,
        sheet_title=sheet.title[:255],
        commune=sheet.commune,
        contact=contact,
        contact_name=sheet.contact_name,
        purpose=purpose,
        message=message,
        status=Status.PENDING if contact else Status.FACILITATOR,
        submission_key=submission_key,
    )
    IntroductionEvent.objects.create(request=request, actor=user, kind=EventKind.REQUESTED)
    if contact is None:
        IntroductionEvent.objects.create(request=request, kind=EventKind.HANDED_OVER)
    _later(tasks.tell_request_made, request.pk)
    return request


def _move(request, actor, kind, *, from_statuses, note="", **changes):
    """Applies `changes` if the request is still in one of `from_statuses`; True if it was."""
    now = timezone.now()
    updated = IntroductionRequest.objects.filter(pk=request.pk, status__in=from_statuses).update(
        updated_at=now, **changes
    )
    if not updated:
        return False
    IntroductionEvent.objects.create(request=request, actor=actor, kind=kind, note=note)
    for name, value in {"updated_at": now, **changes}.items():
        setattr(request, name, value)
    return True


@transaction.atomic
def accept(request, contact, *, share_email, phone):
    """The contact agrees: the requester now sees what they chose to share, and only that."""
    done = _move(
        request,
        contact,
        EventKind.ACCEPTED,
        from_statuses=[Status.PENDING],
        status=Status.ACCEPTED,
        shared_email=contact.email if share_email else "",
        shared_phone=phone,
        introduced_at=timezone.now(),
    )
    if done:
        _later(tasks.tell_accepted, request.pk)
    return done


@transaction.atomic
def decline(request, contact, *, note=""):
    """The contact declines: the facilitator takes the request over."""
    done = _move(
        request,
        contact,
        EventKind.DECLINED,
        from_statuses=[Status.PENDING],
        status=Status.DECLINED,
        note=note,
    )
    if done:
        _later(tasks.tell_declined, request.pk)
    return done


@transaction.atomic
def record_introduction(request, facilitator, *, note):
    """The facilitator put the people in touch themselves (a figure reported to funders)."""
    done = _move(
        request,
        facilitator,
        EventKind.INTRODUCED,
        from_statuses=OPEN_STATUSES,
        status=Status.INTRODUCED,
        introduced_at=timezone.now(),
        note=note,
    )
    if done:
        _later(tasks.tell_introduced, request.pk)
    return done


@transaction.atomic
def close(request, facilitator, *, note=""):
    return _move(
        request,
        facilitator,
        EventKind.CLOSED,
        from_statuses=OPEN_STATUSES,
        status=Status.CLOSED,
        note=note,
    )
