"""The aids directory in the admin: the managed list of funders, as a translatable snippet;
the facilitator's "Aides" menu (the directory, funders, import, export) and dashboard panels."""

from django.urls import include, path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views, permissions, sections
from .dashboard import AidsClosingSoonPanel, AidsToCheckPanel
from .models import Funder


class FunderViewSet(SnippetViewSet):
    model = Funder
    icon = "site"
    menu_label = _("Financeurs")
    add_to_admin_menu = False
    list_display = ["name", "short_name", "category"]
    list_filter = ["category", "locale"]
    search_fields = ["name", "short_name"]


register_snippet(FunderViewSet)


# --- The facilitator's tools: import, export, dashboard -------------------------------------


@hooks.register("register_admin_urls")
def register_aids_admin_urls():
    return [
        path("aids/", include((admin_views.admin_urls(), "aids_admin"), namespace="aids_admin"))
    ]


class AidsMenuItem(MenuItem):
    """Shown to those who may edit the directory (or import into it)."""

    def __init__(self, *args, check=permissions.can_change_aids, **kwargs):
        super().__init__(*args, **kwargs)
        self.check = check

    def is_shown(self, request):
        return self.check(request.user)


class FundersMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.has_perm("aids.add_funder") or user.has_perm("aids.change_funder")


@hooks.register("register_admin_menu_item")
def register_aids_menu():
    items = [
        AidsMenuItem(
            _("Aides"), reverse_lazy("aids_admin:directory"), icon_name="doc-full", order=1
        ),
        FundersMenuItem(
            _("Financeurs"),
            reverse_lazy("wagtailsnippets_aids_funder:list"),
            icon_name="site",
            order=2,
        ),
        AidsMenuItem(
            _("Importer"),
            reverse_lazy("aids_admin:import"),
            icon_name="upload",
            order=3,
            check=permissions.can_import_aids,
        ),
        AidsMenuItem(
            _("Exporter"), reverse_lazy("aids_admin:export"), icon_name="download", order=4
        ),
    ]
    return SubmenuMenuItem(_("Aides"), Menu(items=items), icon_name="form", name="aids", order=260)


@hooks.register("construct_homepage_panels")
def add_aids_panels(request, panels):
    panels.append(AidsToCheckPanel())
    panels.append(AidsClosingSoonPanel())


# The directory's sections on the sheets' public pages (aids.sections, sheets.extensions).
hooks.register("sheets_theme_page_sections", sections.theme_page_aids)
hooks.register("sheets_experience_page_public_sections", sections.experience_sheet_aids)
