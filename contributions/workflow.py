"""A contribution's way through Wagtail's moderation workflow, as the guided forms see it: where
it stands, submitting it (or sending it back after the changes asked for), and what the
facilitator wrote when asking for changes. The same for an experience sheet (a page) and for a
proposed document (a snippet): both have Wagtail's `current_workflow_state` and
`get_workflow()`."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import TaskState, WorkflowState


class Stage:
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    PUBLISHED = "published"


LABELS = {
    Stage.DRAFT: _("Brouillon"),
    Stage.IN_REVIEW: _("En relecture par l'équipe d'animation"),
    Stage.CHANGES_REQUESTED: _("Modifications demandées"),
    Stage.PUBLISHED: _("Publiée"),
}
# A document is masculine in French, and once published it is among the resources.
DOCUMENT_LABELS = {
    **LABELS,
    Stage.PUBLISHED: _("Publié dans les ressources"),
}


def stage_from(obj, status):
    """Where `obj` stands, given the status of its open workflow state (None when it has
    none): in the workflow, else published without pending changes, else a draft (a published
    sheet with a correction not yet sent is a draft too)."""
    if status == WorkflowState.STATUS_NEEDS_CHANGES:
        return Stage.CHANGES_REQUESTED
    if status == WorkflowState.STATUS_IN_PROGRESS:
        return Stage.IN_REVIEW
    if obj.live and not obj.has_unpublished_changes:
        return Stage.PUBLISHED
    return Stage.DRAFT


def stage(obj):
    """Where `obj` (a page or a snippet with Wagtail's workflow) stands."""
    state = obj.current_workflow_state
    return stage_from(obj, state.status if state is not None else None)


def may_change(obj) -> bool:
    """The guided form edits a draft, a sheet sent back with changes asked, or a published
    sheet (a correction); never while the facilitator is reading it."""
    return stage(obj) != Stage.IN_REVIEW


def submit(obj, user) -> bool:
    """Sends the latest revision to the facilitator: back into the running workflow when
    changes were asked for, else through the object's workflow from its start. False when the
    site has no moderation workflow for it (nothing is sent)."""
    state = obj.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        return True
    workflow = obj.get_workflow()
    if workflow is None or not workflow.active:
        return False
    workflow.start(obj, user)
    return True


def changes_comment(obj) -> str:
    """What the facilitator wrote when asking for changes (empty when nothing is asked)."""
    state = obj.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return ""
    rejected = (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .order_by("-finished_at", "-pk")
        .first()
    )
    return rejected.get_comment() if rejected else ""


def sent_back(task_state) -> bool:
    """Whether `task_state` starts again a task the facilitator sent back with changes asked
    (Wagtail's `WorkflowState.resume`), rather than the workflow's first or next task."""
    previous = (
        TaskState.objects.filter(workflow_state_id=task_state.workflow_state_id)
        .exclude(pk=task_state.pk)
        .order_by("-pk")
        .values_list("status", flat=True)
        .first()
    )
    return previous == TaskState.STATUS_REJECTED
