"""The facilitator's panel of the e-mails not delivered in the last days (alerts' digests and
confirmations, the network's letter: every send goes through alerts.mailing, which records each
failure), the last first, each linked to its subscriber, with the list of failures and the
paused addresses. Hidden when none failed, as Wagtail's own empty panels; two queries."""

from datetime import timedelta

from django.utils import timezone
from wagtail.admin.ui.components import Component

from core import conf as core_conf

from . import states
from .admin_access import FAILURES, SUBSCRIBERS, can, url
from .dashboard import subscribers_url
from .models import DeliveryFailure, Subscriber

LIMIT = 5


def recent_failures(days):
    since = timezone.now() - timedelta(days=days)
    return DeliveryFailure.objects.filter(occurred_at__gte=since)


class FailedEmailsPanel(Component):
    name = "alerts_failures"
    template_name = "alerts/admin/failures_panel.html"
    order = 11

    def render_html(self, parent_context=None):
        if not can(parent_context["request"].user, "view", DeliveryFailure):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        days = core_conf.get("DASHBOARD_FAILURES_DAYS")
        failures = recent_failures(days)
        shown = list(failures.order_by("-occurred_at", "-pk")[:LIMIT])
        can_read_subscribers = can(user, "view", Subscriber)
        rows = [
            (
                failure,
                url(SUBSCRIBERS, "inspect", failure.subscriber_id)
                if failure.subscriber_id and can_read_subscribers
                else None,
            )
            for failure in shown
        ]
        return {
            "rows": rows,
            "total": failures.count() if rows else 0,
            "days": days,
            "failures_url": url(FAILURES, "index"),
            "paused_url": subscribers_url(states.PAUSED) if can_read_subscribers else None,
        }
