"""Demo content of the member area: 30 organisations, ~80 members, working groups, ~150
reserved resources with real files and varied access, a lapsed organisation, a pending
invitation. Idempotent (objects are found by slug or e-mail and left alone) and offline.

The data lives in members_area/demo_data/; this module only turns it into objects, with the
same factories the tests use."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from reseau.models import User
from sheets.models import Commune, EventPage, ExperienceSheetPage, Theme

from . import access
from .demo_data.members import MEMBERS
from .demo_data.organisations import ORGANISATIONS, WORKING_GROUPS
from .demo_data.resources import RESOURCES
from .factories import (
    DownloadLogFactory,
    InvitationFactory,
    MemberOrganisationFactory,
    MemberProfileFactory,
    ResourceFactory,
    WorkingGroupFactory,
)
from .models import Invitation, MemberOrganisation, MemberProfile, Resource, WorkingGroup

MEMBER_PASSWORD = "demo-adherent-53"
PENDING_INVITATION = "nouvelle.elue@meslay-du-maine.exemple.fr"


def build_organisations():
    communes = {c.insee_code: c for c in Commune.objects.all()}
    organisations = {}
    for data in ORGANISATIONS:
        organisation = MemberOrganisation.objects.filter(slug=data["slug"]).first()
        if organisation is None:
            organisation = MemberOrganisationFactory(
                name=data["name"],
                slug=data["slug"],
                kind=data["kind"],
                commune=communes.get(data["commune"] or ""),
                member_since=data["member_since"],
                active_until=datetime.date.fromisoformat(data["active_until"])
                if data.get("active_until")
                else None,
            )
        organisations[data["slug"]] = organisation
    groups = {}
    for data in WORKING_GROUPS:
        group = WorkingGroup.objects.filter(slug=data["slug"]).first()
        if group is None:
            group = WorkingGroupFactory(
                name=data["name"], slug=data["slug"], description=data["description"]
            )
        groups[data["slug"]] = group
    return organisations, groups


def build_members(organisations, groups):
    existing = {u.email: u for u in User.objects.filter(member_profile__isnull=False)}
    users = {}
    for data in MEMBERS:
        email = data["email"].lower()
        user = existing.get(email)
        if user is None:
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User(email=email, first_name=data["first_name"], last_name=data["last_name"])
                user.set_password(MEMBER_PASSWORD)
                user.save()
            MemberProfileFactory(
                user=user,
                organisation=organisations[data["organisation"]],
                role=data["role"],
                function=data.get("function", ""),
            )
            for slug in data.get("working_groups", []):
                groups[slug].group.user_set.add(user)
        users[email] = user
    return users


def _related_sheets(resource_data, sheets_by_commune):
    """Up to two public sheets of the same commune sharing a theme with the resource."""
    themes = set(resource_data["themes"])
    candidates = sheets_by_commune.get(resource_data["commune"], [])
    return [sheet for sheet, sheet_themes in candidates if themes & sheet_themes][:2]


def build_resources(organisations, groups, users, stdout):
    if Resource.objects.filter(slug__in=[r["slug"] for r in RESOURCES]).count() == len(RESOURCES):
        return 0
    locale = Locale.get_default()
    themes = {t.slug: t for t in Theme.objects.filter(locale=locale)}
    communes = {c.insee_code: c for c in Commune.objects.all()}
    events = {e.title: e for e in EventPage.objects.filter(locale=locale)}
    sheets_by_commune = {}
    for sheet in (
        ExperienceSheetPage.objects.filter(locale=locale)
        .select_related("commune")
        .prefetch_related("themes")
    ):
        sheets_by_commune.setdefault(sheet.commune.insee_code, []).append(
            (sheet, {t.slug for t in sheet.themes.all()})
        )
    existing = set(Resource.objects.values_list("slug", flat=True))
    readers = list(users.values())
    created = 0
    for position, data in enumerate(RESOURCES):
        if data["slug"] in existing:
            continue
        resource = ResourceFactory(
            title=data["title"],
            slug=data["slug"],
            kind=data["kind"],
            year=data.get("year"),
            description=data.get("description", ""),
            commune=communes.get(data.get("commune") or ""),
            body=data["body"],
            file_format=data["file_format"],
            themes=[themes[slug] for slug in data["themes"] if slug in themes],
        )
        if data.get("event") and data["event"] in events:
            resource.related_events.add(events[data["event"]])
        related = _related_sheets(data, sheets_by_commune)
        if related:
            resource.related_sheets.add(*related)
        grants = data["access"]
        if grants.get("all_members"):
            access.set_open_to_all(resource, True)
        for slug in grants.get("organisations", []):
            access.grant(resource, organisations[slug].group)
        for slug in grants.get("working_groups", []):
            access.grant(resource, groups[slug].group)
        for email in grants.get("users", []):
            access.grant(resource, users[email.lower()])
        # Spread the "added on" dates over the last months, newest last in the data.
        added = timezone.now() - datetime.timedelta(days=(len(RESOURCES) - position) * 3)
        Resource.objects.filter(pk=resource.pk).update(created_at=added)
        if grants.get("all_members") and position % 4 == 0:
            for reader in readers[position % 7 :: 23][:3]:
                DownloadLogFactory(resource=resource, user=reader)
        created += 1
    stdout.write(f"  Espace adhérents : {created} ressources réservées créées.")
    return created


def build_invitation(organisations):
    if not Invitation.objects.filter(email=PENDING_INVITATION).exists():
        InvitationFactory(
            email=PENDING_INVITATION,
            first_name="Aurélie",
            last_name="Hamon",
            organisation=organisations.get("meslay-du-maine") or next(iter(organisations.values())),
            role="elu",
            function="Conseillère municipale déléguée à la transition écologique",
        )


def build(stdout):
    organisations, groups = build_organisations()
    users = build_members(organisations, groups)
    build_resources(organisations, groups, users, stdout)
    build_invitation(organisations)
    lines = []
    for data in MEMBERS:
        marker = data.get("demo_login")
        if not marker:
            continue
        profile = MemberProfile.objects.select_related("organisation").get(
            user__email=data["email"].lower()
        )
        label = {
            "large": "Adhérente, accès large",
            "restreint": "Adhérent, accès restreint",
        }.get(marker, f"Adhérent ({marker})")
        lines.append(
            f"{label} ({profile.organisation.name}) : {data['email']} / {MEMBER_PASSWORD}"
            "  ->  /adherents/"
        )
    lapsed = [o for o in organisations.values() if not o.is_active]
    if lapsed:
        member = MemberProfile.objects.filter(organisation=lapsed[0]).select_related("user").first()
        if member:
            lines.append(
                f"Adhérent d'une collectivité dont l'adhésion a expiré ({lapsed[0].name}) : "
                f"{member.user.email} / {MEMBER_PASSWORD}"
            )
    return lines
