"""The plugin in Wagtail's admin (the applications' viewset, the dashboard panel) and in the
member area (the renewal section of the dashboard, the data-rights export)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from . import activity_report, admin_views, dashboard, personal_data
from .applications import MembershipApplication

register_permission_policy(
    MembershipApplication, admin_views.ApplicationPermissionPolicy(MembershipApplication)
)
# The member organisations and applications, in the yearly activity report (activity plugin).
hooks.register("activity_report_sections", activity_report.section)


class ApplicationViewSet(ModelViewSet):
    model = MembershipApplication
    name = admin_views.NAMESPACE
    icon = "form"
    menu_label = _("Demandes d'adhésion")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = admin_views.ApplicationIndexView
    inspect_view_enabled = True
    inspect_view_class = admin_views.ApplicationInspectView
    list_display = [
        TitleColumn(
            "applicant_name",
            label=_("Collectivité"),
            get_url=lambda application: admin_views.url("inspect", application.pk),
        ),
        "kind",
        Column("contact_name", label=_("Personne à contacter")),
        "status",
        Column("submitted_at", label=_("Envoyée le"), sort_key="submitted_at"),
    ]
    list_filter = ["status", "kind"]
    search_fields = ["council_name", "epci", "last_name", "commune__name"]
    search_backend_name = None
    form_fields = ["message"]  # never shown: applications change only through a decision
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/accepter/", admin_views.ApproveView.as_view(), name="approve"),
            path("<int:pk>/refuser/", admin_views.DeclineView.as_view(), name="decline"),
            path(
                "<int:pk>/deliberation/",
                admin_views.download_deliberation,
                name="deliberation",
            ),
        ]


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


@hooks.register("construct_homepage_panels")
def add_applications_panel(request, panels):
    panels.append(dashboard.PendingApplicationsPanel())


@hooks.register("members_area_dashboard_links")
def renewal_link(request):
    return dashboard.renewal_link(request)


@hooks.register("members_area_personal_data")
def applications_personal_data(user):
    return personal_data.applications_of(user)
