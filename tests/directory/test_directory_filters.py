"""The directory's search and filters: by name, theme, commune, intercommunality and role,
combined, paginated; facets list only the values some listed member shows."""

import re

import pytest

from directory.factories import DirectoryEntryFactory
from directory.listing import PER_PAGE
from members_area.models import MemberRole
from sheets.factories import CommuneFactory, ThemeFactory
from tests.directory.conftest import DIRECTORY_URL
from tests.factories import MemberFactory, MemberOrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def network(site, member):
    """Two communes of two intercommunalities, members with various roles and themes."""
    eau = ThemeFactory(name="Eau", slug="eau")
    ThemeFactory(name="Mobilité", slug="mobilite")  # nobody helps with it
    bazougers = CommuneFactory(name="Bazougers", slug="bazougers", epci="Mayenne Communauté")
    evron = CommuneFactory(name="Évron", slug="evron", epci="Coëvrons")
    for name, commune, role, themes in [
        ("Bertrand Durand", bazougers, MemberRole.ELECTED, [eau]),
        ("Camille Roux", evron, MemberRole.TECHNICIAN, []),
        ("Denise Morel", evron, MemberRole.COUNCIL, [eau]),
    ]:
        first, last = name.split()
        organisation = MemberOrganisationFactory(name=f"Commune de {commune.name}", commune=commune)
        user = MemberFactory(organisation=organisation, role=role, first_name=first, last_name=last)
        DirectoryEntryFactory(user=user, show_themes=bool(themes), themes=themes)
    return member


def names(client, query=""):
    html = client.get(DIRECTORY_URL + query).content.decode()
    return sorted(re.findall(r'class="directory-card__name">([^<]+)<', html))


def options(client, name):
    html = client.get(DIRECTORY_URL).content.decode()
    select = html.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
    return re.findall(r'<option value="([^"]+)"', select)


def test_everyone_listed_by_name(network, member_client):
    assert names(member_client) == [
        "Bertrand Durand",
        "Camille Roux",
        "Denise Morel",
        "Maëlle Abel",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?q=durand", ["Bertrand Durand"]),
        ("?q=Camille roux", ["Camille Roux"]),
        ("?q=Évron", ["Camille Roux", "Denise Morel"]),  # the organisation's name, shown
        ("?theme=eau", ["Bertrand Durand", "Denise Morel"]),
        ("?commune=evron", ["Camille Roux", "Denise Morel"]),
        ("?interco=Mayenne+Communauté", ["Bertrand Durand"]),
        ("?role=conseil", ["Denise Morel"]),
        ("?theme=eau&commune=evron", ["Denise Morel"]),
        ("?theme=mobilite", []),
        ("?commune=inconnue", []),
        ("?role=pirate", []),
    ],
)
def test_filters(network, member_client, query, expected):
    assert names(member_client, query) == expected


def test_facets_list_only_shown_values(network, member_client):
    assert options(member_client, "theme") == ["eau"]
    assert options(member_client, "commune") == ["bazougers", "evron"]
    assert options(member_client, "interco") == ["Coëvrons", "Mayenne Communauté"]
    assert options(member_client, "role") == ["elu", "technicien", "conseil"]


def test_a_member_who_hides_their_role_is_not_found_by_it(network, member_client):
    denise = DirectoryEntryFactory._meta.model.objects.get(user__last_name="Morel")
    denise.show_role = False
    denise.save()
    assert names(member_client, "?role=conseil") == []
    assert "conseil" not in options(member_client, "role")
    denise.show_commune = denise.show_themes = False
    denise.save()
    assert names(member_client, "?commune=evron") == ["Camille Roux"]
    assert names(member_client, "?interco=Coëvrons") == ["Camille Roux"]
    assert names(member_client, "?theme=eau") == ["Bertrand Durand"]
    assert names(member_client) == [
        "Bertrand Durand",
        "Camille Roux",
        "Denise Morel",
        "Maëlle Abel",
    ]


@pytest.mark.parametrize("query", ["?q=" + "a" * 500, "?q='%_\\", "?page=999", "?page=x", "?role="])
def test_odd_requests_answer(network, member_client, query):
    assert member_client.get(DIRECTORY_URL + query).status_code == 200


def test_pagination_keeps_the_filters(network, member_client, organisation):
    for number in range(PER_PAGE + 1):
        MemberFactory(organisation=organisation, last_name=f"Zeta{number:02d}")
    html = member_client.get(DIRECTORY_URL + "?q=zeta").content.decode()
    assert html.count('class="directory-card__name"') == PER_PAGE
    assert 'href="?q=zeta&amp;page=2"' in html
    assert len(names(member_client, "?q=zeta&page=2")) == 1
