"""Self-check of the member area's demo data files: counts, references and the fixtures other
tests need.

The demo loader and the access-matrix tests trust these lists; a typo in a slug or an email here
would otherwise surface as a confusing failure far away.
"""

import datetime
import re
from collections import Counter

import pytest

from demo.loaders.data import read
from demo.loaders.members import membership_end
from sheets.communes_data import read_rows

COMMUNES = read_rows()
MEMBERS = read("members")
ORGANISATIONS = read("organisations")
RESOURCES = read("resources")
WORKING_GROUPS = read("working_groups")

THEME_SLUGS = {
    "urbanisme",
    "economies-d-eau",
    "energie",
    "mobilite",
    "biodiversite",
    "alimentation",
    "dechets",
    "batiments-publics",
    "eclairage-public",
    "participation-citoyenne",
    "demarches-globales",
}
RESOURCE_KINDS = {
    "cahier_des_charges",
    "dossier_technique",
    "compte_rendu",
    "presentation",
    "deliberation",
    "etude",
    "guide",
}
ROLES = {"elu", "technicien", "conseil"}
ACCESS_KEYS = {"all_members", "organisations", "working_groups", "users"}

INSEE_CODES = {commune["insee_code"] for commune in COMMUNES}
ORGS = {org["slug"]: org for org in ORGANISATIONS}
GROUP_SLUGS = {group["slug"] for group in WORKING_GROUPS}
MEMBERS_BY_EMAIL = {member["email"]: member for member in MEMBERS}
LAPSED = [org for org in ORGANISATIONS if str(org["active_until"]) < "2025-01-01"]


def access_kind(access):
    """'combination' when a resource is granted through several kinds of grant at once."""
    return "combination" if len(access) > 1 else next(iter(access))


def test_organisations():
    assert len(ORGANISATIONS) == 30
    assert len(ORGS) == 30, "organisation slugs must be unique"
    kinds = Counter(org["kind"] for org in ORGANISATIONS)
    assert kinds == {"commune": 26, "epci": 4}
    for org in ORGANISATIONS:
        assert 2010 <= org["member_since"] <= 2025, org["slug"]
        assert re.fullmatch(r"20\d\d-12-31|end_of_year\+[12]|today\+\d+", org["active_until"]), org[
            "slug"
        ]
        if org["kind"] == "commune":
            assert org["commune"] in INSEE_CODES, org["slug"]
        else:
            assert org["commune"] is None, org["slug"]
    communes = [org["commune"] for org in ORGANISATIONS if org["commune"]]
    assert len(communes) == len(set(communes)), "one organisation per commune"


def test_exactly_one_lapsed_organisation_the_others_current():
    assert [org["slug"] for org in LAPSED] == ["renaze"]
    assert LAPSED[0]["active_until"].startswith("2024")
    current = [org for org in ORGANISATIONS if org not in LAPSED]
    today = datetime.date(2026, 12, 6)
    assert all(membership_end(org["active_until"], today) > today for org in current)


def test_one_membership_ends_soon_the_others_later_than_sixty_days():
    """Ernée's members see the renewal warning; the others not, whatever the day."""
    for today in (datetime.date(2026, 12, 6), datetime.date(2027, 1, 1), datetime.date(2030, 6, 1)):
        soon = [
            org["slug"]
            for org in ORGANISATIONS
            if 0 <= (membership_end(org["active_until"], today) - today).days <= 60
        ]
        assert soon == ["ernee"]


def test_working_groups():
    assert 4 <= len(WORKING_GROUPS) <= 5
    assert len(GROUP_SLUGS) == len(WORKING_GROUPS)
    assert "groupe-restauration-collective" in GROUP_SLUGS
    for group in WORKING_GROUPS:
        assert group["name"] and len(group["description"]) > 80


def test_members_count_uniqueness_and_references():
    assert 75 <= len(MEMBERS) <= 90
    assert len(MEMBERS_BY_EMAIL) == len(MEMBERS), "emails must be unique"
    names = {(member["first_name"], member["last_name"]) for member in MEMBERS}
    assert len(names) == len(MEMBERS), "names must be unique"
    for member in MEMBERS:
        assert member["organisation"] in ORGS, member["email"]
        assert re.fullmatch(
            rf"[a-z-]+\.[a-z-]+@{re.escape(member['organisation'])}\.exemple\.fr",
            member["email"],
        ), member["email"]
        assert member["role"] in ROLES, member["email"]
        assert member["function"], member["email"]
        assert set(member["working_groups"]) <= GROUP_SLUGS, member["email"]
        assert len(member["working_groups"]) == len(set(member["working_groups"]))
    assert {member["role"] for member in MEMBERS} == ROLES


def test_every_organisation_has_two_to_four_members_and_lapsed_has_three():
    per_org = Counter(member["organisation"] for member in MEMBERS)
    assert set(per_org) == set(ORGS)
    assert all(2 <= count <= 4 for count in per_org.values()), per_org
    assert per_org[LAPSED[0]["slug"]] >= 3


