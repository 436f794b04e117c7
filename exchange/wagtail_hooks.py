"""The exchange in Wagtail: the member area's links and sections, the facilitator's admin views
and dashboard panels. Each part of the exchange adds its hooks below, under its own heading."""

# Questions
from django.urls import reverse  # noqa: E402
from django.utils.translation import gettext as _  # noqa: E402
from wagtail import hooks  # noqa: E402

from .question_dashboard import dashboard_questions  # noqa: E402


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
