"""The site-wide download log for the facilitator: every download of every reserved resource,
filtered by resource, person, organisation and dates, exported in CSV or Excel (Wagtail's
report view; CSV cells are neutralised by core.spreadsheets' middleware)."""

import django_filters
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import DownloadLog, MemberOrganisation, Resource


def _people_who_downloaded(request):
    user_model = get_user_model()
    return (
        user_model.objects.filter(pk__in=DownloadLog.objects.values("user_id"))
        .only("pk", "email", "first_name", "last_name")
        .order_by("last_name", "first_name", "email")
    )


class DownloadLogFilterSet(WagtailFilterSet):
    resource = django_filters.ModelChoiceFilter(
        label=_("Ressource"),
        empty_label=_("Toutes"),
        queryset=Resource.objects.only("pk", "title").order_by("title"),
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Collectivité"),
        empty_label=_("Toutes"),
        field_name="user__member_profile__organisation",
        queryset=MemberOrganisation.objects.only("pk", "name").order_by("name"),
    )
    user = django_filters.ModelChoiceFilter(
        label=_("Personne"), empty_label=_("Toutes"), queryset=_people_who_downloaded
    )
    downloaded_at = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )

    class Meta:
        model = DownloadLog
        fields = ["resource", "organisation", "user", "downloaded_at"]


def _person_label(log):
    return f"{log.person_name} ({log.person_email})" if log.user else log.person_name


def _local_text(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def _local_naive(value):
    return timezone.make_naive(timezone.localtime(value)) if value else None


class DownloadReportView(ReportView):
    """Who downloaded what, across every resource; for those who may edit resources."""

    page_title = _("Téléchargements des ressources")
    header_icon = "download"
    model = DownloadLog
    permission_policy = ModelPermissionPolicy(Resource)
    permission_required = "change"
    filterset_class = DownloadLogFilterSet
    index_url_name = "members_area_admin:downloads"
    index_results_url_name = "members_area_admin:downloads_results"
    paginate_by = 50
    no_results_message = _("Aucun téléchargement ne correspond.")
    columns = [
        DateColumn("downloaded_at", label=_("Date")),
        Column("resource", label=_("Ressource"), accessor="resource.title"),
        Column("person", label=_("Personne"), accessor=_person_label),
        Column("organisation", label=_("Collectivité"), accessor="organisation_name"),
    ]
    list_export = ["downloaded_at", "person_name", "person_email", "organisation_name", "resource"]
    export_headings = {
        "downloaded_at": _("Date"),
        "person_name": _("Nom"),
        "person_email": _("Adresse e-mail"),
        "organisation_name": _("Collectivité"),
        "resource": _("Ressource"),
    }
    custom_field_preprocess = {
        "downloaded_at": {
            ReportView.FORMAT_CSV: _local_text,
            ReportView.FORMAT_XLSX: _local_naive,
        }
    }

    def get_filename(self):
        return f"telechargements-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        return DownloadLog.objects.select_related(
            "resource", "user", "user__member_profile__organisation"
        ).order_by("-downloaded_at", "-pk")
