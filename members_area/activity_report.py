"""The member area's part of the yearly activity report (the activity plugin's hooks): the
reserved documents added in the year and their downloads per member organisation, in two
queries whatever the number of downloads.

A download counts for the organisation its person belongs to now (the log keeps the person,
not their organisation at the time); those of accounts without one (the facilitation team, closed
accounts) are grouped on a line of their own."""

from django.db.models import Count, Min
from django.utils import timezone
from django.utils.translation import gettext as _

from core.collation import french_sort_key

from .models import DownloadLog, Resource

ORGANISATION = "user__member_profile__organisation__name"


def downloads_per_organisation(year):
    """[(organisation name or None, downloads)]: most downloads first, then by name; the
    downloads without an organisation last."""
    rows = (
        DownloadLog.objects.filter(downloaded_at__year=year)
        .order_by()
        .values_list(ORGANISATION)
        .annotate(Count("pk"))
    )
    return sorted(rows, key=lambda row: (row[0] is None, -row[1], french_sort_key(row[0] or "")))


def first_year():
    found = Resource.objects.aggregate(
        added=Min("created_at"), downloaded=Min("downloads__downloaded_at")
    )
    dates = [timezone.localtime(value) for value in found.values() if value is not None]
    return min(dates).year if dates else None


def section(year):
    per_organisation = downloads_per_organisation(year)
    without = _("Sans collectivité adhérente (équipe, comptes fermés)")
    return {
        "key": "documents",
        "title": _("Documents réservés aux adhérents"),
        "order": 40,
        "figures": [
            {
                "label": _("Documents ajoutés"),
                "value": Resource.objects.filter(created_at__year=year).count(),
            },
            {
                "label": _("Téléchargements"),
                "value": sum(downloads for _name, downloads in per_organisation),
            },
            {
                "label": _("Collectivités adhérentes ayant téléchargé"),
                "value": sum(1 for name, _downloads in per_organisation if name is not None),
            },
        ],
        "table": {
            "columns": [_("Collectivité"), _("Téléchargements")],
            "rows": [[name or without, downloads] for name, downloads in per_organisation],
        },
        "note": _(
            "Un téléchargement compte pour la collectivité à laquelle la personne appartient "
            "aujourd'hui."
        ),
    }
