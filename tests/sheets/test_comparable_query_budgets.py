"""The pages showing comparable communes read as many queries with 3 communes and sheets as
with 30: the commune page, its list, an experience sheet and the member's dashboard."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from sheets.factories import CommuneFactory, ExperienceSheetPageFactory
from tests.factories import MemberFactory, MemberOrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def render_every_fragment(settings):
    settings.SHEETS_FRAGMENT_CACHE_SECONDS = 0


def grow(tree, count, start):
    for n in range(start, start + count):
        commune = CommuneFactory(
            name=f"Commune {n}", insee_code=f"539{n:02d}", population=900 + 40 * n
        )
        ExperienceSheetPageFactory(
            parent=tree.experiences, commune=commune, themes=[tree.energie, tree.eau]
        )


def counts(client, urls):
    found = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200, name
        found[name] = len(queries)
    return found


def test_same_count_with_3_and_30_communes(tree):
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences, commune=tree.bais, themes=[tree.energie]
    )
    organisation = MemberOrganisationFactory(name="Mairie de Bais", commune=tree.bais)
    urls = {
        "commune": tree.communes_page.url + "bais/",
        "commune list": tree.communes_page.url,
        "sheet": sheet.url,
    }
    member = Client()
    member.force_login(MemberFactory(organisation=organisation, email="bais@exemple.fr"))
    member_urls = {"dashboard": "/adherents/", "commune (member)": urls["commune"]}
    grow(tree, 3, 0)
    few = counts(Client(), urls) | counts(member, member_urls)
    grow(tree, 27, 3)
    many = counts(Client(), urls) | counts(member, member_urls)
    assert few == many
    assert "Commune 29" in Client().get(urls["commune list"]).content.decode()
