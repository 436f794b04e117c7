"""The exchange in Wagtail: the member dashboard's links and sections, the event pages' section,
the facilitator's admin lists (Échanges: questions, reports, subjects) and dashboard panels."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from . import activity_report
from .models import Question, Report
from .moderation_admin import QuestionViewSet, ReportViewSet, ViewOnlyPermissionPolicy
from .moderation_dashboard import PendingReportsPanel, UnansweredQuestionsPanel
from .personal_data import export as personal_data_export
from .question_dashboard import dashboard_questions
from .subject_admin import SubjectsPanel, SubjectViewSet
from .subject_sections import dashboard_link, event_section

# --- The member area and the public pages ---------------------------------------------------


@hooks.register("members_area_dashboard_links")
def questions_dashboard_link(request):
    return {"url": reverse("exchange:questions"), "label": _("Questions entre élus"), "order": 10}


@hooks.register("members_area_dashboard_sections")
def questions_dashboard_section(request):
    return {
        "template": "exchange/includes/dashboard_questions.html",
        "context": dashboard_questions(request.user),
        "order": 10,
    }


hooks.register("members_area_dashboard_links", dashboard_link)
hooks.register("members_area_personal_data", personal_data_export)
hooks.register("sheets_event_page_sections", event_section)
# The questions asked and answered, in the yearly activity report (activity plugin).
hooks.register("activity_report_sections", activity_report.section)
hooks.register("activity_report_first_year", activity_report.first_year)

# --- The facilitator's admin ------------------------------------------------------------------

# Questions and reports are read in the admin; what is done to them (hide, validate, invite)
# is done on the question's page in the member area (exchange.moderation_views).
register_permission_policy(Question, ViewOnlyPermissionPolicy(Question))
register_permission_policy(Report, ViewOnlyPermissionPolicy(Report))


class ExchangeViewSetGroup(ModelViewSetGroup):
    menu_label = _("Échanges")
    menu_icon = "comment"
    menu_order = 250
    items = (
        QuestionViewSet("exchange_questions"),
        ReportViewSet("exchange_reports"),
        SubjectViewSet("exchange_subjects"),
    )


@hooks.register("register_admin_viewset")
def register_exchange_admin():
    return ExchangeViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_exchange_panels(request, panels):
    panels.extend([UnansweredQuestionsPanel(), PendingReportsPanel(), SubjectsPanel()])
