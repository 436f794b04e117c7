"""The rows of "Mes contributions": the experience sheets of the contributor's commune, the
technical sheets people of their organisation started, drafts and published alike, and the
documents their organisation proposed, each with where it stands; two queries per table
whatever their number."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, WorkflowState

from members_area.models import MemberProfile
from sheets.models import ExperienceSheetPage, TechnicalSheetPage

from .models import ProposedDocument
from .workflow import DOCUMENT_LABELS, LABELS, stage_from

PAGE_FIELDS = [
    "id",
    "title",
    "draft_title",
    "live",
    "has_unpublished_changes",
    "url_path",
    "latest_revision_created_at",
    "locale_id",
]


def _open_states(base_model, ids):
    """{object id: status} of the open workflow states of these objects of `base_model`."""
    states = WorkflowState.objects.filter(
        base_content_type=ContentType.objects.get_for_model(base_model),
        object_id__in=[str(pk) for pk in ids],
        status__in=[WorkflowState.STATUS_IN_PROGRESS, WorkflowState.STATUS_NEEDS_CHANGES],
    ).only("object_id", "status")
    return {int(state.object_id): state.status for state in states}


def _with_stages(objects, base_model, labels, key):
    statuses = _open_states(base_model, [obj.pk for obj in objects])
    result = []
    for obj in objects:
        stage = stage_from(obj, statuses.get(obj.pk))
        result.append({key: obj, "stage": stage, "stage_label": labels[stage]})
    return result


def _pages(queryset):
    pages = queryset.filter(locale=Locale.get_default()).only(*PAGE_FIELDS)
    return _with_stages(
        list(pages.order_by("-latest_revision_created_at", "-pk")), Page, LABELS, "page"
    )


def rows(organisation):
    """The organisation's experience sheets (none without a commune)."""
    if organisation.commune_id is None:
        return []
    return _pages(ExperienceSheetPage.objects.filter(commune_id=organisation.commune_id))


def technical_rows(organisation):
    """The technical sheets people of the organisation started."""
    colleagues = MemberProfile.objects.filter(organisation=organisation).values("user_id")
    return _pages(TechnicalSheetPage.objects.filter(owner_id__in=colleagues))


def document_rows(organisation):
    """The documents the organisation proposed, the latest changed first."""
    documents = list(
        ProposedDocument.objects.filter(organisation=organisation)
        .select_related("latest_revision")
        .only(
            "id",
            "title",
            "live",
            "has_unpublished_changes",
            "created_at",
            "latest_revision__created_at",
        )
        .order_by("-latest_revision__created_at", "-pk")
    )
    return _with_stages(documents, ProposedDocument, DOCUMENT_LABELS, "document")
