"""The e-mails of a proposed document's steps, sent by the task queue to the contributors of its
organisation (each in their language): sent to the facilitator, changes asked (with what the
facilitator wrote), published among the resources (with its address in the member area)."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from django_tasks import task

from members_area import notices, permissions
from members_area.emails import absolute_url

from .models import ProposedDocument


def contributors_of(document):
    """The active contributors of the document's organisation, with an address, while its
    membership is current."""
    return list(
        get_user_model()
        .objects.filter(
            is_active=True,
            member_profile__contributor=True,
            member_profile__organisation_id=document.organisation_id,
        )
        .filter(permissions.active_membership_filter("member_profile__organisation__"))
        .exclude(email="")
        .order_by("pk")
    )


def _send(template, document_id, **extra):
    documents = ProposedDocument.objects.select_related("organisation", "resource")
    document = documents.filter(pk=document_id).first()
    if document is None:
        return 0
    context = {
        "document": document,
        "title": document.get_latest_revision_as_object().title,
        "detail_url": absolute_url(reverse("contributions:document_detail", args=[document.pk])),
        **extra,
    }
    if document.resource is not None:
        context["resource_url"] = absolute_url(document.resource.get_absolute_url())
    return notices.send_to_users(
        f"contributions/emails/{template}", contributors_of(document), context
    )


@task()
def tell_document_submitted(document_id):
    return _send("document_submitted", document_id)


@task()
def tell_document_changes_requested(document_id, comment):
    return _send("document_changes_requested", document_id, comment=comment)


@task()
def tell_document_published(document_id):
    return _send("document_published", document_id)
