"""What the alerts add to the member area's pages through its hooks: "Mes alertes par e-mail"
among the dashboard's actions (`members_area_dashboard_links`) and on the profile page
(`members_area_profile_links`). No query: the links only name the member's page."""

from django.urls import reverse
from django.utils.translation import gettext as _


def dashboard_link(request):
    return {"url": reverse("alerts:mine"), "label": _("Mes alertes par e-mail"), "order": 10}


def profile_link(request):
    return {
        "title": _("Mes alertes par e-mail"),
        "text": _(
            "Recevoir les nouveautés du réseau sur vos thèmes et vos communes, dès leur "
            "publication, chaque semaine ou chaque mois."
        ),
        "url": reverse("alerts:mine"),
        "label": _("Choisir mes alertes"),
        "order": 10,
    }
