"""The registrations in Wagtail: the event pages' section, the member dashboard's "Mes
inscriptions", the member's data export, and the facilitator's admin."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.widgets import Button
from wagtail.permissions import register_permission_policy

from sheets.models import EventPage

from . import activity_report, personal_data
from .admin import RegistrationViewSet
from .admin_access import POLICY, can, url
from .dashboard import UpcomingPlacesPanel
from .figures_view import FiguresViewSet
from .models import Registration
from .sections import dashboard_section, event_section

hooks.register("sheets_event_page_sections", event_section)
hooks.register("members_area_dashboard_sections", dashboard_section)
# What the registrations hold about a person joins the member's data export.
hooks.register("members_area_personal_data", personal_data.export)
# The meetings held and who came, in the yearly activity report (activity plugin).
hooks.register("activity_report_sections", activity_report.section)

# --- The facilitator's admin ------------------------------------------------------------------
# The list of registrations, the sign-in sheets, attendance and the figures (menu
# "Inscriptions"), the dashboard's panel, and the links from an event's page in the page tree.

register_permission_policy(Registration, POLICY)


class RegistrationsViewSetGroup(ViewSetGroup):
    menu_label = _("Inscriptions")
    menu_icon = "clipboard-list"
    menu_order = 255
    items = (RegistrationViewSet, FiguresViewSet)


@hooks.register("register_admin_viewset")
def register_registrations_admin():
    return RegistrationsViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_registrations_panel(request, panels):
    panels.append(UpcomingPlacesPanel())


def _event_buttons(page, user):
    """An event's registrations and sign-in sheet, for those who may read them (no query: the
    page's type comes from Django's content type cache)."""
    if not issubclass(page.specific_class or type(page), EventPage) or not can(user, "view"):
        return
    yield Button(_("Inscriptions"), url("event", page.pk), icon_name="clipboard-list", priority=70)
    yield Button(
        _("Feuille d'émargement"), url("sign_in_sheet", page.pk), icon_name="doc-full", priority=71
    )


@hooks.register("register_page_listing_more_buttons")
def event_listing_buttons(page, user, next_url=None):
    yield from _event_buttons(page, user)


@hooks.register("register_page_header_buttons")
def event_header_buttons(page, user, view_name, next_url=None):
    yield from _event_buttons(page, user)
