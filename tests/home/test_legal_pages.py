"""The pages a French public site must have (legal notice, personal data, accessibility
statement): where they can be created, how they render, and the footer of every page that links
to them in the page's language, at no extra query."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from core.translation import translate
from demo.loaders.legal import choose_in_settings, ensure_legal_pages, translate_legal_pages
from home.models import HomePage, LegalPage
from members_area.factories import MemberFactory
from reseau.models import NetworkSettings
from sheets.factories import ExperienceSheetPageFactory
from tests.sheets.conftest import tree  # noqa: F401 - the page tree fixture

pytestmark = pytest.mark.django_db

FRENCH = {
    "/mentions-legales/": "Mentions légales",
    "/donnees-personnelles/": "Données personnelles",
    "/accessibilite/": "Accessibilité : partiellement conforme",
}
ENGLISH = {
    "/en/legal-notice/": "Legal notice",
    "/en/personal-data/": "Personal data",
    "/en/accessibility/": "Accessibility: partially compliant",
}


@pytest.fixture
def legal(tree, english_home_page, site):  # noqa: F811 - fixture imported above
    pages = ensure_legal_pages(tree.home)
    translate_legal_pages(pages)
    choose_in_settings(site, pages)
    english = Locale.objects.get(language_code="en")
    translate(tree.experiences, english, {"title": "Experience sheets"})
    tree.sheet = ExperienceSheetPageFactory(parent=tree.experiences, title="Récupérer l'eau")
    return pages


def footer(response):
    html = response.content.decode()
    return html[html.index('<footer class="site-footer"') :]


def test_legal_pages_live_under_the_home_page_only(tree):  # noqa: F811
    assert LegalPage.can_create_at(tree.home)
    assert not LegalPage.can_create_at(tree.experiences)
    assert "home.LegalPage" in HomePage.subpage_types
    assert LegalPage.subpage_types == []


def test_demo_pages_render_in_both_languages(legal):
    titles = {
        "/mentions-legales/": "Mentions légales",
        "/donnees-personnelles/": "Données personnelles",
        "/accessibilite/": "Déclaration d&#x27;accessibilité",
        "/en/legal-notice/": "Legal notice",
        "/en/personal-data/": "Personal data",
        "/en/accessibility/": "Accessibility statement",
    }
    for url, title in titles.items():
        response = Client().get(url)
        assert response.status_code == 200, url
        assert f"<h1>{title}</h1>" in response.content.decode(), url
    statement = Client().get("/accessibilite/").content.decode()
    assert "partiellement conforme" in statement and "Défenseur des droits" in statement
    english = Client().get("/en/personal-data/").content.decode()
    assert "24 months" in english and "Synergies" in english


def urls_by_language(tree):  # noqa: F811
    return {
        "fr": [
            "/",
            "/fiches-experiences/",
            tree.sheet.url,
            "/mentions-legales/",
            "/recherche/?q=eau",
            "/adherents/connexion/",
            "/adherents/",
            "/cette-page-n-existe-pas/",
        ],
        "en": [
            "/en/",
            "/en/experience-sheets/",
            "/en/legal-notice/",
            "/en/recherche/?q=eau",
            "/en/adherents/connexion/",
            "/en/adherents/",
            "/en/this-page-does-not-exist/",
        ],
    }


def test_every_page_links_to_the_three_pages_in_its_language(legal, tree):  # noqa: F811
    member = Client()
    member.force_login(MemberFactory(email="membre@bais.fr"))
    for language, urls in urls_by_language(tree).items():
        expected = FRENCH if language == "fr" else ENGLISH
        for url in urls:
            client = member if url.endswith("/adherents/") else Client()
            response = client.get(url)
            assert response.status_code in (200, 404), url
            html = footer(response)
            for href, label in expected.items():
                assert f'<a href="{href}">{label}</a>' in html, (url, href)


def test_an_untranslated_page_links_to_the_french_one(legal):
    legal["privacy_page"].get_translation(Locale.objects.get(language_code="en")).unpublish()
    html = footer(Client().get("/en/"))
    assert '<a href="/donnees-personnelles/">Données personnelles</a>' in html
    assert '<a href="/en/legal-notice/">Legal notice</a>' in html


def test_the_footer_costs_no_query(tree, site, english_home_page):  # noqa: F811
    """The same number of queries with the three links as without them."""

    def count(url):
        client = Client()
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        return len(queries)

    before = {url: count(url) for url in ("/", "/en/", "/fiches-experiences/")}
    pages = ensure_legal_pages(tree.home)
    translate_legal_pages(pages)
    choose_in_settings(site, pages)
    after = {url: count(url) for url in before}
    assert after == before
    assert "Accessibilité : partiellement conforme" in Client().get("/").content.decode()


def test_accessibility_status_follows_the_setting(legal, site):
    network = NetworkSettings.for_site(site)
    network.accessibility_status = "non"
    network.save()
    assert "Accessibilité : non conforme" in footer(Client().get("/"))
