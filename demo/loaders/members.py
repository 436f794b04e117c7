"""The member area: organisations, working groups, member accounts, reserved resources
(demo.loaders.resources) and a pending invitation, from organisations.yaml, working_groups.yaml,
members.yaml and accounts.yaml.

Objects are found by slug or e-mail and left alone when they exist.
"""

import datetime
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.utils import timezone

from members_area.factories import (
    InvitationFactory,
    MemberOrganisationFactory,
    MemberProfileFactory,
    WorkingGroupFactory,
)
from members_area.models import Invitation, MemberOrganisation, MemberProfile, WorkingGroup
from sheets.models import Commune

from .data import read
from .resources import build_resources

LOGIN_LABELS = {
    "large": "Adhérente, accès large",
    "restreint": "Adhérent, accès restreint",
    "echeance": "Adhérente, adhésion bientôt à renouveler (avertissement)",
}
RELATIVE_DATE = re.compile(r"(end_of_year|today)\+(\d+)")


def membership_end(value, today=None):
    """organisations.yaml's `active_until`: an ISO date, `end_of_year+N` (31 December, N years
    after this one) or `today+N` (in N days), so that the demo's memberships do not age."""
    if not value:
        return None
    today = today or timezone.localdate()
    relative = RELATIVE_DATE.fullmatch(str(value))
    if relative is None:
        return datetime.date.fromisoformat(str(value))
    base, number = relative.group(1), int(relative.group(2))
    if base == "today":
        return today + datetime.timedelta(days=number)
    return datetime.date(today.year + number, 12, 31)


def member_password():
    return read("accounts")["member_password"]


def build_organisations():
    """The organisations and the working groups, each by slug."""
    communes = {c.insee_code: c for c in Commune.objects.all()}
    organisations = {}
    for data in read("organisations"):
        organisation = MemberOrganisation.objects.filter(slug=data["slug"]).first()
        if organisation is None:
            organisation = MemberOrganisationFactory(
                name=data["name"],
                slug=data["slug"],
                kind=data["kind"],
                commune=communes.get(data["commune"] or ""),
                member_since=data["member_since"],
                active_until=membership_end(data.get("active_until")),
            )
        organisations[data["slug"]] = organisation
    groups = {}
    for data in read("working_groups"):
        group = WorkingGroup.objects.filter(slug=data["slug"]).first()
        if group is None:
            group = WorkingGroupFactory(
                name=data["name"], slug=data["slug"], description=data["description"]
            )
        groups[data["slug"]] = group
    return organisations, groups


def build_members(organisations, groups):
    """The member accounts, by lower-case e-mail."""
    user_model = get_user_model()
    existing = {u.email: u for u in user_model.objects.filter(member_profile__isnull=False)}
    last_visit = timezone.now() - datetime.timedelta(
        days=read("accounts").get("members_last_visit_days_ago", 0)
    )
    users = {}
    # The demo members share one password: hashed once (PBKDF2 takes a third of a second).
    password = make_password(member_password())
    for data in read("members"):
        email = data["email"].lower()
        user = existing.get(email)
        if user is None:
            user = user_model.objects.filter(email=email).first()
            if user is None:
                user = user_model(
                    email=email, first_name=data["first_name"], last_name=data["last_name"]
                )
                user.password = password
                user.save()
            MemberProfileFactory(
                user=user,
                organisation=organisations[data["organisation"]],
                role=data["role"],
                function=data.get("function", ""),
                resources_seen_at=last_visit,
            )
            for slug in data.get("working_groups", []):
                groups[slug].group.user_set.add(user)
        users[email] = user
    return users


def build_invitation(organisations):
    """The invitation waiting to be accepted (accounts.yaml)."""
    data = read("accounts")["invitation"]
    if not Invitation.objects.filter(email=data["email"]).exists():
        InvitationFactory(
            email=data["email"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            organisation=organisations.get(data["organisation"])
            or next(iter(organisations.values())),
            role=data["role"],
            function=data["function"],
        )


def credentials(organisations) -> list:
    """The lines `load_demo` prints: the marked demo logins, then a member of a lapsed
    organisation."""
    lines = []
    for data in read("members"):
        marker = data.get("demo_login")
        if not marker:
            continue
        profile = MemberProfile.objects.select_related("organisation").get(
            user__email=data["email"].lower()
        )
        label = LOGIN_LABELS.get(marker, f"Adhérent ({marker})")
        lines.append(
            f"{label} ({profile.organisation.name}) : {data['email']} / {member_password()}"
            "  ->  /adherents/"
        )
    lapsed = [o for o in organisations.values() if not o.is_active]
    if lapsed:
        member = MemberProfile.objects.filter(organisation=lapsed[0]).select_related("user").first()
        if member:
            lines.append(
                f"Adhérent d'une collectivité dont l'adhésion a expiré ({lapsed[0].name}) : "
                f"{member.user.email} / {member_password()}"
            )
    return lines


def build(stdout) -> list:
    """The whole member area; returns the credential lines to print."""
    organisations, groups = build_organisations()
    users = build_members(organisations, groups)
    build_resources(organisations, groups, users, stdout)
    build_invitation(organisations)
    return credentials(organisations)
