"""What the plugin adds to the dashboards: the applications waiting for a decision (the
facilitator's Wagtail dashboard) and, in the member area, the link to renew shown in the
last days of an organisation's membership."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from members_area import permissions
from members_area.conf import get as members_setting

from .applications import ApplicationStatus, MembershipApplication

PANEL_LIMIT = 5


class PendingApplicationsPanel(Component):
    """How many applications wait for a decision, and the oldest five (two queries)."""

    name = "membership_applications"
    template_name = "membership/admin/pending_panel.html"
    order = 23

    def render_html(self, parent_context=None):
        if not permissions.can_review_applications(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        pending = MembershipApplication.objects.filter(status=ApplicationStatus.PENDING)
        return {
            "count": pending.count(),
            "applications": list(
                pending.select_related("commune").order_by("submitted_at")[:PANEL_LIMIT]
            ),
        }


def renewal_link(request):
    """The dashboard's "Renouveler l'adhésion en ligne", beside the member area's own warning,
    for a member whose organisation's membership ends within the warning period: renewing is
    applying again (no query: the link resolves the join page only when followed)."""
    profile = permissions.member_profile(request.user)
    end = profile.organisation.active_until if profile else None
    if end is None:
        return None
    today = timezone.localdate()
    if not today <= end <= today + timedelta(days=members_setting("MEMBERS_RENEWAL_WARNING_DAYS")):
        return None
    return {
        "url": reverse("membership:join_form"),
        "label": _("Renouveler l'adhésion en ligne"),
        "order": 1,
    }
