"""Admin: themes and communes are snippets grouped under one menu entry; the dashboard shows
drafts to publish, the next events and the sheets to review, after Wagtail's "awaiting your
review" moved up among the things people wait for (decision 0049)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sheets import activity_report
from sheets.dashboard import DraftsPanel, SheetsToReviewPanel, UpcomingEventsPanel
from sheets.models import Commune, Theme

# The sheets and events published, in the yearly activity report (activity plugin).
hooks.register("activity_report_sections", activity_report.section)
hooks.register("activity_report_first_year", activity_report.first_year)

# Wagtail's panel of the pages and snippets waiting for the user's review in a workflow, and
# where it goes among the cockpit's panels: with what people wait for, before the drafts.
AWAITING_REVIEW = "workflow_objects_to_moderate"
AWAITING_REVIEW_ORDER = 20


@hooks.register("construct_homepage_panels")
def add_content_panels(request, panels):
    for panel in panels:
        if getattr(panel, "name", None) == AWAITING_REVIEW:
            panel.order = AWAITING_REVIEW_ORDER
    panels.extend([DraftsPanel(), UpcomingEventsPanel(), SheetsToReviewPanel()])


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Thèmes")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


class CommuneViewSet(SnippetViewSet):
    model = Commune
    icon = "site"
    menu_label = _("Communes")
    list_display = ["name", "insee_code", "postal_code", "epci", "population"]
    list_filter = ["epci"]
    search_fields = ["name", "insee_code"]


class ReferenceDataGroup(SnippetViewSetGroup):
    menu_label = _("Thèmes et communes")
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (ThemeViewSet, CommuneViewSet)


register_snippet(ReferenceDataGroup)
