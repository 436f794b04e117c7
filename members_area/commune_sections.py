"""The member area's parts about communes: on a commune's page, its member organisations (for
active members only), and on the dashboard, "Communes comme la mienne" for the member's own
commune (sheets.similar_communes). Registered in wagtail_hooks.py."""

from wagtail.models import Page

from core.fallback import in_language
from core.navigation import active_locale
from sheets.models import ExperienceSheetPage
from sheets.similar_communes import comparable_communes

from . import permissions
from .models import MemberOrganisation


def commune_organisations_section(request, commune):
    """`sheets_commune_page_sections`: the commune's member organisations (name, member since,
    membership current or not), for active members; nothing for anyone else, so that the page
    anonymous visitors see (and the front cache keeps) is the same for all."""
    if not permissions.is_active_member(request.user):
        return None
    organisations = list(MemberOrganisation.objects.filter(commune=commune).order_by("name"))
    return {
        "template": "members_area/includes/commune_organisations.html",
        "context": {"commune": commune, "organisations": organisations},
        "order": 10,
    }


def comparable_communes_section(request):
    """`members_area_dashboard_sections`: the communes most like the member's organisation's
    commune, with their public sheets; nothing when the organisation has no commune (an
    intercommunality) or the user has no organisation (the facilitator)."""
    profile = permissions.member_profile(request.user)
    commune = profile.organisation.commune if profile is not None else None
    if commune is None:
        return None
    locale = active_locale(request)
    sheets = ExperienceSheetPage.objects.filter(pk__in=Page.objects.live().public().values("pk"))
    return {
        "template": "members_area/includes/dashboard_comparable_communes.html",
        "context": {
            "commune": commune,
            "comparables": comparable_communes(commune, in_language(sheets, locale.pk)),
        },
        "order": 20,
    }
