"""The exchange in Wagtail: the member area's links and sections, the facilitator's admin views
and dashboard panels. Each part of the exchange adds its hooks below, under its own heading."""

# Subjects
from wagtail import hooks  # noqa: E402

from .subject_admin import SubjectsPanel, subject_viewset  # noqa: E402
from .subject_sections import dashboard_link, event_section  # noqa: E402

hooks.register("members_area_dashboard_links", dashboard_link)
hooks.register("sheets_event_page_sections", event_section)
hooks.register("register_admin_viewset", lambda: subject_viewset)


@hooks.register("construct_homepage_panels")
def add_subjects_panel(request, panels):
    panels.append(SubjectsPanel())


# Moderation
# The facilitator's lists (Échanges > Questions, Signalements) and dashboard panels; the
# actions themselves are the member area's moderation views (exchange.moderation_views).

from wagtail import hooks  # noqa: E402
from wagtail.permissions import register_permission_policy  # noqa: E402

from .models import Question, Report  # noqa: E402
from .moderation_admin import ExchangeViewSetGroup, ViewOnlyPermissionPolicy  # noqa: E402
from .moderation_dashboard import PendingReportsPanel, UnansweredQuestionsPanel  # noqa: E402

register_permission_policy(Question, ViewOnlyPermissionPolicy(Question))
register_permission_policy(Report, ViewOnlyPermissionPolicy(Report))


@hooks.register("register_admin_viewset")
def register_exchange_admin():
    return ExchangeViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_exchange_panels(request, panels):
    panels.append(UnansweredQuestionsPanel())
    panels.append(PendingReportsPanel())
