"""The introductions' part of the yearly activity report (the activity plugin's hooks): the
introductions made in the year, as the dashboard's panel counts them (one query)."""

from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _

from .dashboard import made_per_year
from .models import IntroductionRequest


def first_year():
    first = IntroductionRequest.objects.aggregate(first=Min("created_at"))["first"]
    return timezone.localtime(first).year if first else None


def section(year):
    return {
        "key": "introductions",
        "title": _("Mises en relation"),
        "order": 60,
        "figures": [
            {
                "label": _("Mises en relation réalisées"),
                "value": dict(made_per_year()).get(year, 0),
            },
        ],
        "note": _(
            "Acceptées par la personne contactée ou faites par l'équipe d'animation, l'année "
            "où elles ont été faites."
        ),
    }
