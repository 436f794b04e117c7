"""Search fixtures: an osmem-server for the whole session, a per-test switch that points
Wagtail's search at it (with a fresh index prefix, so tests do not see each other's documents),
and the transaction a module builds its shared content in, once."""

import contextlib
import itertools

import pytest
from django.core.management import call_command
from osmem_server import OsmemServer
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from home.setup import ensure_home_page
from members_area.factories import MemberFactory, MemberOrganisationFactory
from search.fallback import breaker
from tests.factories import UserFactory
from tests.module_world import module_transaction
from tests.search.osmem import OSMEM_INDEX_SETTINGS, PlainJsonTransport

_prefixes = itertools.count()


@contextlib.contextmanager
def module_content(django_db_blocker):
    """For a module-scoped fixture: the home page (and the locales), then whatever the fixture
    builds on it, in the module's transaction (tests.module_world). The fixture hands over
    primary keys, and a function-scoped fixture reads the rows again for each test, so that no
    test sees another's changes to a Python object."""
    with module_transaction(django_db_blocker):
        yield ensure_home_page()


def build_people():
    """One person of each kind the reserved resources' tests compare (anonymous is None); the
    tests grant the "with_grant" ones what they should see."""
    organisation = MemberOrganisationFactory()
    return {
        "anonymous": None,
        "non_member": UserFactory(email="nm@exemple.fr"),
        "member_without_grant": MemberFactory(organisation=organisation, email="m1@exemple.fr"),
        "member_with_grant": MemberFactory(organisation=organisation, email="m2@exemple.fr"),
        "lapsed_member_with_grant": MemberFactory(
            organisation=MemberOrganisationFactory(lapsed=True), email="old@exemple.fr"
        ),
    }


@pytest.fixture(autouse=True)
def closed_breaker():
    """Each test starts with Elasticsearch's circuit breaker closed: its per-process state
    outlives a test."""
    breaker.reset()
    yield
    breaker.reset()


@pytest.fixture(scope="session")
def osmem():
    """One osmem-server process on a free loopback port, stopped at the end of the session."""
    server = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
    yield server
    server.close()


def osmem_backend_settings(url, prefix):
    return {
        "BACKEND": "tests.search.osmem_backend",
        "URLS": [url],
        "INDEX_PREFIX": prefix,
        "TIMEOUT": 5,
        "OPTIONS": {"transport_class": PlainJsonTransport, "max_retries": 0},
        "INDEX_SETTINGS": OSMEM_INDEX_SETTINGS,
        # osmem has no index aliases worth trusting in tests; rebuild in place.
        "ATOMIC_REBUILD": False,
    }


class SearchIndex:
    """What a test needs to drive the Elasticsearch backend: rebuild and refresh."""

    def __init__(self, backend_name="default"):
        self.backend_name = backend_name

    @property
    def backend(self):
        return get_search_backend(self.backend_name)

    def rebuild(self):
        call_command("update_index", verbosity=0)
        self.refresh()

    def create_empty(self):
        """The indexes and mappings `update_index` would create, without documents yet."""
        backend = self.backend
        seen = set()
        for model in get_indexed_models():
            index = backend.get_index_for_model(model)
            if index.name not in seen:
                index.reset()
                seen.add(index.name)
            index.add_model(model)

    def refresh(self):
        backend = self.backend
        if not hasattr(backend, "es"):
            return
        names = {backend.get_index_for_model(m).name for m in get_indexed_models()}
        for name in names:
            if backend.es.indices.exists(index=name):
                backend.es.indices.refresh(index=name)


@pytest.fixture
def elasticsearch(settings, osmem, db):
    """Point the site at osmem through the elasticsearch9 backend (plus the database fallback),
    with empty indexes created from the mapping, as `update_index` does."""
    prefix = f"t{next(_prefixes)}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": osmem_backend_settings(osmem.url, prefix),
        "database": settings.DATABASE_SEARCH_BACKEND,
    }
    # osmem ignores the synonym filter, so the page expands queries itself, as on the database.
    settings.SEARCH_QUERY_SYNONYMS = True
    index = SearchIndex()
    index.create_empty()
    return index


@pytest.fixture
def database_search(settings, db):
    settings.WAGTAILSEARCH_BACKENDS = {"default": settings.DATABASE_SEARCH_BACKEND}
    return SearchIndex()
