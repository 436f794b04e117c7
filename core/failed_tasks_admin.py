"""The failed background tasks in Wagtail's admin, read only: the list "Tâches en échec" (menu
Rapports), each with its error and traceback, and the dashboard panel of the last days' ones,
hidden when none failed. For those who may read them (core.failed_tasks); a 404 where tasks are
not stored."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from . import conf, failed_tasks

NAMESPACE = "core_failed_tasks"
PANEL_LIMIT = 5


class ErrorColumn(Column):
    """The error in a line, the whole traceback in a disclosure beneath it."""

    cell_template_name = "core/admin/task_error_cell.html"


class FailedTasksView(ReportView):
    page_title = _("Tâches en échec")
    header_icon = "warning"
    index_url_name = f"{NAMESPACE}:index"
    index_results_url_name = f"{NAMESPACE}:results"
    paginate_by = 50
    no_results_message = _("Aucune tâche en échec.")
    columns = [
        Column("task_path", label=_("Tâche")),
        DateColumn("enqueued_at", label=_("Mise en file le")),
        DateColumn("finished_at", label=_("Échouée le")),
        ErrorColumn("error", label=_("Erreur"), accessor=failed_tasks.error),
    ]

    @cached_property
    def model(self):
        return failed_tasks.results_model()

    def dispatch(self, request, *args, **kwargs):
        if self.model is None:
            raise Http404
        if not failed_tasks.can_view(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return failed_tasks.failed()


def urls():
    return [
        path("", FailedTasksView.as_view(), name="index"),
        path("resultats/", FailedTasksView.as_view(results_only=True), name="results"),
    ]


def index_url():
    return reverse(f"{NAMESPACE}:index")


class FailedTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return failed_tasks.can_view(request.user)


class FailedTasksPanel(Component):
    """The tasks failed in the last days, the last first, with their count."""

    name = "core_failed_tasks"
    template_name = "core/admin/failed_tasks_panel.html"
    order = 10

    def render_html(self, parent_context=None):
        if not failed_tasks.can_view(parent_context["request"].user):
            return ""
        return super().render_html(parent_context)

    def get_context_data(self, parent_context):
        recent = failed_tasks.recent()
        rows = [(result, failed_tasks.error(result)) for result in recent[:PANEL_LIMIT]]
        return {
            "rows": rows,
            "total": recent.count() if rows else 0,
            "days": conf.get("DASHBOARD_FAILURES_DAYS"),
            "index_url": index_url(),
        }
