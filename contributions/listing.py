"""The rows of "Mes contributions": the experience sheets of the contributor's commune, drafts
and published alike, each with where it stands; two queries whatever their number."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, WorkflowState

from sheets.models import ExperienceSheetPage

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


def rows(organisation):
    if organisation.commune_id is None:
        return []
    pages = list(
        ExperienceSheetPage.objects.filter(
            commune_id=organisation.commune_id, locale=Locale.get_default()
        )
        .only(
            "id",
            "title",
            "draft_title",
            "live",
            "has_unpublished_changes",
            "url_path",
            "latest_revision_created_at",
            "last_published_at",
            "locale_id",
        )
        .order_by("-latest_revision_created_at", "-pk")
    )
    statuses = _open_states([page.pk for page in pages])
    result = []
    for page in pages:
        stage = _stage(page, statuses.get(page.pk))
        result.append({"page": page, "stage": stage, "stage_label": LABELS[stage]})
    return result
