"""Shared fixtures: the page tree's top, locales, and a client for each kind of user; and how
the suite runs in parallel under pytest-xdist (`make test`)."""

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import translation
from xdist.scheduler import LoadFileScheduling

from home.setup import ensure_home_page, ensure_home_translations, ensure_locales
from tests.browser import findings
from tests.factories import UserFactory
from tests.second_factor import verified_login

# Test packages whose tests share a package-scoped fixture: one worker runs each of them whole.
SHARED_PACKAGES = [
    "tests/browser/",  # the demo site the browser tests are served
    "tests/demo_site/",  # the demo, loaded once for its modules
]


class FileScheduling(LoadFileScheduling):
    """pytest-xdist's `--dist loadfile` (`make test`): each test module goes whole to one worker,
    so that a module-scoped fixture (a demo loaded for a module) is built once; and each package
    of SHARED_PACKAGES goes whole to one worker too, so that its package-scoped fixture is.

    (`--dist loadgroup` would do this with `xdist_group` marks, but pytest-xdist 3.8 loses the
    marks with pytest 9.2's node ids: pytest-xdist issue 1386.)"""

    def _split_scope(self, nodeid):
        package = next((p for p in SHARED_PACKAGES if nodeid.startswith(p)), None)
        return package or super()._split_scope(nodeid)


def _scope(item):
    """The unit one worker runs whole: its module, or its package of SHARED_PACKAGES."""
    package = next((p for p in SHARED_PACKAGES if item.nodeid.startswith(p)), None)
    return package or item.nodeid.split("::")[0]


def _heavy(items):
    return any(
        item.get_closest_marker("heavy") or item.get_closest_marker("browser") for item in items
    )


def _flushes(unit):
    """A unit of transactional tests empties every table when each test ends (Django's
    TransactionTestCase; serialized_rollback restores the migrations' rows only at the start of
    the next such test): run after all the others, as Django's own runner does."""
    return any(
        marker.kwargs.get("transaction")
        for item in unit
        for marker in item.iter_markers("django_db")
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The heavy units (marked `heavy`, or the browser tests: a minute or more of one worker's
    time each) run first, then the others by number of tests, so that the workers end together
    instead of one finishing a heavy module alone, and the transactional units last (they empty
    the tables); `make test` passes --no-loadscope-reorder so that pytest-xdist keeps this
    order."""
    units = {}
    for item in items:
        units.setdefault(_scope(item), []).append(item)
    ordered = sorted(
        units.values(), key=lambda unit: (_flushes(unit), not _heavy(unit), -len(unit))
    )
    items[:] = [item for unit in ordered for item in unit]


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    if config.getvalue("dist") == "loadfile":
        return FileScheduling(config, log)
    return None


def pytest_sessionfinish(session):
    """An xdist worker hands what the browser tests found over to the controller."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["axe_findings"] = list(findings.AXE_FINDINGS)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node, error):
    findings.AXE_FINDINGS.extend(getattr(node, "workeroutput", {}).get("axe_findings", []))


def pytest_terminal_summary(terminalreporter):
    """axe-core's findings on every audited page, blocking or not, at the end of the report."""
    findings.summarise(terminalreporter)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty Django cache: what a previous test cached (the network
    settings, Wagtail's site root paths) refers to rows its rolled-back database no longer has."""
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def default_language():
    """Each test ends in the default language: a request to /en/ leaves English active in the
    thread, and under pytest-xdist the next test in the process is a different one each run."""
    yield
    translation.deactivate()


@pytest.fixture
def locales(db):
    return ensure_locales()


@pytest.fixture
def home_page(locales):
    """The French home page, root of the default Site."""
    return ensure_home_page()


@pytest.fixture
def english_home_page(home_page):
    return ensure_home_translations(home_page)["en"]


@pytest.fixture
def site(home_page):
    return home_page.get_site()


def create_admin_user():
    """The staff superuser the `admin_user` fixture gives, for a fixture of a wider scope."""
    return UserFactory(
        email="admin@exemple.fr", is_staff=True, is_superuser=True, first_name="Admin"
    )


@pytest.fixture
def admin_user(db):
    return create_admin_user()


@pytest.fixture
def non_member_user(db):
    """Signed in, but belongs to no member organisation."""
    return UserFactory(email="visiteur@exemple.fr")


@pytest.fixture
def anonymous_client(site):
    return Client()


@pytest.fixture
def admin_client(site, admin_user):
    """Signed in to the admin with a second factor verified in this session."""
    client = Client()
    verified_login(client, admin_user)
    return client


@pytest.fixture
def non_member_client(site, non_member_user):
    client = Client()
    client.force_login(non_member_user)
    return client
