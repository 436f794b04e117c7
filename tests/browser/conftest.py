"""Browser tests: Debian's Chromium driven by Playwright against the site on a loopback port.

One demo site is built for the whole `tests/browser` package (the demo command takes close to a
minute) and committed, because the server thread must see it; the package's last test restores
the database to its migrated state, so the rest of the suite starts from a clean tree.

pytest-django's `live_server` fixture is deliberately not used: it turns every test that asks
for it into a transactional test that flushes the database afterwards, which would mean loading
the demo again for each test (see `server` below for how the site is served instead).
"""

import io
import os
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.cache import cache
from django.core.management import call_command
from django.core.servers.basehttp import WSGIServer
from django.db import connection, connections
from django.db.models import Count
from django.test.testcases import LiveServerThread, QuietWSGIRequestHandler
from django.test.utils import setup_databases, teardown_databases
from django.utils import timezone, translation
from pypdf import PdfWriter
from wagtail.models import Locale

from aids.models import AidIndexPage, AidPage
from demo.loaders.data import read
from exchange.models import Question
from faq.models import FaqIndexPage
from letters.models import LetterPage
from members_area.models import Resource
from sheets.models import (
    Commune,
    CommuneIndexPage,
    EventIndexPage,
    EventPage,
    ExperienceIndexPage,
    ExperienceSheetPage,
    MapPage,
    ThemeIndexPage,
)
from tests.browser.findings import OUTPUT_DIR
from tests.browser.watch import BrowserWatch

# Playwright's sync API runs an asyncio loop in the main thread; the ORM calls the tests make
# there (and the shared in-memory SQLite connection of the server thread) are not async code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The database named in the settings before pytest-django swaps in the test database.
CONFIGURED_DB_NAME = settings.DATABASES["default"]["NAME"]
SCREENSHOT_DIR = OUTPUT_DIR / "screenshots"
FAILURE_DIR = SCREENSHOT_DIR / "failures"
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}

try:
    from playwright.sync_api import sync_playwright

    PLAYWRIGHT_MISSING = None
except ImportError:  # pragma: no cover - requirements-dev.txt installs it
    sync_playwright = None  # the browser tests are skipped (skip_reason)
    PLAYWRIGHT_MISSING = "Playwright not installed (pip install -r requirements-dev.txt)"


def skip_reason():
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        return f"Chromium not installed ({CHROMIUM})"
    return PLAYWRIGHT_MISSING


def pytest_collection_modifyitems(config, items):
    """Without Chromium the browser tests are reported as skipped, with the reason."""
    if not any(item.get_closest_marker("browser") for item in items):
        return
    reason = skip_reason()
    if reason is None:
        return
    if os.environ.get("BROWSER_TESTS_REQUIRED"):
        # CI (.ci/run) installs Chromium: there, its absence is an error, not a skip.
        raise pytest.UsageError(f"Browser tests required but cannot run: {reason}")
    marker = pytest.mark.skip(reason=reason)
    for item in items:
        if item.get_closest_marker("browser"):
            item.add_marker(marker)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """On failure, a full-page screenshot of every page the test still has open."""
    report = yield
    if report.failed and call.when in ("setup", "call"):
        pages = getattr(item, "_browser_pages", [])
        FAILURE_DIR.mkdir(parents=True, exist_ok=True)
        stem = re.sub(r"[^\w.-]+", "_", item.nodeid.split("::", 1)[-1])[:120]
        for number, page in enumerate(pages, start=1):
            if page.is_closed():
                continue
            path = FAILURE_DIR / f"{stem}-{number}.png"
            try:
                page.screenshot(path=str(path), full_page=True)
            except Exception as exc:  # noqa: BLE001 - the failure report matters more
                report.sections.append(("screenshot", f"could not take screenshot: {exc}"))
                continue
            report.sections.append(("screenshot", f"{page.url}\n  -> {path}"))
    return report


# --- The site under test ---------------------------------------------------------------------


