"""The directory's pages in a fixed number of queries, within the member pages' budget of 15:
the same count with 3 members as with 30, whatever they show."""

import pytest

from directory.factories import DirectoryEntryFactory
from members_area.models import MemberRole
from sheets.factories import CommuneFactory, ThemeFactory
from tests.directory.conftest import DIRECTORY_URL, MY_ENTRY_URL
from tests.factories import MemberFactory, MemberOrganisationFactory

pytestmark = pytest.mark.django_db

MEMBER_BUDGET = 15


@pytest.fixture
def add_members(site):
    themes = [ThemeFactory(name=f"Thème budget {n}") for n in range(3)]
    made = []

    def add(count):
        for _ in range(count):
            number = len(made)
            commune = CommuneFactory(epci=f"Interco {number % 4}")
            organisation = MemberOrganisationFactory(commune=commune)
            user = MemberFactory(organisation=organisation, role=list(MemberRole)[number % 3])
            if number % 2:
                DirectoryEntryFactory(
                    user=user,
                    show_themes=True,
                    show_email=True,
                    show_phone=True,
                    phone="02 43 00 00 00",
                    can_help_with="Un retour d'expérience",
                    themes=themes[: 1 + number % 3],
                )
            made.append(user)

    return add


@pytest.mark.parametrize(
    "url",
    [
        DIRECTORY_URL,
        DIRECTORY_URL + "?q=a+e",
        DIRECTORY_URL + "?theme=theme-budget-1&role=elu&interco=Interco+1",
        MY_ENTRY_URL,
    ],
)
def test_same_count_with_3_and_30_members(
    member_client, member, add_members, url, django_assert_max_num_queries
):
    DirectoryEntryFactory(user=member, show_themes=True, themes=[ThemeFactory(name="Eau")])
    add_members(3)
    member_client.get(url)  # warm up: what is made once and kept (site root paths, settings)
    with django_assert_max_num_queries(MEMBER_BUDGET) as few:
        assert member_client.get(url).status_code == 200
    add_members(27)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert member_client.get(url).status_code == 200


def test_staff_page_within_budget(staff_client, add_members, django_assert_max_num_queries):
    add_members(30)
    staff_client.get(DIRECTORY_URL)
    with django_assert_max_num_queries(MEMBER_BUDGET):
        assert staff_client.get(DIRECTORY_URL).status_code == 200
