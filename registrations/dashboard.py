"""The facilitator's panel on Wagtail's dashboard: the upcoming events that take
registrations, with their places taken and waiting list, each linked to its registrations.
One query whatever the number of events (registrations.figures)."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from . import figures
from .admin_access import can, url
from .admin_display import event_label
from .figures_view import NAMESPACE as FIGURES


class UpcomingPlacesPanel(Component):
    name = "registrations_upcoming"
    template_name = "registrations/admin/panel.html"
    order = 30

    def render_html(self, parent_context=None):
        if not can(parent_context["request"].user, "view"):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        events = [
            {
                "label": event_label(event),
                "url": url("event", event.pk),
                "confirmed": event.confirmed,
                "capacity": event.capacity,
                "waiting": event.waiting,
                "full": event.capacity is not None and event.confirmed >= event.capacity,
            }
            for event in figures.upcoming_places()
        ]
        return {"events": events, "figures_url": reverse(f"{FIGURES}:index")}
