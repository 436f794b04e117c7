"""The facilitator's dashboard panels for the public content: drafts waiting to be published,
the next events and the sheets not reviewed for years. Shown to those who may edit pages; each
panel reads a fixed number of queries."""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, Value
from django.db.models.functions import Cast, Coalesce, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import conf
from .models.event import EventPage, upcoming_q
from .models.experience import ExperienceSheetPage
from .models.technical import TechnicalSheetPage

DRAFTS_LIMIT = 10
EVENTS_LIMIT = 5
REVIEW_LIMIT = 10
SHEET_KINDS = {
    "experience": (ExperienceSheetPage, _("Fiche expérience")),
    "technical": (TechnicalSheetPage, _("Fiche technique")),
}


class PageEditorPanel(Component):
    """Shown to those who may edit some page: the work it lists is done in the page editor."""

    def render_html(self, parent_context=None):
        user = parent_context["request"].user
        if not PagePermissionPolicy().user_has_permission(user, "change"):
            return ""
        return super().render_html(parent_context)


class DraftsPanel(PageEditorPanel):
    """Pages with changes not yet published (new drafts and edited live pages), newest first.
    Those already in a moderation workflow are left to Wagtail's own panel."""

    name = "drafts_to_review"
    template_name = "sheets/admin/drafts_panel.html"
    order = 22

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        in_workflow = (
            WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                base_content_type=ContentType.objects.get_for_model(Page),
            )
            .annotate(page_id=Cast("object_id", output_field=IntegerField()))
            .values("page_id")
        )
        editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
        drafts = (
            editable.filter(has_unpublished_changes=True, depth__gt=1)
            .exclude(pk__in=in_workflow)
            .select_related("content_type", "locale")
            .order_by("-latest_revision_created_at", "-pk")[:DRAFTS_LIMIT]
        )
        return {"drafts": list(drafts)}


class UpcomingEventsPanel(PageEditorPanel):
    """The next events, in the default language, with their edit links."""

    name = "upcoming_events"
    template_name = "sheets/admin/upcoming_events_panel.html"
    order = 31

    def get_context_data(self, parent_context):
        events = (
            EventPage.objects.filter(upcoming_q())
            .filter(locale=Locale.get_default())
            .select_related("host_commune")
            .only("pk", "title", "start", "end", "live", "host_commune__name")
            .order_by("start", "pk")[:EVENTS_LIMIT]
        )
        return {"events": list(events)}


def years_before(day, years):
    """The same day `years` years earlier (the 28th for a 29 February)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def sheets_to_review(user, locale, years):
    """The live experience and technical sheets of `locale` that `user` may edit, last reviewed
    more than `years` years ago, or never and first published before: one union of rows (pk,
    title, last_reviewed, first_published_at, reviewed_on, kind)."""
    limit = years_before(timezone.localdate(), years)
    published_before = timezone.make_aware(datetime.datetime.combine(limit, datetime.time.min))
    stale = Q(last_reviewed__lt=limit) | Q(
        last_reviewed__isnull=True, first_published_at__lt=published_before
    )
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    parts = [
        model.objects.live()
        .filter(stale, locale=locale, pk__in=editable.values("pk"))
        .annotate(
            reviewed_on=Coalesce("last_reviewed", TruncDate("first_published_at")),
            kind=Value(kind, output_field=CharField()),
        )
        .values("pk", "title", "last_reviewed", "first_published_at", "reviewed_on", "kind")
        .order_by()  # the page manager orders by path; a part of a union may not
        for kind, (model, _label) in SHEET_KINDS.items()
    ]
    return parts[0].union(*parts[1:], all=True)


class SheetsToReviewPanel(PageEditorPanel):
    """The sheets whose information was not confirmed for SHEETS_REVIEW_AFTER_YEARS years, the
    oldest first, each linked to its editor, with their total."""

    name = "sheets_to_review"
    template_name = "sheets/admin/sheets_to_review_panel.html"
    order = 41

    def get_context_data(self, parent_context):
        years = conf.get("SHEETS_REVIEW_AFTER_YEARS")
        user = parent_context["request"].user
        sheets = sheets_to_review(user, Locale.get_default(), years)
        rows = [
            {**row, "kind_label": SHEET_KINDS[row["kind"]][1]}
            for row in sheets.order_by("reviewed_on", "title", "pk")[:REVIEW_LIMIT]
        ]
        return {"sheets": rows, "total": sheets.count(), "years": years}
