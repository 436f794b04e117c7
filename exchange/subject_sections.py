"""What the subjects add to other plugins' pages, through their hooks: the member dashboard's
link, and on a public event's page, for active members only, the subject it was organised for.
Anonymous visitors and non-members get nothing (not even an empty block), so the anonymous page
stays the same for everyone and the front cache may keep it."""

from django.urls import reverse
from django.utils.translation import gettext as _

from members_area import permissions

from .models import Subject

EVENT_SECTION_ORDER = 50


def dashboard_link(request):
    return {"url": reverse("exchange:subjects"), "label": _("Sujets à travailler"), "order": 30}


def event_section(request, event):
    """The subjects this event was organised for (any translation of the event)."""
    if not permissions.is_active_member(getattr(request, "user", None)):
        return None
    subjects = list(
        Subject.objects.visible()
        .filter(event__translation_key=event.translation_key)
        .with_support_counts()
        .order_by("-commune_count", "-created_at", "-pk")
    )
    if not subjects:
        return None
    return {
        "template": "exchange/subject_event_section.html",
        "context": {"subjects": subjects},
        "order": EVENT_SECTION_ORDER,
    }
