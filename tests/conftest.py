"""Shared fixtures: the page tree's top, locales, and a client for each kind of user; and how
the suite runs in parallel under pytest-xdist (`make test`)."""

import pytest
from django.test import Client
from django.utils import translation

from home.setup import ensure_home_page, ensure_home_translations, ensure_locales
from tests.browser import findings
from tests.factories import UserFactory


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Under `--dist loadgroup` (`make test`), tests that use one of our package-, module- or
    class-scoped fixtures (the browser tests' demo site, a demo loaded for a module) form a group
    that one worker runs, so that the fixture is built once and not once per worker. The other
    tests spread freely over the workers."""
    fixtures = config.pluginmanager.get_plugin("funcmanage")
    for item in items:
        group = shared_fixture_group(item, fixtures)
        if group:
            item.add_marker(pytest.mark.xdist_group(group))


def shared_fixture_group(item, fixtures):
    """The package of the package-scoped fixture the test uses, else the test's module if it uses
    a module- or class-scoped one; None if it uses neither (pytest's and plugins' fixtures,
    which have no `baseid`, are left out: session-scoped ones are built once per worker)."""
    group = None
    for name in getattr(item, "fixturenames", ()):
        definitions = fixtures.getfixturedefs(name, item)
        if not definitions or not definitions[-1].baseid:
            continue
        scope = definitions[-1].scope
        if scope == "package":
            return definitions[-1].baseid
        if scope in ("module", "class"):
            group = item.nodeid.split("::")[0]
    return group


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
    from django.core.cache import caches

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


@pytest.fixture
def admin_user(db):
    return UserFactory(
        email="admin@exemple.fr", is_staff=True, is_superuser=True, first_name="Admin"
    )


@pytest.fixture
def non_member_user(db):
    """Signed in, but belongs to no member organisation."""
    return UserFactory(email="visiteur@exemple.fr")


@pytest.fixture
def anonymous_client(site):
    return Client()


@pytest.fixture
def admin_client(site, admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def non_member_client(site, non_member_user):
    client = Client()
    client.force_login(non_member_user)
    return client
