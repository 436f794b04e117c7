"""The facilitator's panel on Wagtail's dashboard, "Abonnés aux alertes": confirmed subscribers
per theme, the totals awaiting confirmation and paused, and the last days' digests, each linked
to the filtered list. Shown to those who may read the subscribers; a fixed number of queries
(alerts.figures)."""

from django.utils.http import urlencode
from wagtail.admin.ui.components import Component

from . import figures, states
from .admin_access import DIGESTS, FAILURES, SUBSCRIBERS, can, url
from .models import DeliveryFailure, Digest, DigestStatus


def _list(namespace, **params):
    query = urlencode({key: value for key, value in params.items() if value is not None})
    return f"{url(namespace, 'index')}?{query}" if query else url(namespace, "index")


def subscribers_url(state=None, theme=None):
    return _list(SUBSCRIBERS, state=state, theme=theme)


def digests_url(day, status=None):
    return _list(DIGESTS, day=day.isoformat(), status=status)


class AlertsPanel(Component):
    name = "alerts_subscribers"
    template_name = "alerts/admin/panel.html"
    order = 50

    def render_html(self, parent_context=None):
        if not can(parent_context["request"].user, "view"):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        totals = figures.totals()
        themes = [
            {
                "name": theme.name,
                "count": theme.subscribers,
                "url": subscribers_url(states.CONFIRMED, theme.pk),
            }
            for theme in figures.themes_followed()
        ]
        days = [
            {
                **day,
                "url": digests_url(day["day"]),
                "failed_url": digests_url(day["day"], DigestStatus.FAILED),
            }
            for day in (figures.last_sends() if can(user, "view", Digest) else [])
        ]
        return {
            "themes": themes,
            "totals": totals,
            "days": days,
            "confirmed_url": subscribers_url(states.CONFIRMED),
            "awaiting_url": subscribers_url(states.AWAITING),
            "paused_url": subscribers_url(states.PAUSED),
            "digests_url": url(DIGESTS, "index") if can(user, "view", Digest) else None,
            "failures_url": url(FAILURES, "index") if can(user, "view", DeliveryFailure) else None,
        }
