"""Listens to Wagtail's workflow signals for the sheets communes contribute: tells the commune at
each step (contributions.tasks: sent, changes asked, sent back, published) and, on publication, records that the sheet was reviewed with
the commune that day (review_record). A page whose workflow no contributor started is left
alone: the facilitator's own sheets go through the same workflow without these e-mails."""

import functools

from django.db import transaction
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from members_area import permissions
from sheets.models import ExperienceSheetPage, TechnicalSheetPage

from . import review_record, tasks
from .workflow import changes_comment, sent_back


def _contribution(state):
    """The sheet of a workflow state a contributor who may work on it started, or None."""
    page = state.content_object
    page = getattr(page, "specific", page)
    if not isinstance(page, (ExperienceSheetPage, TechnicalSheetPage)):
        return None
    if not permissions.may_contribute_to(state.requested_by, page):
        return None
    return page


def _later(task, *args):
    transaction.on_commit(functools.partial(task.enqueue, *args))


def _submitted(sender, instance, user=None, **kwargs):
    page = _contribution(instance)
    if page is not None:
        _later(tasks.tell_submitted, page.pk)


def _sent_back(sender, instance, user=None, **kwargs):
    """A task started again after changes: the first start is told by `_submitted`."""
    if sent_back(instance):
        _submitted(sender, instance.workflow_state, user)


def _rejected(sender, instance, user=None, **kwargs):
    page = _contribution(instance)
    if page is not None:
        _later(tasks.tell_changes_requested, page.pk, changes_comment(page))


def _approved(sender, instance, user=None, **kwargs):
    page = _contribution(instance)
    if page is not None:
        review_record.record(page)
        _later(tasks.tell_published, page.pk)


def connect():
    workflow_submitted.connect(_submitted, dispatch_uid="contributions_submitted")
    task_submitted.connect(_sent_back, dispatch_uid="contributions_sent_back")
    workflow_rejected.connect(_rejected, dispatch_uid="contributions_rejected")
    workflow_approved.connect(_approved, dispatch_uid="contributions_approved")
