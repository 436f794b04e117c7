"""The member area's parts about communes: a commune's member organisations on its page, for
active members only (per kind of user), and "Communes comme la mienne" on the dashboard."""

import pytest
from django.test import Client

from sheets.factories import (
    CommuneFactory,
    CommuneIndexPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
)
from tests.factories import MemberFactory, MemberOrganisationFactory

from .conftest import ACTIVE_MEMBERS, USER_KINDS

pytestmark = pytest.mark.django_db


@pytest.fixture
def communes(home_page):
    communes_page = CommuneIndexPageFactory(parent=home_page)
    experiences = ExperienceIndexPageFactory(parent=home_page)
    bais = CommuneFactory(name="Bais", insee_code="53016", population=1200, epci="CC Coëvrons")
    gorron = CommuneFactory(name="Gorron", insee_code="53107", population=1400, epci="CC Coëvrons")
    ExperienceSheetPageFactory(parent=experiences, commune=gorron, title="Haies bocagères")
    MemberOrganisationFactory(name="Mairie de Gorron", commune=gorron, member_since=2015)
    return {"page": communes_page, "bais": bais, "gorron": gorron}


@pytest.mark.parametrize("kind", [*USER_KINDS, "other_organisation_member"])
def test_a_communes_organisation_shows_to_active_members_only(communes, client_for, kind):
    if kind == "other_organisation_member":
        client = Client()
        client.force_login(
            MemberFactory(
                organisation=MemberOrganisationFactory(name="Mairie d'Ernée"),
                email="ernee@exemple.fr",
            )
        )
    else:
        client = client_for(kind)
    html = client.get(communes["page"].url + "gorron/").content.decode()
    shown = kind in ACTIVE_MEMBERS or kind == "other_organisation_member"
    assert ("Mairie de Gorron" in html) is shown
    assert ("adhérente depuis 2015" in html) is shown
    assert ("adhésion en cours" in html) is shown


def test_a_lapsed_organisation_says_so_to_members(communes, member_client):
    MemberOrganisationFactory(name="Mairie de Bais", commune=communes["bais"], lapsed=True)
    html = member_client.get(communes["page"].url + "bais/").content.decode()
    assert "Mairie de Bais" in html and "adhésion échue" in html


def test_the_dashboard_shows_communes_like_the_members_own(communes, site):
    organisation = MemberOrganisationFactory(name="Mairie de Bais", commune=communes["bais"])
    client = Client()
    client.force_login(MemberFactory(organisation=organisation, email="bais@exemple.fr"))
    html = client.get("/adherents/").content.decode()
    assert "Communes comme la mienne" in html
    assert "Gorron" in html and "Haies bocagères" in html and "même intercommunalité" in html


def test_no_such_section_without_a_commune(communes, member_client):
    assert "Communes comme la mienne" not in member_client.get("/adherents/").content.decode()
