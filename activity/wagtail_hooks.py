"""The report in Wagtail's admin: its pages, its entry in the Reports menu, and its permission
in the group settings."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .models import VIEW_CODENAME


@hooks.register("register_admin_urls")
def register_report_urls():
    urls = [
        path("", views.ReportView.as_view(), name="index"),
        path("csv/", views.CsvView.as_view(), name="csv"),
        path("imprimer/", views.PrintView.as_view(), name="print"),
    ]
    return [path("rapport-activite/", include((urls, views.NAMESPACE), namespace=views.NAMESPACE))]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return views.POLICY.user_has_permission(request.user, "view")


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return ReportMenuItem(
        _("Rapport d'activité"),
        reverse(f"{views.NAMESPACE}:index"),
        name="activity-report",
        icon_name=views.ICON,
        order=650,
    )


@hooks.register("register_permissions")
def register_report_permission():
    return Permission.objects.filter(content_type__app_label="activity", codename=VIEW_CODENAME)
