"""The facilitator's list of requests in Wagtail's admin (menu "Mises en relation"), filtered by
status and year, each linked to its page in the member area where the facilitator acts. The
list is read-only: what happens to a request goes through its page, which tells the people."""

import django_filters
from django.contrib.auth import get_user_model
from django.db.models.functions import ExtractYear
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import OPEN_STATUSES, IntroductionRequest, Status


class ViewOnlyPolicy(ModelPermissionPolicy):
    """Only "view" counts: nothing is added, edited or deleted from the admin."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["view"])


def year_choices():
    """The years in which requests were made, newest first."""
    years = (
        IntroductionRequest.objects.annotate(year=ExtractYear("created_at"))
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return [(year, str(year)) for year in years]


class IntroductionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Statut"), choices=Status.choices)
    year = django_filters.ChoiceFilter(
        label=_("Année de la demande"), choices=year_choices, method="filter_year"
    )

    class Meta:
        model = IntroductionRequest
        fields = ["status", "year"]

    def filter_year(self, queryset, name, value):
        return queryset.filter(created_at__year=value)


class IntroductionIndexView(IndexView):
    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "sheet_title",
                label=_("Fiche"),
                get_url=lambda intro: intro.get_absolute_url(),
            ),
            Column("commune", label=_("Commune"), accessor="commune.name"),
            Column("organisation", label=_("Demandée par"), accessor="organisation.name"),
            Column("purpose", label=_("Objet"), accessor="get_purpose_display"),
            DateColumn("created_at", label=_("Demandée le")),
            StatusTagColumn(
                "status",
                label=_("Statut"),
                accessor="get_status_display",
                primary=lambda intro: intro.status in OPEN_STATUSES,
            ),
        ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("commune", "organisation")


class IntroductionViewSet(ModelViewSet):
    model = IntroductionRequest
    icon = "group"
    menu_label = _("Mises en relation")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = IntroductionIndexView
    copy_view_enabled = False
    inspect_view_enabled = False
    filterset_class = IntroductionFilterSet
    form_fields = ["purpose"]  # required by ModelViewSet; editing is refused by the policy
    search_fields = ["sheet_title", "message"]
    search_backend_name = None
