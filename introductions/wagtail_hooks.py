"""The introductions in Wagtail: the box on experience sheets, the member dashboard's link, the
data export, and the facilitator's admin list and dashboard panel."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from . import activity_report
from .admin import IntroductionViewSet, ViewOnlyPolicy
from .dashboard import IntroductionsPanel
from .models import IntroductionRequest
from .personal_data import export
from .sections import dashboard_link, sheet_section

hooks.register("sheets_experience_page_sections", sheet_section)
hooks.register("members_area_dashboard_links", dashboard_link)
hooks.register("members_area_personal_data", export)
# The introductions made, in the yearly activity report (activity plugin).
hooks.register("activity_report_sections", activity_report.section)
hooks.register("activity_report_first_year", activity_report.first_year)
# Read in the admin; acted on from the request's page in the member area.
register_permission_policy(IntroductionRequest, ViewOnlyPolicy(IntroductionRequest))


@hooks.register("register_admin_viewset")
def register_introductions_admin():
    return IntroductionViewSet("introductions_requests")


@hooks.register("construct_homepage_panels")
def add_introductions_panel(request, panels):
    panels.append(IntroductionsPanel())
