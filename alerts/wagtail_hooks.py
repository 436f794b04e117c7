"""The alerts in Wagtail: the member dashboard's and profile page's link to "Mes alertes par
e-mail", the member's data export, and the facilitator's admin (menu "Alertes": subscribers,
digests, failed sends) and dashboard panels (the e-mails not delivered, the subscribers)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.permissions import register_permission_policy

from . import personal_data, sections
from .admin import DeliveryFailureViewSet, DigestViewSet, SubscriberViewSet
from .admin_access import POLICIES
from .admin_views import UNPAUSE_ACTION
from .dashboard import AlertsPanel
from .failures_dashboard import FailedEmailsPanel

hooks.register("members_area_dashboard_links", sections.dashboard_link)
hooks.register("members_area_profile_links", sections.profile_link)
# What the alerts hold about a person joins the member's data export.
hooks.register("members_area_personal_data", personal_data.export)

# --- The facilitator's admin ------------------------------------------------------------------

for model, policy in POLICIES.items():
    register_permission_policy(model, policy)


class AlertsViewSetGroup(ViewSetGroup):
    menu_label = _("Alertes")
    menu_icon = "mail"
    menu_order = 265
    items = (SubscriberViewSet, DigestViewSet, DeliveryFailureViewSet)


@hooks.register("register_admin_viewset")
def register_alerts_admin():
    return AlertsViewSetGroup()


@hooks.register("register_log_actions")
def register_alerts_log_actions(actions):
    actions.register_action(UNPAUSE_ACTION, _("Envois repris"), _("Envois repris après suspension"))


@hooks.register("construct_homepage_panels")
def add_alerts_panels(request, panels):
    panels.extend([FailedEmailsPanel(), AlertsPanel()])
