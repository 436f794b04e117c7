"""The facilitator's dashboard panels for the member area: memberships ending soon and the
latest downloads. Shown to those who manage them; each reads a fixed number of queries."""

from datetime import timedelta

from django.utils import timezone
from wagtail.admin.ui.components import Component

from . import conf
from .models import DownloadLog, MemberOrganisation

DOWNLOADS_LIMIT = 10


class MembershipsEndingPanel(Component):
    """Organisations whose membership ends within sixty days (its members lose their access
    then, without anything else to do), soonest first."""

    name = "memberships_ending"
    template_name = "members_area/admin/memberships_ending_panel.html"
    order = 32

    def render_html(self, parent_context=None):
        user = parent_context["request"].user
        if not user.has_perm("members_area.change_memberorganisation"):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        # The same period as the warning its members see on their dashboard.
        days = conf.get("MEMBERS_RENEWAL_WARNING_DAYS")
        today = timezone.localdate()
        ending = MemberOrganisation.objects.filter(
            active_until__gte=today, active_until__lte=today + timedelta(days=days)
        ).order_by("active_until", "name")
        return {"organisations": list(ending), "days": days}


class RecentDownloadsPanel(Component):
    """The last downloads of reserved resources, with a link to the whole log."""

    name = "recent_downloads"
    template_name = "members_area/admin/recent_downloads_panel.html"
    order = 52

    def render_html(self, parent_context=None):
        user = parent_context["request"].user
        if not user.has_perm("members_area.change_resource"):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        downloads = DownloadLog.objects.select_related(
            "resource", "user", "user__member_profile__organisation"
        ).order_by("-downloaded_at", "-pk")[:DOWNLOADS_LIMIT]
        return {"downloads": list(downloads)}
