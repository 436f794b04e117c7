"""MapPage: a list of initiatives grouped by commune that works without JavaScript or tiles, the
markers and tile settings embedded for Leaflet, the theme filter, and the query budget."""

import json
import re
from decimal import Decimal

import pytest
from django.test import override_settings
from wagtail.models import Locale, PageViewRestriction

from core.translation import translate
from sheets.factories import (
    CommuneFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    MapPageFactory,
    ThemeFactory,
)
from sheets.models import ExperienceStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheets_index(home_page):
    return ExperienceIndexPageFactory(parent=home_page)


@pytest.fixture
def map_page(home_page):
    return MapPageFactory(parent=home_page)


@pytest.fixture
def communes(db):
    return {
        "bais": CommuneFactory(
            name="Bais", slug="bais", insee_code="53016", latitude=Decimal("48.25280")
        ),
        "laval": CommuneFactory(
            name="Laval", slug="laval", insee_code="53130", latitude=Decimal("48.07350")
        ),
    }


def embedded(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html)
    assert match, element_id
    return json.loads(match.group(1))


def test_map_lists_sheets_by_commune_without_javascript(
    anonymous_client, map_page, sheets_index, communes
):
    energie = ThemeFactory(name="Énergie", slug="energie")
    ExperienceSheetPageFactory(
        parent=sheets_index, title="Chaufferie bois", commune=communes["bais"], themes=[energie]
    )
    ExperienceSheetPageFactory(
        parent=sheets_index,
        title="Cuve de récupération",
        commune=communes["laval"],
        status=ExperienceStatus.ONGOING,
    )
    ExperienceSheetPageFactory(parent=sheets_index, title="Brouillon", live=False)
    html = anonymous_client.get(map_page.url).content.decode()
    list_part = html[html.index('class="map-list"') :]
    # Grouped by commune, alphabetically, each sheet a plain link with its status and themes.
    assert list_part.index(">Bais ") < list_part.index("Chaufferie bois")
    assert list_part.index("Chaufferie bois") < list_part.index(">Laval ")
    assert list_part.index(">Laval ") < list_part.index("Cuve de récupération")
    assert "En cours" in list_part and "Énergie" in list_part
    assert "Brouillon" not in html
    # The map's box is there from the start (drawing it shifts nothing), labelled; the style
    # sheet hides it when scripting is off.
    map_box = re.search(r'<div id="initiatives-map"[^>]*>', html).group(0)
    assert " hidden" not in map_box and "data-shadow-url" not in map_box
    assert 'aria-label="Carte des initiatives' in html
    assert "vendor/leaflet/leaflet.js" in html and "js/map.js" in html
    assert "vendor/leaflet/leaflet.css" in html


def test_markers_and_tile_settings_are_embedded(anonymous_client, map_page, sheets_index, communes):
    sheet = ExperienceSheetPageFactory(
        parent=sheets_index,
        title="Éclairage <LED>",
        commune=communes["bais"],
        latitude=Decimal("48.30000"),
        longitude=Decimal("-0.40000"),
    )
    ExperienceSheetPageFactory(
        parent=sheets_index, title="Sans position", commune=communes["laval"]
    )
    html = anonymous_client.get(map_page.url).content.decode()
    markers = {m["title"]: m for m in embedded(html, "map-markers")}
    assert markers["Éclairage <LED>"]["lat"] == 48.3
    assert markers["Éclairage <LED>"]["lng"] == -0.4
    assert markers["Éclairage <LED>"]["url"] == sheet.url
    assert markers["Éclairage <LED>"]["commune"] == "Bais"
    assert markers["Éclairage <LED>"]["status"] == "Réalisé"
    assert markers["Sans position"]["lat"] == 48.0735  # falls back on the commune
    assert "<LED>" not in html  # escaped in the list and in the JSON
    config = embedded(html, "map-config")
    assert config["tileUrl"].startswith("https://")
    assert "OpenStreetMap" in config["attribution"]


@override_settings(MAP_TILE_URL="")
def test_no_tile_server_still_gives_markers_and_list(
    anonymous_client, map_page, sheets_index, communes
):
    ExperienceSheetPageFactory(parent=sheets_index, title="Chaufferie", commune=communes["bais"])
    html = anonymous_client.get(map_page.url).content.decode()
    assert embedded(html, "map-config")["tileUrl"] == ""
    assert len(embedded(html, "map-markers")) == 1
    assert "Chaufferie" in html[html.index('class="map-list"') :]


def _list_item(html, title):
    """The <li> of the map's list that holds `title`."""
    match = re.search(rf"<li[^>]*>\s*<a [^>]*>{re.escape(title)}</a>", html)
    assert match, title
    return match.group(0)


def test_theme_filter_without_javascript(anonymous_client, map_page, sheets_index, communes):
    """The form is sent: the other sheets are hidden (the `hidden` attribute needs no script
    nor style), the count and the facet say which theme, and the button stays."""
    energie = ThemeFactory(name="Énergie", slug="energie")
    eau = ThemeFactory(name="Eau", slug="eau")
    ExperienceSheetPageFactory(
        parent=sheets_index, title="Chaufferie", commune=communes["bais"], themes=[energie]
    )
    ExperienceSheetPageFactory(
        parent=sheets_index, title="Cuve", commune=communes["laval"], themes=[eau]
    )
    html = anonymous_client.get(map_page.url + "?theme=energie").content.decode()
    markers = {m["title"]: m for m in embedded(html, "map-markers")}
    assert markers["Chaufferie"]["shown"] is True and markers["Cuve"]["shown"] is False
    assert markers["Cuve"]["themeSlugs"] == ["eau"]
    assert " hidden" not in _list_item(html, "Chaufferie")
    assert " hidden" in _list_item(html, "Cuve")
    laval = re.search(
        r'<section class="map-list__commune" aria-labelledby="commune-laval"[^>]*>', html
    )
    assert laval and " hidden" in laval.group(0)
    assert "1 initiative · thème « Énergie »" in html
    assert '<option value="energie" selected>' in html
    assert '<label for="map-theme">' in html
    assert '<button type="submit" data-map-filter-submit>Afficher</button>' in html
    assert "data-map-filter-reset hidden" not in html


