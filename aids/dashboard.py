"""The facilitator's dashboard panels for the directory: aids to check again at their source,
and aids closing soon. Shown to those who may edit aids; each reads a fixed number of queries."""

import datetime

from django.db.models import F
from wagtail.admin.ui.components import Component
from wagtail.models import Locale

from . import conf, permissions
from .models import AidPage, today

LIMIT = 10


class AidsPanel(Component):
    """A list of the default locale's aids, not expired, with its total."""

    def render_html(self, parent_context=None):
        if not permissions.can_change_aids(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def aids(self):
        return AidPage.objects.filter(locale=Locale.get_default()).not_expired()

    def get_context_data(self, parent_context):
        aids = self.selected()
        return {
            "aids": list(aids.select_related("funder")[:LIMIT]),
            "total": aids.count(),
            "days": self.days(),
        }


class AidsToCheckPanel(AidsPanel):
    """Aids not checked for AIDS_CHECK_AFTER_DAYS days (or never), the oldest check first."""

    name = "aids_to_check"
    template_name = "aids/admin/aids_to_check_panel.html"
    order = 40

    def days(self):
        return conf.get("AIDS_CHECK_AFTER_DAYS")

    def selected(self):
        return self.aids().to_check().order_by(F("last_checked").asc(nulls_first=True), "title")


class AidsClosingSoonPanel(AidsPanel):
    """Aids whose closing date is at most AIDS_CLOSING_SOON_DAYS days away, soonest first."""

    name = "aids_closing_soon"
    template_name = "aids/admin/aids_closing_soon_panel.html"
    order = 33

    def days(self):
        return conf.get("AIDS_CLOSING_SOON_DAYS")

    def selected(self):
        limit = today() + datetime.timedelta(days=self.days())
        return self.aids().filter(closes_on__lte=limit).order_by("closes_on", "title")
