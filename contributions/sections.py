"""What the contributions add to other plugins' pages: the member dashboard's links for
contributors (an experience, a document), and "Proposer une correction" on a published sheet
of the contributor's commune."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from members_area import permissions


def dashboard_link(request):
    if permissions.contributing_organisation(request.user) is None:
        return None
    return {
        "url": reverse("contributions:index"),
        "label": _("Partager une expérience de ma commune"),
        "order": 25,
    }


def document_dashboard_link(request):
    if permissions.contributing_organisation(request.user) is None:
        return None
    return {
        "url": reverse("contributions:document_new"),
        "label": _("Proposer un document de ma collectivité"),
        "order": 26,
    }


def sheet_section(request, sheet):
    """The correction box, for the contributors of the sheet's commune only (signed in: the
    page they get is never stored by the front cache)."""
    if not permissions.may_contribute_to(request.user, sheet):
        return None
    return {
        "template": "contributions/sheet_section.html",
        "context": {"correct_url": reverse("contributions:edit", args=[sheet.pk])},
        "order": 90,
    }
