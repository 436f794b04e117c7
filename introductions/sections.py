"""What the introductions add to other plugins' pages: the box "Être mis en relation avec …" on
an experience sheet (active members only; nothing for visitors, so the public page stays the
same for every one of them) and the member dashboard's link."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from directory.consents import shown_details
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
    shown = {}
    is_contact = is_sheet_contact(user, sheet)
    if not is_contact:
        latest = (
            IntroductionRequest.objects.filter(requester_id=user.pk, sheet_id=sheet.pk)
            .order_by("-created_at", "-pk")
            .first()
        )
        shown = contact_shows(sheet, user)
    return {
        "template": "introductions/sheet_section.html",
        "context": {
            "sheet": sheet,
            "latest": latest,
            "is_contact": is_contact,
            "shown_email": shown.get("email", ""),
            "shown_phone": shown.get("phone", ""),
            "ask_url": reverse("introductions:ask", args=[sheet.pk]),
        },
        "order": 10,
    }


def contact_shows(sheet, viewer) -> dict:
    """What the sheet's contact chose, in the directory, to show every member (their e-mail,
    their phone), when they have an account: the one way a member sees them without asking."""
    if not sheet.contact_email:
        return {}
    contact = permissions.active_member_with_email(sheet.contact_email)
    return shown_details(contact, viewer) if contact is not None else {}


def dashboard_link(request):
    return {"url": reverse("introductions:mine"), "label": _("Mes mises en relation"), "order": 30}
