"""Every list and detail page runs a fixed number of SQL queries, whatever the item count.

Each page is measured with a few items and with more (3, then 15): the counts must be equal,
and stay within the budget. A first request warms up what is created once (image renditions).
"""

import itertools

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from members_area.factories import MemberFactory
from sheets.factories import EventPageFactory, TechnicalSheetPageFactory
from sheets.models import ExperienceRelatedSheet, TechnicalRelatedExperience

from .conftest import make_sheets

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]

# About 10 queries are the site frame every page shares (Wagtail's: the site, the locale, two per
# level of the URL, the view restrictions; ours: the language switcher with the main menu, the
# footer's settings and texts); the rest is the page's own (tests/test_query_budgets.py).
ANONYMOUS_BUDGET = 32
MEMBER_BUDGET = 38


def count_queries(client, url):
    client.get(url)  # warm-up: renditions, caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


SEQUENCE = itertools.count()


@pytest.fixture(autouse=True)
def render_every_fragment(settings):
    """Every request renders the whole page: the sheet's fragments kept in Django's cache would
    hide their queries from the second request on (tests/sheets/test_experience_fragments.py
    counts what they save)."""
    settings.SHEETS_FRAGMENT_CACHE_SECONDS = 0


def grow(tree, count):
    """`count` experience sheets (linked to each other), technical sheets and events."""
    sheets = make_sheets(tree, count)
    first = sheets[0]
    first.related_sheets = [ExperienceRelatedSheet(related=s) for s in sheets[1:]]
    first.save_revision().publish()
    for _n in range(count):
        technical = TechnicalSheetPageFactory(
            parent=tree.technical,
            title=f"Technique {next(SEQUENCE)}",
            themes=[tree.energie, tree.eau],
        )
        technical.related_experiences = [
            TechnicalRelatedExperience(experience=s) for s in sheets[:count]
        ]
        technical.save_revision().publish()
        EventPageFactory(parent=tree.events, host_commune=tree.bais, themes=[tree.energie])
    return first


def urls(tree, first):
    technical = tree.technical.get_children().first().specific
    return {
        "home": tree.home.url,
        "experience index": tree.experiences.url,
        "experience index, filtered": tree.experiences.url
        + "?theme=energie&commune=bais&status=realise&year=2018",
        "experience sheet": first.url,
        "technical index": tree.technical.url,
        "technical sheet": technical.url,
        "themes": tree.themes_page.url,
        "theme": tree.themes_page.url + "energie/",
        "communes": tree.communes_page.url,
        "commune": tree.communes_page.url + "bais/",
    }


def measure_all(tree, first, client):
    return {name: count_queries(client, url) for name, url in urls(tree, first).items()}


@pytest.fixture
def member_client(site):
    client = Client()
    client.force_login(MemberFactory(email="adherente@exemple.fr"))
    return client


def test_query_counts_do_not_grow_with_items(tree, member_client):
    """Anonymous and member, on the same tree: 3 items of each kind, then 15."""
    clients = {"anonymous": (Client(), ANONYMOUS_BUDGET), "member": (member_client, MEMBER_BUDGET)}
    first = grow(tree, 3)
    # per_page large enough that every sheet is on the first page
    for index in (tree.experiences, tree.technical):
        index.per_page = 48
        index.save_revision().publish()
    few = {kind: measure_all(tree, first, client) for kind, (client, _b) in clients.items()}
    first = grow(tree, 12)
    many = {kind: measure_all(tree, first, client) for kind, (client, _b) in clients.items()}
    for kind, (_client, budget) in clients.items():
        print(kind, few[kind])
        assert few[kind] == many[kind], kind
        over = {name: n for name, n in many[kind].items() if n > budget}
        assert over == {}, kind


def test_budget_with_pytest_django_helper(tree, django_assert_max_num_queries):
    first = grow(tree, 5)
    client = Client()
    client.get(first.url)
    client.get(tree.experiences.url)
    with django_assert_max_num_queries(ANONYMOUS_BUDGET):
        client.get(tree.experiences.url + "?theme=energie")
    with django_assert_max_num_queries(ANONYMOUS_BUDGET):
        client.get(first.url)
