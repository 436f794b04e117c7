"""The rows of "Mes contributions": the experience sheets of the contributor's commune and the
technical sheets people of their organisation started, drafts and published alike, each with
where it stands; three queries whatever their number."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, WorkflowState

from members_area.models import MemberProfile
from sheets.models import ExperienceSheetPage, TechnicalSheetPage

from .workflow import LABELS, Stage


def _open_states(page_ids):
    states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    )
    return {int(state.object_id): state.status for state in states}


def _stage(page, status):
    if status == WorkflowState.STATUS_NEEDS_CHANGES:
        return Stage.CHANGES_REQUESTED
    if status == WorkflowState.STATUS_IN_PROGRESS:
        return Stage.IN_REVIEW
    if page.live and not page.has_unpublished_changes:
        return Stage.PUBLISHED
    return Stage.DRAFT


FIELDS = [
    "id",
    "title",
    "draft_title",
    "live",
    "has_unpublished_changes",
    "url_path",
    "latest_revision_created_at",
    "locale_id",
]


def _with_stages(pages):
    statuses = _open_states([page.pk for page in pages])
    result = []
    for page in pages:
        stage = _stage(page, statuses.get(page.pk))
        result.append({"page": page, "stage": stage, "stage_label": LABELS[stage]})
    return result


def rows(organisation):
    """The organisation's experience sheets (none without a commune)."""
    if organisation.commune_id is None:
        return []
    pages = ExperienceSheetPage.objects.filter(
        commune_id=organisation.commune_id, locale=Locale.get_default()
    )
    return _with_stages(list(pages.only(*FIELDS).order_by("-latest_revision_created_at", "-pk")))


def technical_rows(organisation):
    """The technical sheets people of the organisation started."""
    colleagues = MemberProfile.objects.filter(organisation=organisation).values("user_id")
    pages = TechnicalSheetPage.objects.filter(owner_id__in=colleagues, locale=Locale.get_default())
    return _with_stages(list(pages.only(*FIELDS).order_by("-latest_revision_created_at", "-pk")))