@pytest.fixture(scope="package")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content, committed, then the migrated database restored after the package.

    The database stays unblocked while the package runs: the server thread answers from it.
    """
    with django_db_blocker.unblock():
        own_test_db = None
        if connection.settings_dict["NAME"] == CONFIGURED_DB_NAME:
            # pytest-django creates the test database only when some selected test asks for
            # `db`; with the browser tests alone (`make test-browser`) nobody did: create it.
            own_test_db = setup_databases(verbosity=0, interactive=False, aliases={"default"})
        migrated_state = connection.creation.serialize_db_to_string()
        try:
            call_command("load_demo", stdout=io.StringIO())
            # URLs in the site's default language, whatever an earlier test in this process
            # left active.
            with translation.override(settings.LANGUAGE_CODE):
                namespace = build_demo_namespace()
            yield namespace
        finally:
            call_command(
                "flush",
                verbosity=0,
                interactive=False,
                reset_sequences=False,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(migrated_state)
            cache.clear()
            if own_test_db is not None:
                teardown_databases(own_test_db, verbosity=0)


def build_demo_namespace():
    """What the journeys need to know about the demo: accounts, and pages chosen from the data
    (never hard-coded titles, so that a change of the demo texts does not break the journeys)."""
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.filter(language_code="en").first()
    accounts = read("accounts")
    logins = {m["demo_login"]: m["email"].lower() for m in read("members") if m.get("demo_login")}

    sheets = list(
        ExperienceSheetPage.objects.live()
        .public()
        .filter(locale=french)
        .select_related("commune")
        .prefetch_related("themes")
        .order_by("path")
    )
    # The theme with the most sheets, and in it a sheet whose commune and status the visitor
    # filters on; for the English audits, a sheet that has a live English translation.
    by_theme = {}
    for sheet in sheets:
        for theme in sheet.themes.all():
            by_theme.setdefault(theme, []).append(sheet)
    theme, theme_sheets = max(by_theme.items(), key=lambda item: len(item[1]))
    filtered_sheet = theme_sheets[0]
    translated_sheet = next(
        (s for s in sheets if english and s.get_translation_or_none(english) is not None),
        sheets[0],
    )
    upcoming = (
        EventPage.objects.live()
        .public()
        .filter(locale=french, start__gte=timezone.now())
        .order_by("start")
    )
    event = next(
        (e for e in upcoming if english and e.get_translation_or_none(english) is not None),
        upcoming.first(),
    )

    def index(model):
        return model.objects.live().filter(locale=french).first()

    pages = {
        "experiences": index(ExperienceIndexPage),
        "themes": index(ThemeIndexPage),
        "map": index(MapPage),
        "events": index(EventIndexPage),
        "sheet": translated_sheet,
        "event": event,
        "faq": FaqIndexPage.objects.live().filter(locale=french).first(),
        "communes": index(CommuneIndexPage),
        "aids": index(AidIndexPage),
        # An open aid with an English version, as a visitor lands on it.
        "aid": next(
            aid
            for aid in AidPage.objects.live().public().open_on().filter(locale=french)
            if english and aid.get_translation_or_none(english) is not None
        ),
        # The network's last letter (translated in the demo).
        "letter": LetterPage.objects.live().filter(locale=french).order_by("-issue_date").first(),
    }

    def url_in(page, locale):
        if page is None:
            return None
        if locale != french:
            page = page.get_translation_or_none(locale)
            if page is None or not page.live:
                return None
        return page.get_url()

    urls = {}
    for code, locale in (("fr", french), ("en", english)):
        if locale is None:
            continue
        urls[code] = {name: url_in(page, locale) for name, page in pages.items()}

    resource = Resource.objects.get(slug="cdc-clause-insertion")
    reserved = SimpleNamespace(
        title=resource.title,
        url=resource.get_absolute_url(),
        download_url=resource.get_download_url(),
    )
    # A question with several answers, one of them validated by the network.
    question = (
        Question.objects.visible()
        .filter(answers__validated_at__isnull=False)
        .annotate(answer_total=Count("answers"))
        .order_by("-answer_total", "pk")
        .first()
    )
    return SimpleNamespace(
        reserved=reserved,
        question_url=question.get_absolute_url(),
        new_sheet_commune=min(
            Commune.objects.all(), key=lambda c: (c.experience_sheets.count(), c.name)
        ),
        this_year=timezone.localdate().year,
        pdf_bytes=blank_pdf(),
        admin_email=accounts["administrator"]["email"],
        admin_password=accounts["administrator"]["password"],
        member_password=accounts["member_password"],
        broad_member=logins["large"],
        narrow_member=logins["restreint"],
        theme=theme,
        theme_sheet_count=len(theme_sheets),
        filtered_sheet=filtered_sheet,
        event=event,
        pages=pages,
        urls=urls,
    )


def blank_pdf():
    """A one-page PDF made here (pypdf is a dependency of the site), for uploads."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": "Plan de financement"})
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


