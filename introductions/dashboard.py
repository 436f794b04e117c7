"""The facilitator's panel on Wagtail's dashboard: the introductions made each year (accepted
by the contact or made by the facilitator), the figure the association reports to its funders,
and the requests waiting for the facilitator. Two queries whatever the number of requests."""

from django.db.models import Count
from django.db.models.functions import ExtractYear
from django.urls import reverse
from wagtail.admin.ui.components import Component

from members_area import permissions

from .models import IntroductionRequest, Status


def made_per_year():
    """[(year, count)] of the introductions made, by the year they were made, newest first."""
    rows = (
        IntroductionRequest.objects.made()
        .annotate(year=ExtractYear("introduced_at"))
        .values("year")
        .annotate(count=Count("pk"))
        .order_by("-year")
    )
    return [(row["year"], row["count"]) for row in rows]


class IntroductionsPanel(Component):
    name = "introductions_made"
    template_name = "introductions/admin/panel.html"
    order = 27

    def render_html(self, parent_context=None):
        if not permissions.is_staff(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        waiting = IntroductionRequest.objects.filter(
            status__in=[Status.DECLINED, Status.FACILITATOR]
        ).count()
        return {
            "per_year": made_per_year(),
            "waiting": waiting,
            "index_url": reverse("introductions_requests:index"),
        }
