"""Content-Security-Policy and Permissions-Policy (reseau/security_headers.py, decision 0028):
every kind of HTML page carries the strict policy, the admin alone the relaxed one, and no
template of the project holds what the strict policy would refuse."""

import re
from pathlib import Path

import pytest
from csp.decorators import csp_update
from django.http import HttpResponse
from django.test import Client
from django.utils import timezone

from reseau.security_headers import SiteCSPMiddleware
from reseau.settings.base import map_tile_source
from sheets.factories import (
    CommuneFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    MapPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from tests.factories import MemberFactory, MemberOrganisationFactory

REPO = Path(__file__).resolve().parents[2]
PROJECT_APPS = [
    "reseau",
    "core",
    "home",
    "sheets",
    "faq",
    "members_area",
    "exchange",
    "search",
    "demo",
]
STRICT = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' https://tile.openstreetmap.org",
    "font-src": "'self'",
    "connect-src": "'self'",
    "frame-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'self'",
}


def policy(response):
    header = response["Content-Security-Policy"]
    return dict(
        part.strip().split(" ", 1) if " " in part.strip() else (part.strip(), "")
        for part in header.split(";")
    )


@pytest.fixture
def content(home_page):
    theme = ThemeFactory(name="Eau", slug="eau", colour="#2255aa")
    ThemeIndexPageFactory(parent=home_page, slug="themes")
    index = ExperienceIndexPageFactory(parent=home_page, slug="fiches")
    sheet = ExperienceSheetPageFactory(
        parent=index, slug="chaufferie", commune=CommuneFactory(), themes=[theme]
    )
    events = EventIndexPageFactory(parent=home_page, slug="rencontres")
    event = EventPageFactory(
        parent=events, slug="visite", start=timezone.now() + timezone.timedelta(days=7)
    )
    MapPageFactory(parent=home_page, slug="carte")
    return {"sheet": sheet, "event": event}


PUBLIC_URLS = [
    "/",
    "/themes/",
    "/themes/eau/",
    "/fiches/",
    "/fiches/?theme=eau",
    "/fiches/chaufferie/",
    "/rencontres/",
    "/rencontres/visite/",
    "/carte/",
    "/recherche/?q=chaufferie",
    "/adherents/connexion/",
    "/en/adherents/connexion/",
    "/page-qui-n-existe-pas/",
]


@pytest.mark.django_db
def test_every_public_page_carries_the_strict_policy(site, content):
    client = Client()
    for url in PUBLIC_URLS:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        assert response["Content-Type"].startswith("text/html"), url
        assert policy(response) == STRICT, url
        assert "unsafe" not in response["Content-Security-Policy"], url
        # No nonce: the front cache would hand one response's nonce to every visitor.
        assert "nonce-" not in response["Content-Security-Policy"], url