@pytest.fixture(scope="package")
def server(demo_site):
    """The site served by a thread of this process on a free loopback port.

    With SQLite the test database lives in memory behind ONE connection, which the server
    thread borrows from this one: requests are then served one at a time, or two at once
    (Wagtail's autosave while the editor uploads a file) would interleave their transactions.
    PostgreSQL gives each request thread its own connection: there, the usual threaded server.
    """

    class OneRequestAtATime(LiveServerThread):
        def _create_server(self, connections_override=None):
            return WSGIServer(
                (self.host, self.port), QuietWSGIRequestHandler, allow_reuse_address=False
            )

    shared = {
        conn.alias: conn
        for conn in connections.all()
        if conn.vendor == "sqlite" and conn.is_in_memory_db()
    }
    thread_class = OneRequestAtATime if shared else LiveServerThread
    thread = thread_class("localhost", StaticFilesHandler, connections_override=shared)
    thread.daemon = True
    for conn in shared.values():
        conn.inc_thread_sharing()
    thread.start()
    thread.is_ready.wait()
    try:
        if thread.error:
            raise thread.error
        yield f"http://localhost:{thread.port}"
    finally:
        thread.terminate()
        for conn in shared.values():
            conn.dec_thread_sharing()


@pytest.fixture(scope="package")
def base_url(server):
    return server


# --- The browser ------------------------------------------------------------------------------


@pytest.fixture(scope="package")
def playwright_instance():
    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="package")
def chromium(playwright_instance):
    browser = playwright_instance.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )
    yield browser
    browser.close()


@pytest.fixture
def browser_watch():
    """The Content-Security-Policy violations and outside requests of the test's pages."""
    return BrowserWatch()


@pytest.fixture
def new_page(request, chromium, base_url, browser_watch):
    """Opens a page in a fresh browser context (its own cookies: one per person).

    The test fails if a page of any of its contexts breaks the Content-Security-Policy or asks
    a host other than the site (tests/browser/watch.py)."""
    contexts = []
    watch = browser_watch
    request.node._browser_pages = []

    def open_page(viewport=DESKTOP, locale="fr-FR", **options):
        """`options`: more of Playwright's context options (is_mobile, java_script_enabled)."""
        context = chromium.new_context(
            base_url=base_url, viewport=viewport, locale=locale, accept_downloads=True, **options
        )
        context.set_default_timeout(10_000)
        watch.watch(context)
        # Nothing leaves the machine: map tiles and any other outside address fail at once,
        # and are noted (only the tiles are allowed).
        context.route(
            re.compile(r"^(?!https?://(localhost|127\.0\.0\.1)[:/])"),
            lambda route: abort(route, watch),
        )
        contexts.append(context)
        page = context.new_page()
        request.node._browser_pages.append(page)
        return page

    yield open_page
    for context in contexts:
        context.close()
    problems = watch.problems()
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


def abort(route, watch):
    watch.on_outside_request(route.request.url)
    route.abort()


@pytest.fixture
def page(new_page):
    return new_page()


def save_screenshot(page, name):
    """A full-page screenshot in test-output/screenshots/ (see docs/screenshots.md)."""
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    # Lazy images below the fold would show as blanks in a full-page picture.
    page.evaluate(
        "document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')"
    )
    page.wait_for_load_state("networkidle")
    path = SCREENSHOT_DIR / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


@pytest.fixture(scope="session", autouse=True)
def _clean_failure_screenshots():
    """Failure screenshots of an earlier run would mislead: start each run without them."""
    shutil.rmtree(FAILURE_DIR, ignore_errors=True)
