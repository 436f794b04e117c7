"""Listens to Wagtail's signals for the proposed documents: the workflow's steps tell the
organisation's contributors (document_tasks); publication, whether the workflow's approval or
the facilitator's "Publish", makes the reserved resource (publication) and then tells them."""

import functools

from django.db import transaction
from wagtail.signals import published, task_submitted, workflow_rejected, workflow_submitted

from . import document_tasks, publication
from .models import ProposedDocument
from .workflow import changes_comment, sent_back


def _document(state):
    document = state.content_object
    return document if isinstance(document, ProposedDocument) else None


def _later(task, *args):
    transaction.on_commit(functools.partial(task.enqueue, *args))


def _submitted(sender, instance, user=None, **kwargs):
    document = _document(instance)
    if document is not None:
        _later(document_tasks.tell_document_submitted, document.pk)


def _sent_back(sender, instance, user=None, **kwargs):
    """A task started again after changes: the first start is told by `_submitted`."""
    if sent_back(instance):
        _submitted(sender, instance.workflow_state, user)


def _rejected(sender, instance, user=None, **kwargs):
    document = _document(instance)
    if document is not None:
        _later(
            document_tasks.tell_document_changes_requested, document.pk, changes_comment(document)
        )


def _published(sender, instance, revision=None, **kwargs):
    if instance.resource_id is not None:
        return
    if publication.make_resource(instance) is not None:
        _later(document_tasks.tell_document_published, instance.pk)


def connect():
    workflow_submitted.connect(_submitted, dispatch_uid="contributions_document_submitted")
    task_submitted.connect(_sent_back, dispatch_uid="contributions_document_sent_back")
    workflow_rejected.connect(_rejected, dispatch_uid="contributions_document_rejected")
    published.connect(
        _published, sender=ProposedDocument, dispatch_uid="contributions_document_published"
    )
