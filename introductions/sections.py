"""What the introductions add to other plugins' pages: the box "Être mis en relation avec …" on
an experience sheet (active members only; nothing for visitors, so the public page stays the
same for every one of them) and the member dashboard's link."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from members_area import permissions

from .models import IntroductionRequest
from .views import is_sheet_contact


def sheet_section(request, sheet):
    """The box, with the member's latest request about this sheet (one query); None for
    visitors, non-members and the facilitation team (who follow requests in the admin)."""
    user = request.user
    if not permissions.is_active_member(user) or permissions.is_staff(user):
        return None
    if permissions.member_profile(user) is None:
        return None
    latest = None
    is_contact = is_sheet_contact(user, sheet)
    if not is_contact:
        latest = (
            IntroductionRequest.objects.filter(requester_id=user.pk, sheet_id=sheet.pk)
            .order_by("-created_at", "-pk")
            .first()
        )
    return {
        "template": "introductions/sheet_section.html",
        "context": {
            "sheet": sheet,
            "latest": latest,
            "is_contact": is_contact,
            "ask_url": reverse("introductions:ask", args=[sheet.pk]),
        },
        "order": 10,
    }


def dashboard_link(request):
    return {"url": reverse("introductions:mine"), "label": _("Mes mises en relation"), "order": 30}