@pytest.mark.django_db
def test_the_member_area_carries_the_strict_policy(site, content):
    client = Client()
    client.force_login(MemberFactory(organisation=MemberOrganisationFactory()))
    for url in ("/adherents/", "/fiches/chaufferie/", "/recherche/?q=eau", "/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert policy(response) == STRICT, url


@pytest.mark.django_db
def test_staff_see_the_strict_policy_on_public_pages_with_the_userbar(admin_client, content):
    response = admin_client.get("/fiches/chaufferie/")
    assert b"wagtail-userbar" in response.content
    assert policy(response) == STRICT


@pytest.mark.django_db
def test_the_admin_alone_adds_inline_scripts_and_styles(admin_client, content):
    sheet = content["sheet"]
    for url in (
        "/admin/",
        f"/admin/pages/{sheet.pk}/edit/",
        f"/admin/pages/{sheet.get_parent().pk}/",
        "/admin/images/",
        "/admin/login/",
    ):
        client = Client() if url == "/admin/login/" else admin_client
        response = client.get(url)
        assert response.status_code == 200, url
        found = policy(response)
        assert found["script-src"] == "'self' 'unsafe-inline'", url
        assert found["style-src"] == "'self' 'unsafe-inline'", url
        assert "unsafe-eval" not in response["Content-Security-Policy"], url
        for directive in ("default-src", "connect-src", "object-src", "frame-ancestors"):
            assert found[directive] == STRICT[directive], (url, directive)


def test_a_views_own_additions_keep_the_admins(rf):
    """A view that adds a source with django-csp's `csp_update` keeps the admin's sources."""

    @csp_update({"img-src": "https://images.example.org"})
    def view(request):
        return HttpResponse("<p>Bonjour</p>")

    response = SiteCSPMiddleware(view)(rf.get("/admin/exemple/"))
    sources = policy(response)["img-src"].split()
    assert {"'self'", "data:", "blob:", "https://images.example.org"} <= set(sources)
    public = policy(SiteCSPMiddleware(view)(rf.get("/exemple/")))["img-src"].split()
    assert "data:" not in public and "https://images.example.org" in public


@pytest.mark.django_db
def test_files_and_data_get_no_policy_but_every_response_the_permissions_policy(site, content):
    client = Client()
    for url in (
        "/robots.txt",
        "/sitemap.xml",
        "/flux/fiches-experiences.rss",
        "/flux/rencontres.ics",
        "/recherche/suggestions/?q=ch",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Content-Security-Policy" not in response, url
        assert "camera=()" in response["Permissions-Policy"], url


@pytest.mark.django_db
def test_the_permissions_policy_refuses_the_features_no_page_uses(site):
    header = Client().get("/")["Permissions-Policy"]
    features = dict(item.strip().split("=", 1) for item in header.split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"):
        assert features[feature] == "()", feature


@pytest.mark.django_db
def test_the_admin_asks_no_other_host(admin_client, admin_user):
    """No Gravatar picture, no release check, no banner that points at wagtail.org."""
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar" not in html
    assert "releases.wagtail" not in html and "data-w-upgrade" not in html
    assert "w-whats-new" not in html


@pytest.mark.django_db
def test_theme_colours_come_in_data_attributes_not_inline_styles(site, content):
    client = Client()
    for url in ("/", "/themes/", "/themes/eau/", "/fiches/chaufferie/"):
        html = client.get(url).content.decode()
        assert " style=" not in html, url
    assert 'data-theme-colour="#2255aa"' in client.get("/themes/").content.decode()


@pytest.mark.parametrize(
    ("url", "source"),
    [
        ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", ["https://tile.openstreetmap.org"]),
        ("https://{s}.tile.example.fr/osm/{z}/{x}/{y}.png", ["https://*.tile.example.fr"]),
        ("https://tuiles.exemple.fr:8443/{z}/{x}/{y}.png", ["https://tuiles.exemple.fr:8443"]),
        ("//tuiles.exemple.fr/{z}/{x}/{y}.png", ["tuiles.exemple.fr"]),
        ("/tuiles/{z}/{x}/{y}.png", []),
        ("", []),
    ],
)
def test_the_map_tile_setting_gives_the_policys_image_source(url, source):
    assert map_tile_source(url) == source


# --- A guard over the project's templates ------------------------------------------------------

SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
EVENT_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)
STYLE_ATTRIBUTE = re.compile(r"<[a-z][^>]*\sstyle\s*=", re.IGNORECASE)
STYLE_ELEMENT = re.compile(r"<style\b", re.IGNORECASE)
JAVASCRIPT_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def project_templates():
    for app in PROJECT_APPS:
        yield from sorted((REPO / app).glob("templates/**/*.html"))


def test_the_guard_sees_the_projects_templates():
    names = {path.name for path in project_templates()}
    assert {"base.html", "map_page.html", "home_page.html", "dashboard.html"} <= names


def test_the_guard_catches_what_the_policy_refuses():
    assert SCRIPT_TAG.search("<script>alert(1)</script>")
    assert EVENT_HANDLER.search('<button type="button" onclick="go()">')
    assert STYLE_ATTRIBUTE.search('<li class="x" style="--c: red">')
    assert JAVASCRIPT_URL.search('<a href="javascript:void(0)">')
    assert not EVENT_HANDLER.search('<a class="button" href="/online/">')


@pytest.mark.parametrize("path", list(project_templates()), ids=lambda p: str(p.relative_to(REPO)))
def test_no_template_holds_inline_script_handler_or_style(path):
    """Scripts come from static files (`src=`), data for them from `json_script` or data
    attributes; styles from site.css. A nonce would be shared by every visitor of a cached
    page, so none is allowed either."""
    text = path.read_text()
    for match in SCRIPT_TAG.finditer(text):
        attributes = match.group(1)
        assert "src=" in attributes and "nonce" not in attributes, (path, match.group(0))
    assert not EVENT_HANDLER.search(text), path
    assert not STYLE_ATTRIBUTE.search(text), path
    assert not STYLE_ELEMENT.search(text), path
    assert not JAVASCRIPT_URL.search(text), path
