"""The directory in the member area: two links of the dashboard, and its part of a member's
data export."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from members_area import permissions

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
