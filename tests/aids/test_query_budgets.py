"""The directory's pages, and the sheets' pages that show aids, run the same number of queries
with 3 aids as with 30 (no N+1), within the anonymous budget of tests/test_query_budgets.py.
Every fragment of the sheet is rendered (SHEETS_FRAGMENT_CACHE_SECONDS = 0), so that the
funding rows' links and the open aids' section are counted."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.test_query_budgets import ANONYMOUS_BUDGET

from .conftest import days, make_aid, make_sheet

pytestmark = pytest.mark.django_db
FEW, MANY = 3, 30

# Measured on SQLite, the same with 3 and 30 aids (uncached render, anonymous visitor). Beside
# Wagtail's frame and ours (tests/test_query_budgets.py): the directory reads its themes and
# funders (the filters' choices), the view restrictions (.public()), the count, the page of aids
# with their funder and number of projects (a subquery), their themes: 16, one over the budget
# as the experience list. An aid (one level deeper) reads its funder, its themes, the view
# restrictions and the sheets that obtained it with their amounts (a subquery): 16, as a FAQ
# entry. A theme page and a sheet pay two for the open aids' section (the view restrictions,
# the aids), and the sheet one for its funding rows' aids in its language.
MEASURED = {"directory": 16, "aid": 16, "theme": 22, "sheet": 26}


@pytest.fixture(autouse=True)
def render_every_fragment(settings):
    settings.SHEETS_FRAGMENT_CACHE_SECONDS = 0


def grow(tree, aids, count):
    """Aids up to `count`, each on both themes, and a sheet whose funding rows point to all."""
    while len(aids) < count:
        aids.append(
            make_aid(
                tree,
                f"Aide mesurée {len(aids):02d}",
                themes=[tree.energie, tree.eau],
                closes_on=days(20 + len(aids)),
                funder=tree.region if len(aids) % 2 else tree.ademe,
            )
        )
    make_sheet(
        tree,
        f"Projet mesuré {count}",
        fundings=[("ADEME", 1000, aid) for aid in aids],
        themes=[tree.energie, tree.eau],
    )


def measure(tree):
    theme = tree.themes_page.url + tree.themes_page.reverse_subpage(
        "theme_detail", kwargs={"slug": "energie"}
    )
    pages = {
        "directory": f"{tree.aids.url}?theme=energie&habitants=2000&kind=subvention",
        "aid": tree.fonds_chaleur.url,
        "theme": theme,
        "sheet": tree.sheet.url,
    }
    counts = {}
    for name, url in pages.items():
        client = Client()
        assert client.get(url).status_code == 200  # what is made once: renditions, site paths
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[name] = len(queries)
    return counts


def test_query_counts_do_not_grow_with_the_aids(tree):
    aids = []
    grow(tree, aids, FEW)
    tree.sheet.fundings.update(aid=aids[0])
    few = measure(tree)
    grow(tree, aids, MANY)
    many = measure(tree)
    print("aids query counts", few, many)
    assert few == many
    assert many == MEASURED
    assert many["directory"] <= ANONYMOUS_BUDGET + 1
