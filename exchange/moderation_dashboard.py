"""The facilitator's panels on Wagtail's dashboard: the questions left unanswered longer than
the delay set in Paramètres > Échanges entre adhérents, and the reports to handle. Shown to the
facilitation team only; each reads a fixed number of queries whatever the content."""

from datetime import timedelta

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component

from members_area import permissions

from . import moderation
from .models import Answer, ExchangeSettings, Question, Report

LIMIT = 10


class FacilitatorPanel(Component):
    def render_html(self, parent_context=None):
        if not permissions.is_staff(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)


def unanswered_questions(days):
    """Visible questions older than `days` with no visible answer, oldest first."""
    visible_answers = Answer.objects.filter(question=OuterRef("pk"), hidden_at__isnull=True)
    return (
        Question.objects.visible()
        .filter(created_at__lt=timezone.now() - timedelta(days=days))
        .exclude(Exists(visible_answers))
        .select_related("organisation")
        .order_by("created_at", "pk")
    )


class UnansweredQuestionsPanel(FacilitatorPanel):
    name = "exchange_unanswered"
    template_name = "exchange/admin/unanswered_panel.html"
    order = 25

    def get_context_data(self, parent_context):
        days = ExchangeSettings.load(
            request_or_site=parent_context["request"]
        ).unanswered_after_days
        questions = unanswered_questions(days)
        shown = list(questions[:LIMIT])
        rows = [(question, moderation.member_page_url(question)) for question in shown]
        total = questions.count()
        return {"rows": rows, "days": days, "total": total, "index_url": _questions_index()}


def _questions_index():
    return reverse("exchange_questions:index") + "?status=unanswered"


class PendingReportsPanel(FacilitatorPanel):
    name = "exchange_reports"
    template_name = "exchange/admin/reports_panel.html"
    order = 24

    def get_context_data(self, parent_context):
        reports = Report.objects.filter(outcome=Report.Outcome.PENDING).select_related(
            "question", "answer__question"
        )
        shown = list(reports.order_by("-created_at", "-pk")[:LIMIT])
        rows = [(report, moderation.member_page_url(report.post)) for report in shown]
        total = reports.count()
        return {
            "rows": rows,
            "total": total,
            "index_url": reverse("exchange_reports:index") + "?state=pending",
        }
