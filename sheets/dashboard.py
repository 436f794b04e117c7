"""The facilitator's dashboard panels for the public content: drafts waiting to be published
and the next events. Each panel reads a fixed number of queries."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import IntegerField
from django.db.models.functions import Cast
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models.event import EventPage, upcoming_q

DRAFTS_LIMIT = 10
EVENTS_LIMIT = 5


class DraftsPanel(Component):
    """Pages with changes not yet published (new drafts and edited live pages), newest first.
    Those already in a moderation workflow are left to Wagtail's own panel."""

    name = "drafts_to_review"
    template_name = "sheets/admin/drafts_panel.html"
    order = 60

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


class UpcomingEventsPanel(Component):
    """The next events, in the default language, with their edit links."""

    name = "upcoming_events"
    template_name = "sheets/admin/upcoming_events_panel.html"
    order = 70

    def get_context_data(self, parent_context):
        events = (
            EventPage.objects.filter(upcoming_q())
            .filter(locale=Locale.get_default())
            .select_related("host_commune")
            .only("pk", "title", "start", "end", "live", "host_commune__name")
            .order_by("start", "pk")[:EVENTS_LIMIT]
        )
        return {"events": list(events)}
