"""The membership's part of the yearly activity report (the activity plugin's hook): the member
organisations at the end of the year, those that joined in it, and the applications received
and approved, in two queries.

An organisation is a member at the end of the year (today, for the current year) when it had
joined by then (`member_since`, left empty: always) and its membership had not ended."""

import datetime

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from members_area.models import MemberOrganisation

from .applications import ApplicationStatus, MembershipApplication


def members_on(year, today=None):
    """The Q of the organisations that were members at the end of `year` (or `today`)."""
    day = min(datetime.date(year, 12, 31), today or timezone.localdate())
    joined = Q(member_since__isnull=True) | Q(member_since__lte=year)
    return joined & (Q(active_until__isnull=True) | Q(active_until__gte=day))


def figures(year, today=None):
    """{"members", "joined", "received", "approved", "by_kind": [(kind, members)]}."""
    members = members_on(year, today)
    per_kind = {
        f"kind_{kind.value}": Count("pk", filter=members & Q(kind=kind))
        for kind in MemberOrganisation.Kind
    }
    organisations = MemberOrganisation.objects.aggregate(
        members=Count("pk", filter=members),
        joined=Count("pk", filter=Q(member_since=year)),
        **per_kind,
    )
    applications = MembershipApplication.objects.aggregate(
        received=Count("pk", filter=Q(submitted_at__year=year)),
        approved=Count("pk", filter=Q(status=ApplicationStatus.APPROVED, decided_at__year=year)),
    )
    by_kind = [(kind, organisations.pop(f"kind_{kind.value}")) for kind in MemberOrganisation.Kind]
    return {**organisations, **applications, "by_kind": by_kind}


def section(year):
    counted = figures(year)
    return {
        "key": "membership",
        "title": _("Adhésions"),
        "order": 10,
        "figures": [
            {"label": _("Collectivités adhérentes en fin d'année"), "value": counted["members"]},
            {"label": _("Nouvelles adhérentes dans l'année"), "value": counted["joined"]},
            {"label": _("Demandes d'adhésion reçues"), "value": counted["received"]},
            {"label": _("Demandes d'adhésion acceptées"), "value": counted["approved"]},
        ],
        "table": {
            "columns": [_("Type de collectivité"), _("Adhérentes en fin d'année")],
            "rows": [[kind.label, members] for kind, members in counted["by_kind"] if members],
        },
        "note": _(
            "Adhérentes au 31 décembre (à ce jour pour l'année en cours), d'après l'année "
            "d'adhésion et la date de fin d'adhésion. Les nouvelles adhérentes sont celles dont "
            "l'année d'adhésion est celle du rapport."
        ),
    }
