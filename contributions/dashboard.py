"""The facilitator's dashboard panel "Documents proposés à relire": how many documents wait for
a review, for the commune's changes, or are still drafts, and the latest sent, with their
commune. Wagtail's own "awaiting your review" panel gives its reviewers the actions; this one
is the overview (two queries whatever the number of documents)."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Exists, OuterRef, Q, Subquery
from django.db.models.functions import Cast
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from .models import ProposedDocument
from .policy import policy

PANEL_LIMIT = 5


def _states(status):
    """The workflow states of that status of the proposed document of the outer query."""
    return WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(ProposedDocument),
        object_id=Cast(OuterRef("pk"), output_field=CharField()),
        status=status,
    )


class ProposedDocumentsPanel(Component):
    name = "proposed_documents"
    template_name = "contributions/admin/documents_panel.html"
    order = 21

    def render_html(self, parent_context=None):
        if not policy.user_has_permission(parent_context["request"].user, "change"):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        in_review = Q(Exists(_states(WorkflowState.STATUS_IN_PROGRESS)))
        changes = Q(Exists(_states(WorkflowState.STATUS_NEEDS_CHANGES)))
        counts = ProposedDocument.objects.aggregate(
            in_review=Count("pk", filter=in_review),
            changes=Count("pk", filter=changes),
            drafts=Count("pk", filter=Q(live=False) & ~in_review & ~changes),
        )
        sent_at = _states(WorkflowState.STATUS_IN_PROGRESS).values(
            "current_task_state__started_at"
        )[:1]
        latest = (
            ProposedDocument.objects.filter(in_review)
            .select_related("organisation")
            .only("pk", "title", "organisation__name")
            .annotate(sent_at=Subquery(sent_at))
            .order_by("-sent_at", "-pk")[:PANEL_LIMIT]
        )
        return {**counts, "documents": list(latest)}
