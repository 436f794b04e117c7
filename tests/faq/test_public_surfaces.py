"""Where the public meets the FAQ besides its own pages: the theme pages, the feeds, the
sitemap, and the front cache purged when an entry is published or unpublished."""

import pytest
from django.test import Client

from core.translation import translate
from tests.sheets.test_cache_purge import ROOT

from .conftest import make_entry

pytestmark = pytest.mark.django_db

THEME_URL = "/themes/economies-d-eau/"


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


def test_theme_page_shows_its_entries(client, tree):
    assert tree.themes_page.url == "/themes/"
    html = html_of(client.get(THEME_URL))
    assert '<h2 id="questions-frequentes">Questions fréquentes</h2>' in html
    assert f'href="{tree.entry.url}"' in html
    assert f'href="{tree.faq.url}?theme=economies-d-eau"' in html
    assert "zéphyrin" not in html
    # A theme without entries has no such section.
    assert 'id="questions-frequentes"' not in html_of(client.get("/themes/energie/"))


def test_theme_page_queries_stay_the_same(client, tree, django_assert_max_num_queries):
    client.get(THEME_URL)
    with django_assert_max_num_queries(40) as first:
        client.get(THEME_URL)
    for n in range(8):
        make_entry(tree.faq, [tree.eau], title=f"Question d'eau n° {n}")
    with django_assert_max_num_queries(len(first.captured_queries)):
        html = html_of(client.get(THEME_URL))
    assert "Question d&#x27;eau n° 7" in html


def test_english_theme_page_lists_french_entries_marked(tree, locales, english_home_page):
    translate(tree.eau, locales["en"], {"name": "Saving water"})
    translate(tree.themes_page, locales["en"], {"title": "Themes"})
    html = html_of(Client().get("/en/themes/economies-d-eau/"))
    assert f'lang="fr"><a href="{tree.entry.url}"' in html


@pytest.mark.parametrize("extension", ["rss", "atom"])
def test_feeds_list_live_entries_only(client, tree, extension):
    response = client.get(f"/flux/faq/questions-frequentes.{extension}")
    body = html_of(response)
    assert "bâtiments communaux" in body
    assert "zéphyrin" not in body
    assert "relevé hebdomadaire" in body
    assert "Économies d&#x27;eau" in body or "Économies d'eau" in body


def test_english_feed_lists_english_entries(tree, locales, english_home_page):
    en = locales["en"]
    translate(tree.eau, en, {"name": "Saving water"})
    translate(tree.faq, en, {"title": "FAQ"})
    translate(tree.entry, en, {"title": "How to find a leak?"})
    body = html_of(Client().get("/en/flux/faq/questions-frequentes.rss"))
    assert "How to find a leak?" in body
    assert "bâtiments communaux" not in body


def test_sitemap_lists_live_entries(client, tree):
    body = html_of(client.get("/sitemap.xml"))
    assert tree.entry.url in body
    assert tree.faq.url in body
    assert tree.draft.url not in body


def test_publishing_purges_the_faq_and_theme_pages(tree, purged):
    with purged() as urls:
        tree.draft.save_revision().publish()
    assert ROOT + tree.draft.url in urls  # Wagtail's own purge of the page
    assert ROOT + tree.faq.url in urls
    assert ROOT + tree.faq.url + "?theme=economies-d-eau" in urls
    assert ROOT + THEME_URL in urls
    assert ROOT + "/flux/faq/questions-frequentes.rss" in urls
    assert ROOT + "/flux/faq/questions-frequentes.atom" in urls
    assert ROOT + "/themes/energie/" not in urls


def test_unpublishing_purges_them_too(tree, purged):
    with purged() as urls:
        tree.entry.unpublish()
    assert ROOT + tree.faq.url in urls
    assert ROOT + THEME_URL in urls


def test_a_french_entry_purges_the_english_lists_too(tree, locales, english_home_page, purged):
    translate(tree.eau, locales["en"], {"name": "Saving water"})
    translate(tree.themes_page, locales["en"], {"title": "Themes"})
    translate(tree.faq, locales["en"], {"title": "FAQ"})
    with purged() as urls:
        tree.draft.save_revision().publish()
    assert ROOT + "/en/themes/economies-d-eau/" in urls
    assert ROOT + "/en/flux/faq/questions-frequentes.rss" in urls
