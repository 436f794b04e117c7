"""The report in Wagtail's admin: on screen with a year selector, as a CSV file and as a page to
print, all three from the same sections (activity.sections). Read by those with the report's
permission (superusers have it); a year the report does not cover is refused in French on
screen, and is not found for the file and the printable page."""

from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic import PermissionCheckedMixin, WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy

from .forms import YearForm
from .models import ActivityReport
from .sections import report_sections, report_years
from .spreadsheet import csv_response

NAMESPACE = "activity_report"
ICON = "doc-full"
POLICY = ModelPermissionPolicy(ActivityReport)


def url(name, year):
    return f"{reverse(f'{NAMESPACE}:{name}')}?{urlencode({'year': year})}"


class ReportAccessMixin(PermissionCheckedMixin):
    permission_policy = POLICY
    permission_required = "view"

    @cached_property
    def year_form(self):
        """The year asked for (this year by default), checked against the years offered."""
        years = report_years()
        form = YearForm(years, data={"year": self.request.GET.get("year") or years[0]})
        form.is_valid()
        return form

    @property
    def year(self):
        """The year asked for, or None when the report does not cover it."""
        return self.year_form.cleaned_data.get("year")

    def year_or_404(self):
        if self.year is None:
            raise Http404
        return self.year


class ReportView(ReportAccessMixin, WagtailAdminTemplateMixin, TemplateView):
    page_title = _("Rapport d'activité")
    header_icon = ICON
    template_name = "activity/admin/report.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.get_page_title()}]

    def get_header_buttons(self):
        if self.year is None:
            return []
        return [
            HeaderButton(_("Télécharger (CSV)"), url=url("csv", self.year), icon_name="download"),
            HeaderButton(
                _("Version imprimable"), url=url("print", self.year), icon_name="doc-full"
            ),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.year_form
        context["year"] = self.year
        context["sections"] = report_sections(self.year) if self.year is not None else []
        return context


class CsvView(ReportAccessMixin, View):
    def get(self, request):
        year = self.year_or_404()
        return csv_response(year, report_sections(year))


class PrintView(ReportAccessMixin, TemplateView):
    """A page of its own, without the admin's menus, styled for paper."""

    template_name = "activity/admin/print.html"

    def get_context_data(self, **kwargs):
        year = self.year_or_404()
        return {
            **super().get_context_data(**kwargs),
            "year": year,
            "sections": report_sections(year),
            "network_name": settings.WAGTAIL_SITE_NAME,
            "produced_on": timezone.localdate(),
            "back_url": url("index", year),
        }
