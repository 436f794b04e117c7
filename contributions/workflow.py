"""A contribution's way through Wagtail's moderation workflow, as the guided form sees it:
where it stands, submitting it (or sending it back after the changes asked for), and what the
facilitator wrote when asking for changes."""

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


def stage(page):
    """Where `page` stands: in the workflow, else published without pending changes, else a
    draft (a published sheet with a correction not yet sent is a draft too)."""
    state = page.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return Stage.CHANGES_REQUESTED
        return Stage.IN_REVIEW
    if page.live and not page.has_unpublished_changes:
        return Stage.PUBLISHED
    return Stage.DRAFT


def may_change(page) -> bool:
    """The guided form edits a draft, a sheet sent back with changes asked, or a published
    sheet (a correction); never while the facilitator is reading it."""
    return stage(page) != Stage.IN_REVIEW


def submit(page, user) -> bool:
    """Sends the latest revision to the facilitator: back into the running workflow when
    changes were asked for, else through the page's workflow from its start. False when the
    site has no moderation workflow for the page (nothing is sent)."""
    state = page.current_workflow_state
    if state is not None:
        if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            state.resume(user)
        return True
    workflow = page.get_workflow()
    if workflow is None or not workflow.active:
        return False
    workflow.start(page, user)
    return True


def changes_comment(page) -> str:
    """What the facilitator wrote when asking for changes (empty when nothing is asked)."""
    state = page.current_workflow_state
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return ""
    rejected = (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .order_by("-finished_at", "-pk")
        .first()
    )
    return rejected.get_comment() if rejected else ""
