"""The failed background tasks in Wagtail's admin (core.failed_tasks_admin): their list in the
Reports menu, its permission in the groups' editor, and the dashboard panel."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import failed_tasks
from .failed_tasks_admin import NAMESPACE, FailedTasksMenuItem, FailedTasksPanel, urls


@hooks.register("register_admin_urls")
def register_failed_tasks_urls():
    return [path("taches-en-echec/", include((urls(), NAMESPACE), namespace=NAMESPACE))]


@hooks.register("register_reports_menu_item")
def register_failed_tasks_menu_item():
    return FailedTasksMenuItem(
        _("Tâches en échec"), reverse_lazy(f"{NAMESPACE}:index"), icon_name="warning", order=710
    )


@hooks.register("register_permissions")
def failed_tasks_permission():
    return failed_tasks.permissions()


@hooks.register("construct_homepage_panels")
def add_failed_tasks_panel(request, panels):
    panels.append(FailedTasksPanel())
