"""The facilitator's admin pages for the directory: export it, import a file (a dry run first,
then "Appliquer", all or nothing), and a shortcut to its pages in the explorer.

Between the dry run and "Appliquer" the file's rows (text, at most spreadsheet.MAX_FILE_SIZE)
stay in the facilitator's session (database-backed) under a random token, only while an
applicable report waits: nothing to upload again, nothing the browser could alter, and
"Appliquer" runs the whole check again on the rows and refuses if what it would do is no longer
what the report showed (an aid edited meanwhile)."""

import secrets

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from . import permissions, spreadsheet
from .spreadsheet_forms import ExportForm, ImportForm
from .spreadsheet_import import apply_plan, plan_import

SESSION_KEY = "aids_import"
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


class AidsAdminMixin:
    """Wagtail's admin page frame, for those who may edit the directory."""

    header_icon = "form"

    def allowed(self, user):
        return permissions.can_change_aids(user)

    def dispatch(self, request, *args, **kwargs):
        if not self.allowed(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DirectoryView(AidsAdminMixin, View):
    """The directory's pages in the explorer (its page of the default locale)."""

    def get(self, request):
        index = permissions.directory_page()
        if index is None:
            messages.warning(request, _("Créez d'abord la page « annuaire des aides »."))
            return redirect("wagtailadmin_explore_root")
        return redirect("wagtailadmin_explore", index.pk)


class ExportView(AidsAdminMixin, WagtailAdminTemplateMixin, TemplateView):
    """The export's choices, then the file: every aid of a language, one row each."""

    template_name = "aids/admin/export.html"
    page_title = gettext_lazy("Exporter les aides")

    def get(self, request, *args, **kwargs):
        default = Locale.get_default()
        if "format" not in request.GET:
            form = ExportForm(initial={"locale": default, "format": "xlsx"})
            return self.render_to_response(self.get_context_data(form=form))
        form = ExportForm(request.GET)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        locale = form.cleaned_data["locale"] or default
        kind = form.cleaned_data["format"]
        aids = spreadsheet.export_queryset(locale)
        content = spreadsheet.write_xlsx(aids) if kind == "xlsx" else spreadsheet.write_csv(aids)
        response = HttpResponse(content, content_type=CONTENT_TYPES[kind])
        name = f"aides-{locale.language_code}-{timezone.localdate().isoformat()}.{kind}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


class ImportView(AidsAdminMixin, WagtailAdminTemplateMixin, TemplateView):
    """The file to import, then its dry run: nothing is written until "Appliquer"."""

    template_name = "aids/admin/import.html"
    page_title = gettext_lazy("Importer des aides")

    def allowed(self, user):
        return permissions.can_import_aids(user)

    def get(self, request, *args, **kwargs):
        request.session.pop(SESSION_KEY, None)  # a new import: the session gets light again
        return self.render_to_response(self.get_context_data(form=ImportForm()))

    def post(self, request, *args, **kwargs):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form), status=400)
        try:
            records = spreadsheet.read_file(form.cleaned_data["file"])
        except spreadsheet.SpreadsheetError as error:
            form.add_error("file", str(error))
            return self.render_to_response(self.get_context_data(form=form), status=400)
        plan = plan_import(records)
        token = secrets.token_urlsafe(16)
        request.session.pop(SESSION_KEY, None)
        if plan.can_apply:  # kept only for "Appliquer"
            request.session[SESSION_KEY] = {
                "token": token,
                "name": form.cleaned_data["file"].name,
                "records": records,
            }
        return self.render_report(plan, token, form.cleaned_data["file"].name)

    def render_report(self, plan, token, name, status=200):
        context = self.get_context_data(
            form=ImportForm(),
            plan=plan,
            token=token,
            file_name=name,
            fingerprint=plan.fingerprint(),
        )
        return self.render_to_response(context, status=status)


class ApplyImportView(ImportView):
    """Applies the dry run kept in the session, if it is still exactly the one shown."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        stored = request.session.get(SESSION_KEY)
        if not stored or not secrets.compare_digest(stored["token"], request.POST.get("token", "")):
            messages.error(
                request, _("Cet essai d'import a expiré : déposez le fichier à nouveau.")
            )
            return redirect("aids_admin:import")
        records = [(line, values) for line, values in stored["records"]]
        plan = plan_import(records)
        if plan.rejected or not plan.can_apply:
            messages.error(request, _("Rien n'a été importé : corrigez les lignes refusées."))
            return self.render_report(plan, stored["token"], stored["name"], status=400)
        if plan.fingerprint() != request.POST.get("fingerprint"):
            messages.error(
                request,
                _(
                    "Des aides ont changé depuis l'essai : vérifiez ce nouveau rapport avant "
                    "d'appliquer."
                ),
            )
            return self.render_report(plan, stored["token"], stored["name"], status=409)
        try:
            created, updated = apply_plan(plan, request.user)
        except ValidationError as error:  # a page Wagtail refuses to save (its slug taken…)
            messages.error(
                request,
                _("Rien n'a été importé : %(error)s") % {"error": " ".join(error.messages)},
            )
            return self.render_report(plan, stored["token"], stored["name"], status=400)
        del request.session[SESSION_KEY]
        messages.success(
            request,
            _("Import appliqué : %(created)s aides créées, %(updated)s mises à jour et publiées.")
            % {"created": created, "updated": updated},
        )
        return redirect("aids_admin:directory")


def admin_urls():
    """The URLs of these pages, under /admin/aids/."""
    return [
        path("", DirectoryView.as_view(), name="directory"),
        path("export/", ExportView.as_view(), name="export"),
        path("import/", ImportView.as_view(), name="import"),
        path("import/apply/", ApplyImportView.as_view(), name="import_apply"),
    ]
