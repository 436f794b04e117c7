"""The demo's relevance set (search/relevance/demo_queries.yaml) on the database backend (SQLite,
or PostgreSQL when DATABASE_URL names it) and on Elasticsearch (osmem): P@3 and MRR, per
category, and the failures, printed with `-s` (`make relevance` runs both databases).

The demo is loaded once for the package (tests/demo_site/conftest.py); each backend's report is
computed once and shared by the tests that read it.
"""

import itertools
import json

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings

from search import relevance
from search.fallback import breaker
from tests.search.conftest import SearchIndex, osmem_backend_settings

FLOOR_P_AT_3 = 0.9
FLOOR_MRR = 0.9
_prefixes = itertools.count()

pytestmark = [pytest.mark.django_db, pytest.mark.heavy]


def _evaluated(label):
    breaker.reset()
    report = relevance.evaluate()
    print(f"\n[{label}] " + relevance.format_report(report))
    return report


@pytest.fixture(scope="module")
def database_report(demo_db, django_db_blocker):
    """The set on the database backend that the test database has (indexed by load_demo)."""
    backends = {"default": settings.DATABASE_SEARCH_BACKEND}
    with django_db_blocker.unblock(), override_settings(WAGTAILSEARCH_BACKENDS=backends):
        return _evaluated(connection.vendor)


@pytest.fixture(scope="module")
def osmem_report(demo_db, osmem, django_db_blocker):
    """The set on osmem through the elasticsearch9 backend, its index built from the demo (as the
    `elasticsearch` fixture of conftest does, once for the module)."""
    backends = {
        "default": osmem_backend_settings(osmem.url, f"relevance{next(_prefixes)}_"),
        "database": settings.DATABASE_SEARCH_BACKEND,
    }
    with (
        django_db_blocker.unblock(),
        override_settings(WAGTAILSEARCH_BACKENDS=backends, SEARCH_QUERY_SYNONYMS=True),
    ):
        index = SearchIndex()
        index.create_empty()
        call_command("update_index", backend_name="default", verbosity=0)
        index.refresh()
        return _evaluated(f"osmem, {connection.vendor}")


def test_the_set_is_large_and_varied():
    entries = relevance.load_queries()
    assert len(entries) >= 80
    per_category = {c: sum(e["category"] == c for e in entries) for c in relevance.CATEGORIES}
    assert min(per_category.values()) >= 5, per_category
    queries = [e["query"].casefold() for e in entries]
    assert len(set(queries)) == len(queries)


def test_every_expected_title_is_a_public_demo_page(demo_db):
    assert relevance.unknown_titles(relevance.load_queries()) == []


def test_the_command_reports_on_the_configured_backend(demo_db, capsys):
    call_command("search_relevance", "--json")
    figures = json.loads(capsys.readouterr().out)
    assert figures["backend"] == connection.vendor
    assert figures["queries"] == len(relevance.load_queries())
    assert set(figures["categories"]) == set(relevance.CATEGORIES)


def test_database_backend_floor(database_report):
    assert database_report.overall.precision >= FLOOR_P_AT_3
    assert database_report.overall.mrr >= FLOOR_MRR


def test_osmem_answered_every_query(osmem_report):
    assert not [j.query for j in osmem_report.overall.judgements if j.degraded]


def test_osmem_floor(osmem_report):
    assert osmem_report.overall.precision >= FLOOR_P_AT_3
    assert osmem_report.overall.mrr >= FLOOR_MRR
