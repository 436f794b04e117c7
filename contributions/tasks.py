"""The e-mails of a contribution's steps, sent by the task queue to the contributors who may work
on the sheet (each in their language): sent (or sent back) to the facilitator, changes asked
(with what the facilitator wrote), published. The facilitator hears of submissions from Wagtail
itself."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django_tasks import task
from wagtail.models import Page

from members_area import notices, permissions
from members_area.emails import absolute_url
from sheets.models import ExperienceSheetPage, TechnicalSheetPage


def contributors_of(page):
    """The active contributors who may work on `page`, with an address: those of the sheet's
    commune, or of its author's organisation (a technical sheet has no commune)."""
    commune_id = getattr(page, "commune_id", None)
    same_place = (
        Q(member_profile__organisation__commune_id=commune_id)
        if commune_id is not None
        else Q(member_profile__organisation__members__user_id=page.owner_id)
    )
    candidates = (
        get_user_model()
        .objects.filter(same_place, is_active=True, member_profile__contributor=True)
        .exclude(email="")
        .distinct()
    )
    return [user for user in candidates if permissions.may_contribute_to(user, page)]


def _send(template, page_id, **extra):
    page = Page.objects.type(ExperienceSheetPage, TechnicalSheetPage).filter(pk=page_id).first()
    if page is None:
        return 0
    page = page.specific
    context = {
        "page": page,
        "detail_url": absolute_url(reverse("contributions:detail", args=[page.pk])),
        **extra,
    }
    if page.live:
        context["public_url"] = page.get_full_url()
    return notices.send_to_users(f"contributions/emails/{template}", contributors_of(page), context)


@task()
def tell_submitted(page_id):
    return _send("submitted", page_id)


@task()
def tell_changes_requested(page_id, comment):
    return _send("changes_requested", page_id, comment=comment)


@task()
def tell_published(page_id):
    return _send("published", page_id)
