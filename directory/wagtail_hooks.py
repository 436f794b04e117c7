"""The directory in the member area (two links of the dashboard, its part of a member's data
export) and in the admin (the facilitator's read-only list of who chose what)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from members_area import permissions

from .admin_views import DirectoryEntryViewSet, ViewOnlyPermissionPolicy
from .models import DirectoryEntry
from .personal_data import export as personal_data_export


@hooks.register("members_area_dashboard_links")
def directory_dashboard_link(request):
    return {
        "url": reverse("directory:directory"),
        "label": _("Annuaire des adhérents"),
        "order": 30,
    }


@hooks.register("members_area_dashboard_links")
def my_entry_dashboard_link(request):
    """Only for a member: a staff account without an organisation is not in the directory."""
    if permissions.member_profile(request.user) is None:
        return None
    return {
        "url": reverse("directory:my_entry"),
        "label": _("Ma fiche dans l'annuaire"),
        "order": 31,
    }


hooks.register("members_area_personal_data", personal_data_export)

# The facilitator's read-only list (directory.admin_views).
register_permission_policy(DirectoryEntry, ViewOnlyPermissionPolicy(DirectoryEntry))


@hooks.register("register_admin_viewset")
def register_directory_admin():
    return DirectoryEntryViewSet("directory_entries")
