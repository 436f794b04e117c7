"""Each language lists its own content, and the lists of another language (listings, theme and
commune pages, the map, the home page) add the French pages not translated into it, marked as
French (docs/decisions/0026-english-lists-show-french-content.md); feeds, search and
autocomplete stay in their language. One sheet is translated, one is French only."""

import html

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import PageViewRestriction

from core.translation import translate
from sheets.factories import (
    CommuneFactory,
    CommuneIndexPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    MapPageFactory,
    TechnicalIndexPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from sheets.models import ExperienceRelatedSheet, TechnicalRelatedExperience

pytestmark = pytest.mark.django_db

TRANSLATED_FR = "Chaudière bois pour l'école de Bais"
TRANSLATED_EN = "Wood-fired boiler for the Bais school"
FRENCH_ONLY = "Haies bocagères replantées à Bais"


@pytest.fixture
def content(home_page, english_home_page, locales):
    """Two French sheets in Bais on the energy theme; only the first has an English version."""
    english = locales["en"]
    energy = ThemeFactory(name="Énergie", slug="energie")
    translate(energy, english, {"name": "Energy"})
    bais = CommuneFactory(name="Bais", slug="bais", insee_code="53019")
    indexes = {}
    for key, factory, title in (
        ("sheets", ExperienceIndexPageFactory, "Experience sheets"),
        ("themes", ThemeIndexPageFactory, "Themes"),
        ("communes", CommuneIndexPageFactory, "Communes"),
        ("map", MapPageFactory, "Map"),
    ):
        indexes[key] = factory(parent=home_page)
        translate(indexes[key], english, {"title": title})
    translated = ExperienceSheetPageFactory(
        parent=indexes["sheets"],
        title=TRANSLATED_FR,
        summary="Une chaudière à plaquettes chauffe l'école et la mairie de Bais.",
        commune=bais,
        themes=[energy],
    )
    english_sheet = translate(
        translated,
        english,
        {
            "title": TRANSLATED_EN,
            "summary": "A wood-chip boiler heats the Bais school and town hall.",
        },
    )
    french_only = ExperienceSheetPageFactory(
        parent=indexes["sheets"],
        title=FRENCH_ONLY,
        summary="Bais a replanté des haies bocagères autour de la chaudière bois.",
        commune=bais,
        themes=[energy],
    )
    return {"english_sheet": english_sheet, "french_only": french_only, **indexes}


def english_get(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    return html.unescape(response.content.decode())


FRENCH_NOTICE = "This content is in French."


def test_english_lists_show_english_sheets_and_untranslated_french_ones(anonymous_client, content):
    for path in (
        "/en/",
        "/en/experience-sheets/",
        "/en/experience-sheets/?theme=energie",
        "/en/experience-sheets/?theme=energie&commune=bais",
        "/en/themes/energie/",
        "/en/communes/bais/",
        "/en/map/",
    ):
        page = english_get(anonymous_client, path)
        assert TRANSLATED_EN in page, path
        assert TRANSLATED_FR not in page, path  # it has an English version: that one is listed
        assert FRENCH_ONLY in page, path
        assert FRENCH_NOTICE in page, path
        assert page.count(FRENCH_NOTICE) == 1, path


def test_french_content_is_marked_as_french(anonymous_client, content):
    page = english_get(anonymous_client, "/en/experience-sheets/")
    # The French texts of the card are marked lang="fr"; the notice and the interface words
    # around them (status, theme list's name) stay in the page's language.
    start = page.rindex('<li class="card', 0, page.index(FRENCH_ONLY))
    card = page[start : page.index("</li>", page.index(FRENCH_ONLY))]
    assert f'<p class="card__notice" lang="en">{FRENCH_NOTICE}</p>' in card
    assert '<h3 class="card__title" lang="fr"><a href="/fiches-experiences/' in card
    assert '<p class="card__text" lang="fr">Bais a replanté' in card
    start = page.rindex('<li class="card', 0, page.index(TRANSLATED_EN))
    english_card = page[start : page.index("</li>", page.index(TRANSLATED_EN))]
    assert 'lang="fr"' not in english_card and FRENCH_NOTICE not in english_card
    assert FRENCH_NOTICE not in english_get(anonymous_client, "/fiches-experiences/")


def test_english_counts_count_what_the_lists_show(anonymous_client, content):
    assert "2 results" in english_get(anonymous_client, "/en/experience-sheets/")
    assert "2 experience sheets" in english_get(anonymous_client, "/en/themes/")
    home = english_get(anonymous_client, "/en/")
    assert "<strong>2</strong> experience sheets published" in home
    assert 'Energy <span class="theme-chip__count">2 sheets</span>' in home
    theme_filter = english_get(anonymous_client, "/en/experience-sheets/?theme=energie")
    assert "Energy (2)" in theme_filter


def test_a_draft_english_version_leaves_the_french_page_listed(anonymous_client, content):
    content["english_sheet"].unpublish()
    page = english_get(anonymous_client, "/en/experience-sheets/")
    assert TRANSLATED_FR in page and FRENCH_ONLY in page
    assert TRANSLATED_EN not in page


def test_reserved_french_pages_stay_out_of_english_lists(anonymous_client, content):
    restricted = content["french_only"]
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    for path in ("/en/", "/en/experience-sheets/", "/en/themes/energie/", "/en/map/"):
        page = english_get(anonymous_client, path)
        assert FRENCH_ONLY not in page, path
        assert FRENCH_NOTICE not in page, path
    assert "1 experience sheet" in english_get(anonymous_client, "/en/themes/")


def test_french_listing_lists_french_sheets_only(anonymous_client, content):
    page = english_get(anonymous_client, "/fiches-experiences/")
    assert FRENCH_ONLY in page and TRANSLATED_FR in page
    assert TRANSLATED_EN not in page


def test_english_theme_page_switches_to_the_french_theme_page(anonymous_client, content):
    page = english_get(anonymous_client, "/en/themes/energie/")
    assert '<html lang="en">' in page
    assert 'href="/themes/energie/" hreflang="fr"' in page
    assert 'hreflang="fr" href="http://testserver/themes/energie/"' in page


def test_english_feed_lists_english_sheets_only(anonymous_client, content):
    with translation.override("en"):
        url = reverse("feeds:experiences_rss")
    assert url.startswith("/en/")
    xml = english_get(anonymous_client, url)
    assert TRANSLATED_EN in xml
    assert FRENCH_ONLY not in xml and TRANSLATED_FR not in xml


def test_english_search_finds_english_pages_only(anonymous_client, content):
    page = english_get(anonymous_client, "/en/recherche/?q=Bais")
    assert TRANSLATED_EN in page
    assert FRENCH_ONLY not in page and TRANSLATED_FR not in page
    french = english_get(anonymous_client, "/recherche/?q=Bais")
    assert FRENCH_ONLY in french and TRANSLATED_EN not in french


def test_english_autocomplete_suggests_english_pages_only(anonymous_client, content):
    with translation.override("en"):
        url = reverse("search:autocomplete")
    body = english_get(anonymous_client, f"{url}?q=Wood")
    assert TRANSLATED_EN in body
    body = english_get(anonymous_client, f"{url}?q=Haies")
    assert FRENCH_ONLY not in body


def test_links_between_sheets_stay_in_the_page_language(anonymous_client, content, locales):
    """Links copied from the French sheet point at French pages; English shows English ones."""
    french_only = content["french_only"]
    english_sheet = content["english_sheet"]
    source = english_sheet.get_translation(locales["fr"])
    neighbour = ExperienceSheetPageFactory(
        parent=content["sheets"], title="Réseau de chaleur du bourg de Bais"
    )
    translate(neighbour, locales["en"], {"title": "Bais village heat network"})
    for order, related in enumerate((neighbour, french_only)):
        ExperienceRelatedSheet.objects.create(page=source, related=related, sort_order=order)
    technical_index = TechnicalIndexPageFactory(parent=content["sheets"].get_parent())
    guide = TechnicalSheetPageFactory(parent=technical_index, title="Choisir une chaudière bois")
    TechnicalRelatedExperience.objects.create(page=guide, experience=source, sort_order=0)
    guide.save_revision().publish()
    source.save_revision().publish()
    english_sheet = translate(source, locales["en"])

    french = english_get(anonymous_client, source.url)
    assert "Réseau de chaleur du bourg de Bais" in french and FRENCH_ONLY in french
    assert "Choisir une chaudière bois" in french
    english = english_get(anonymous_client, english_sheet.url)
    assert "Bais village heat network" in english
    assert "Réseau de chaleur du bourg de Bais" not in english and FRENCH_ONLY not in english
    assert "Choisir une chaudière bois" not in english

    translate(technical_index, locales["en"], {"title": "Technical sheets"})
    english_guide = translate(guide, locales["en"], {"title": "Choosing a wood-fired boiler"})
    english = english_get(anonymous_client, english_sheet.url)
    assert "Choosing a wood-fired boiler" in english
    guide_page = english_get(anonymous_client, english_guide.url)
    assert TRANSLATED_EN in guide_page and TRANSLATED_FR not in guide_page