def test_theme_filter_hooks_for_the_script(anonymous_client, map_page, sheets_index, communes):
    """Unfiltered, every sheet is shown, and the page holds what map.js needs to filter in
    place: each item's themes, the plural forms of the announced count, and a polite live
    region; no inline script nor event attribute (CSP)."""
    energie = ThemeFactory(name="Énergie", slug="energie")
    eau = ThemeFactory(name="Eau", slug="eau")
    ExperienceSheetPageFactory(parent=sheets_index, title="Chaufferie", themes=[energie, eau])
    ExperienceSheetPageFactory(parent=sheets_index, title="Cuve", themes=[eau])
    html = anonymous_client.get(map_page.url).content.decode()
    assert 'data-themes="eau energie"' in _list_item(html, "Chaufferie")
    assert all(m["shown"] for m in embedded(html, "map-markers"))
    assert "2 initiatives" in html and "data-map-filter-reset hidden" in html
    assert '<form class="filters map-filters" method="get"' in html and "data-map-filter>" in html
    assert 'id="map-results-count" aria-live="polite"' in html
    labels = embedded(html, "map-labels")
    assert labels["count"] == {
        "one": "%(counter)s initiative",
        "other": "%(counter)s initiatives",
    }
    assert labels["sheets"]["other"] == "%(counter)s fiches"
    assert labels["theme"] == "thème « %(theme)s »"
    scripts = re.findall(r"<script(?![^>]*type=\"application/json\")[^>]*>", html)
    assert scripts and all(" src=" in tag for tag in scripts)
    assert not re.search(r"<[^>]+\son[a-z]+=", html)


def test_theme_filter_labels_in_english(
    anonymous_client, english_home_page, map_page, sheets_index, communes
):
    english = Locale.objects.get(language_code="en")
    sheet = ExperienceSheetPageFactory(parent=sheets_index, title="Chaufferie")
    translate(sheets_index, english, {"title": "Experience sheets"})
    translate(sheet, english, {"title": "Wood boiler"})
    english_map = translate(map_page, english, {"title": "Map of initiatives"})
    html = anonymous_client.get(english_map.url).content.decode()
    labels = embedded(html, "map-labels")
    assert labels["count"]["other"] == "%(counter)s initiatives"
    assert labels["sheets"]["one"] == "%(counter)s sheet"
    assert labels["theme"] == "theme “%(theme)s”"


def test_a_theme_without_sheets_says_so(anonymous_client, map_page, sheets_index):
    ThemeFactory(name="Eau", slug="eau")
    ExperienceSheetPageFactory(parent=sheets_index, title="Chaufferie")
    html = anonymous_client.get(map_page.url + "?theme=eau").content.decode()
    assert "0 initiatives · thème « Eau »" in html
    empty = re.search(r'<div class="empty-state" data-map-empty[^>]*>', html).group(0)
    assert " hidden" not in empty


@pytest.mark.parametrize(
    "query", ["?theme=inconnu", "?theme=%3Cb%3E", "?theme=", "?theme=a&theme=b"]
)
def test_bad_theme_gives_the_whole_map(anonymous_client, map_page, sheets_index, query):
    ExperienceSheetPageFactory(parent=sheets_index, title="Chaufferie")
    response = anonymous_client.get(map_page.url + query)
    assert response.status_code == 200
    assert "Chaufferie" in response.content.decode()


def test_private_sheets_stay_off_the_map(anonymous_client, map_page, sheets_index):
    private = ExperienceSheetPageFactory(parent=sheets_index, title="Fiche privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = anonymous_client.get(map_page.url).content.decode()
    assert "Fiche privée" not in html


def test_empty_map(anonymous_client, map_page):
    html = anonymous_client.get(map_page.url).content.decode()
    assert "Aucune initiative n’est encore publiée." in html
    assert 'id="initiatives-map"' not in html


def _map_queries(client, url, assert_max):
    client.get(url)
    with assert_max(26) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_map_queries_do_not_grow(
    anonymous_client, home_page, sheets_index, django_assert_max_num_queries
):
    themes = [ThemeFactory(name=f"Thème {n}", slug=f"theme-{n}") for n in range(3)]
    communes = [CommuneFactory() for _ in range(10)]
    map_page = MapPageFactory(parent=home_page)

    def add(count):
        for n in range(count):
            ExperienceSheetPageFactory(
                parent=sheets_index, commune=communes[n % len(communes)], themes=themes
            )

    add(3)
    few = _map_queries(anonymous_client, map_page.url, django_assert_max_num_queries)
    few_filtered = _map_queries(
        anonymous_client, map_page.url + "?theme=theme-1", django_assert_max_num_queries
    )
    add(27)
    many = _map_queries(anonymous_client, map_page.url, django_assert_max_num_queries)
    many_filtered = _map_queries(
        anonymous_client, map_page.url + "?theme=theme-1", django_assert_max_num_queries
    )
    assert (few, few_filtered) == (many, many_filtered)
