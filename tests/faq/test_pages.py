"""The FAQ page and its entries, in French and in English: content, links, feeds' links,
queries that stay the same as entries grow."""

import pytest
from django.test import Client

from core.translation import translate
from faq.models import FaqRelatedPage
from sheets.factories import ExperienceSheetPageFactory

from .conftest import make_entry

pytestmark = pytest.mark.django_db


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


def test_index_lists_live_entries_by_theme(client, tree):
    make_entry(tree.faq, [tree.energie], title="Faut-il isoler les combles d'abord ?")
    html = html_of(client.get(tree.faq.url))
    assert tree.entry.title.replace("'", "&#x27;") in html
    assert "Faut-il isoler les combles d&#x27;abord ?" in html
    assert "zéphyrin" not in html  # the draft
    assert '<h2 id="faq-theme-economies-d-eau">' in html
    assert '<h2 id="faq-theme-energie">' in html
    assert f'href="{tree.entry.url}"' in html
    assert 'type="application/rss+xml"' in html and "/flux/faq/questions-frequentes.rss" in html
    assert "/flux/faq/questions-frequentes.atom" in html
    assert 'aria-label="Fil d’Ariane"' in html


def test_index_filters_by_theme(client, tree):
    other = make_entry(tree.faq, [tree.energie], title="Faut-il isoler les combles ?")
    html = html_of(client.get(tree.faq.url, {"theme": "energie"}))
    assert other.title in html
    assert "bâtiments communaux" not in html
    assert 'aria-current="page">Énergie' in html
    # An unknown theme shows everything.
    html = html_of(client.get(tree.faq.url, {"theme": "inconnu"}))
    assert other.title in html and "bâtiments communaux" in html


def test_faq_in_main_menu(client, tree):
    html = html_of(client.get("/"))
    assert f'href="{tree.faq.url}"' in html


def test_entry_page(client, tree):
    html = html_of(client.get(tree.entry.url))
    assert "<h1>Comment repérer une fuite d&#x27;eau dans les bâtiments communaux ?</h1>" in html
    assert "relevé hebdomadaire" in html
    assert "Réponse validée par le réseau le 12 mars 2026." in html
    assert "Une commune de 1 500 habitants" in html and "Commune de Bais" in html
    assert f'href="{tree.themes_page.url}economies-d-eau/"' in html
    assert f'href="{tree.sheet.url}"' in html
    assert f'href="{tree.faq.url}"' in html
    assert '<meta name="description" content="Un relevé hebdomadaire' in html


def test_draft_entry_is_not_served(client, tree):
    assert client.get(tree.draft.url).status_code == 404


@pytest.fixture
def english(tree, locales, english_home_page):
    en = locales["en"]
    translate(tree.eau, en, {"name": "Saving water"})
    translate(tree.themes_page, en, {"title": "Themes"})
    translate(tree.experiences, en, {"title": "Experiences"})
    faq = translate(tree.faq, en, {"title": "Frequently asked questions"})
    entry = translate(
        tree.entry,
        en,
        {
            "title": "How to find a water leak in council buildings?",
            "answer": "<p>A weekly meter reading found a leak under the village hall.</p>",
        },
    )
    return faq, entry


def test_english_pages(tree, english):
    faq, entry = english
    client = Client()
    html = html_of(client.get(faq.url))
    assert faq.url.startswith("/en/")
    assert "How to find a water leak in council buildings?" in html
    assert "Saving water" in html
    html = html_of(client.get(entry.url))
    assert "weekly meter reading" in html
    assert 'href="/en/' in html
    # The sheet is not translated: the French one, marked as such.
    assert f'href="{tree.sheet.url}" lang="fr"' in html
    assert "This content is in French." in html or "Ce contenu est en" in html


def test_english_lists_untranslated_french_entries(tree, english):
    make_entry(tree.faq, [tree.eau], title="Question restée en français")
    faq, _entry = english
    html = html_of(Client().get(faq.url))
    assert 'lang="fr"><a href="/' in html
    assert "Question restée en français" in html


def test_english_entry_links_the_translated_sheet(tree, english):
    en_sheet = translate(tree.sheet, english[0].locale, {"title": "Leak hunting in Bais"})
    _faq, entry = english
    html = html_of(Client().get(entry.url))
    assert f'href="{en_sheet.url}"' in html
    assert "Leak hunting in Bais" in html


def test_index_queries_do_not_grow_with_entries(client, tree, django_assert_max_num_queries):
    client.get(tree.faq.url)  # warm caches (content types, site)
    with django_assert_max_num_queries(20) as first:
        client.get(tree.faq.url)
    for n in range(8):
        entry = make_entry(tree.faq, [tree.eau, tree.energie], title=f"Question n° {n}")
        FaqRelatedPage.objects.create(page=entry, sheet=tree.sheet)
    with django_assert_max_num_queries(len(first.captured_queries)):
        html = html_of(client.get(tree.faq.url))
    assert "Question n° 7" in html


def test_entry_queries_do_not_grow_with_links(client, tree, django_assert_max_num_queries):
    client.get(tree.entry.url)
    with django_assert_max_num_queries(20) as first:
        client.get(tree.entry.url)
    for n in range(5):
        sheet = ExperienceSheetPageFactory(
            parent=tree.experiences, commune=tree.bais, title=f"Fiche {n}"
        )
        FaqRelatedPage.objects.create(page=tree.entry, sheet=sheet)
    with django_assert_max_num_queries(len(first.captured_queries)):
        html = html_of(client.get(tree.entry.url))
    assert "Fiche 4" in html