def test_demo_logins():
    logins = Counter(member.get("demo_login") for member in MEMBERS if member.get("demo_login"))
    assert logins == {"large": 1, "restreint": 1, "echeance": 1}
    large = next(m for m in MEMBERS if m.get("demo_login") == "large")
    narrow = next(m for m in MEMBERS if m.get("demo_login") == "restreint")
    assert ORGS[large["organisation"]] not in LAPSED
    assert len(large["working_groups"]) >= 3
    assert "groupe-restauration-collective" in large["working_groups"]
    assert ORGS[narrow["organisation"]] not in LAPSED
    assert ORGS[narrow["organisation"]]["kind"] == "commune"
    assert narrow["working_groups"] == []
    # Narrow means: only what every member gets, nothing granted to the person or the commune.
    for resource in RESOURCES:
        access = resource["access"]
        assert narrow["email"] not in access.get("users", [])
        assert narrow["organisation"] not in access.get("organisations", [])


def test_resources_count_uniqueness_and_fields():
    assert 140 <= len(RESOURCES) <= 160
    slugs = [resource["slug"] for resource in RESOURCES]
    assert len(slugs) == len(set(slugs)), "resource slugs must be unique"
    titles = [resource["title"] for resource in RESOURCES]
    assert len(titles) == len(set(titles)), "resource titles must be unique"
    for resource in RESOURCES:
        slug = resource["slug"]
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
        assert resource["kind"] in RESOURCE_KINDS, slug
        assert 1 <= len(resource["themes"]) <= 2, slug
        assert set(resource["themes"]) <= THEME_SLUGS, slug
        assert resource["commune"] is None or resource["commune"] in INSEE_CODES, slug
        assert 2010 <= resource["year"] <= 2026, slug
        assert resource["file_format"] in {"pdf", "docx", "odt"}, slug
        assert resource["event"] is None or isinstance(resource["event"], str), slug
        assert resource["description"].count(".") >= 1, slug
        assert 5 <= len(resource["body"].splitlines()) <= 20, slug
    assert {resource["kind"] for resource in RESOURCES} == RESOURCE_KINDS
    formats = Counter(resource["file_format"] for resource in RESOURCES)
    assert formats["pdf"] > len(RESOURCES) / 2 and formats["docx"] and formats["odt"]


def test_resource_access_references_exist():
    for resource in RESOURCES:
        access, slug = resource["access"], resource["slug"]
        assert access and set(access) <= ACCESS_KEYS, slug
        if "all_members" in access:
            assert access == {"all_members": True}, slug
        assert set(access.get("organisations", [])) <= set(ORGS), slug
        assert set(access.get("working_groups", [])) <= GROUP_SLUGS, slug
        assert set(access.get("users", [])) <= set(MEMBERS_BY_EMAIL), slug
        assert all(access.get(key, True) for key in ACCESS_KEYS), f"empty grant on {slug}"


def test_access_mix():
    kinds = Counter(access_kind(resource["access"]) for resource in RESOURCES)
    assert set(kinds) == ACCESS_KEYS | {"combination"}
    share = {kind: count / len(RESOURCES) for kind, count in kinds.items()}
    assert 0.35 <= share["all_members"] <= 0.55, share
    assert 0.12 <= share["organisations"] <= 0.28, share
    assert 0.12 <= share["working_groups"] <= 0.28, share
    assert 0.05 <= share["users"] <= 0.15, share
    assert 0.02 <= share["combination"] <= 0.10, share


def test_some_resources_are_granted_only_to_the_lapsed_organisation():
    lapsed_only = [r["slug"] for r in RESOURCES if r["access"] == {"organisations": ["renaze"]}]
    assert len(lapsed_only) >= 2


def test_clause_d_insertion_is_in_exactly_one_reserved_cahier_des_charges():
    matches = [r for r in RESOURCES if "clause d'insertion" in r["body"].lower()]
    assert [r["slug"] for r in matches] == ["cdc-clause-insertion"]
    resource = matches[0]
    assert resource["kind"] == "cahier_des_charges"
    assert resource["access"] == {"working_groups": ["groupe-restauration-collective"]}
    others = [r for r in RESOURCES if r is not resource]
    assert not any("insertion" in (r["title"] + r["description"]).lower() for r in others)


def test_confidential_methaniseur_report_is_granted_to_one_user_only():
    matches = [
        r for r in RESOURCES if "méthaniseur" in (r["title"] + r["description"] + r["body"]).lower()
    ]
    assert [r["slug"] for r in matches] == ["cr-copil-methaniseur-villaines-confidentiel"]
    access = matches[0]["access"]
    assert set(access) == {"users"} and len(access["users"]) == 1


def _all_strings():
    for rows in (ORGANISATIONS, WORKING_GROUPS, MEMBERS, RESOURCES):
        for row in rows:
            for value in row.values():
                if isinstance(value, str):
                    yield value
                elif isinstance(value, list):
                    yield from (item for item in value if isinstance(item, str))


@pytest.mark.parametrize("placeholder", ["lorem", "ipsum", "todo", "fixme", "xxx"])
def test_no_placeholder_text(placeholder):
    pattern = re.compile(rf"\b{placeholder}\b", re.IGNORECASE)
    assert not [s for s in _all_strings() if pattern.search(s)]
