"""The figures for the funders in Wagtail's admin (menu "Inscriptions", "Chiffres"): per year,
then per event with a filter by year, exported in CSV or Excel through Wagtail's report view.
Three queries whatever the number of events (registrations.figures)."""

import django_filters
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.base import ViewSet

from sheets.models import EventPage

from . import figures
from .admin_access import POLICY, can, url
from .admin_filters import event_years

NAMESPACE = "registrations_figures"


def rate_label(row):
    """ "80 %", or a dash while attendance is not marked."""
    rate = row["rate"] if isinstance(row, dict) else row.rate
    return "–" if rate is None else f"{round(rate)}\u202f%"


def local_date(value):
    return timezone.localtime(value).strftime("%d/%m/%Y")


def _local_text(value):
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def _local_naive(value):
    return timezone.make_naive(timezone.localtime(value)) if value else None


class FiguresFilterSet(WagtailFilterSet):
    """The year only. No model in Meta, so that Wagtail adds no language filter: the figures
    count the events in the default language, where the registrations are (the view hands
    the filter set its queryset)."""

    year = django_filters.ChoiceFilter(
        label=_("Année du rendez-vous"),
        choices=event_years,
        empty_label=_("Toutes"),
        method="filter_year",
    )

    def filter_year(self, queryset, name, value):
        return queryset.filter(start__year=value)


class FiguresView(ReportView):
    page_title = _("Chiffres des rendez-vous")
    header_icon = "table"
    model = EventPage
    permission_policy = POLICY
    permission_required = "view"
    filterset_class = FiguresFilterSet
    index_url_name = f"{NAMESPACE}:index"
    index_results_url_name = f"{NAMESPACE}:index_results"
    results_template_name = "registrations/admin/figures_results.html"
    paginate_by = 50
    no_results_message = _("Aucun rendez-vous avec des inscriptions.")
    list_export = [
        "title",
        "start",
        "capacity",
        "confirmed",
        "waiting",
        "cancelled",
        "present",
        "rate",
        "communes",
    ]
    export_headings = {
        "title": _("Rendez-vous"),
        "start": _("Date"),
        "capacity": _("Places"),
        "confirmed": _("Inscrit·e·s"),
        "waiting": _("Liste d'attente"),
        "cancelled": _("Annulées"),
        "present": _("Présent·e·s"),
        "rate": _("Taux de présence (%)"),
        "communes": _("Collectivités représentées"),
    }
    custom_field_preprocess = {
        "start": {ReportView.FORMAT_CSV: _local_text, ReportView.FORMAT_XLSX: _local_naive}
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Rendez-vous"), get_url=lambda e: url("event", e.pk)),
            Column("start", label=_("Date"), accessor=lambda e: local_date(e.start)),
            NumberColumn("confirmed", label=_("Inscrit·e·s")),
            NumberColumn("waiting", label=_("Liste d'attente")),
            NumberColumn("cancelled", label=_("Annulées")),
            NumberColumn("present", label=_("Présent·e·s")),
            Column("rate", label=_("Taux de présence"), accessor=rate_label),
            NumberColumn("communes", label=_("Collectivités représentées")),
        ]

    def get_filename(self):
        return f"chiffres-rendez-vous-{timezone.localdate().isoformat()}"

    def get_queryset(self):
        return figures.per_event()

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": self.get_queryset()}

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["per_year"] = [{**row, "rate_label": rate_label(row)} for row in figures.per_year()]
        return context


class FiguresMenuItem(MenuItem):
    def is_shown(self, request):
        return can(request.user, "view")


class FiguresViewSet(ViewSet):
    name = NAMESPACE
    url_prefix = "inscriptions/chiffres"
    icon = "table"
    menu_label = _("Chiffres")
    menu_order = 200
    menu_item_class = FiguresMenuItem

    def get_urlpatterns(self):
        return [
            path("", FiguresView.as_view(), name="index"),
            path("results/", FiguresView.as_view(results_only=True), name="index_results"),
        ]
