"""The drawn illustrations shown where there is no photo: one per theme pictogram and per kind
of content, light and titled; cards and sheets without a photo show them, decorative and
uncredited, and keep their query budgets."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings

from demo.loaders.data import read
from sheets import illustrations
from sheets.factories import (
    EventPageFactory,
    ExperienceSheetPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
)
from sheets.models import EventKind
from tests.factories import ImageFactory

FOLDER = Path(settings.BASE_DIR) / "sheets" / "static" / illustrations.FOLDER
SVG = "{http://www.w3.org/2000/svg}"
NAMES = [f"theme-{icon}" for icon in sorted(illustrations.THEME_ICONS)] + [
    f"kind-{kind}" for kind in sorted(illustrations.KINDS)
]


@pytest.mark.parametrize("name", NAMES)
def test_each_illustration_is_a_light_titled_svg(name):
    path = FOLDER / f"{name}.svg"
    assert path.stat().st_size < 5 * 1024
    root = ET.parse(path).getroot()  # noqa: S314 - the project's own file
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == "0 0 600 400"
    assert root.find(f"{SVG}title").text.strip()
    assert not list(root.iter(f"{SVG}script"))
    assert "href" not in path.read_text()  # nothing fetched


def test_illustrations_are_distinct_and_cover_the_demo_themes_and_kinds():
    contents = {(FOLDER / f"{name}.svg").read_bytes() for name in NAMES}
    assert len(contents) == len(NAMES)
    assert {theme["icon"] for theme in read("themes")} <= illustrations.THEME_ICONS
    assert set(EventKind.values) <= illustrations.KINDS


def _card(html, title):
    """The <li> card that holds `title`."""
    for card in re.findall(
        r'<li class="card[^"]*">.*?</li>\s*(?=<li class="card|</ul>)', html, re.S
    ):
        if title in card:
            return card
    raise AssertionError(title)


@pytest.mark.django_db
def test_cards_without_photo_show_the_main_themes_drawing(anonymous_client, tree):
    water = ThemeFactory(name="Eau", slug="eau-test", icon="eau", sort_order=1)
    tree.energie.icon, tree.energie.sort_order = "energie", 2
    tree.energie.save()
    ExperienceSheetPageFactory(
        parent=tree.experiences, title="Cuve de récupération", themes=[tree.energie, water]
    )
    ExperienceSheetPageFactory(
        parent=tree.experiences,
        title="Chaufferie photographiée",
        main_image=ImageFactory(title="Chaufferie", credit="Commune de Bais"),
        themes=[tree.energie],
    )
    TechnicalSheetPageFactory(parent=tree.technical, title="Sans thème dessiné")
    html = anonymous_client.get(tree.experiences.url).content.decode()
    card = _card(html, "Cuve de récupération")
    # The first theme in editorial order (water), decorative, no credit.
    assert re.search(
        r'<img class="card__illustration" src="/static/sheets/illustrations/theme-eau\.svg" alt=""',
        card,
    )
    assert "©" not in card and "credit" not in card
    photo_card = _card(html, "Chaufferie photographiée")
    assert "card__illustration" not in photo_card and "/media/" in photo_card

    technical = anonymous_client.get(tree.technical.url).content.decode()
    assert "/static/sheets/illustrations/kind-technique.svg" in _card(
        technical, "Sans thème dessiné"
    )


@pytest.mark.django_db
def test_a_sheet_without_photo_shows_its_themes_drawing_uncredited(anonymous_client, tree):
    tree.energie.icon = "energie"
    tree.energie.save()
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences, title="Chaufferie", themes=[tree.energie]
    )
    html = anonymous_client.get(sheet.url).content.decode()
    header = html[html.index('class="sheet__header') : html.index('class="container sheet__layout')]
    assert '<img src="/static/sheets/illustrations/theme-energie.svg" alt=""' in header
    assert "©" not in header and "figcaption" not in header

    technical = TechnicalSheetPageFactory(parent=tree.technical, themes=[tree.energie])
    html = anonymous_client.get(technical.url).content.decode()
    assert '<img src="/static/sheets/illustrations/theme-energie.svg" alt=""' in html


@pytest.mark.django_db
def test_a_sheet_with_a_photo_keeps_it_and_its_credit(anonymous_client, tree):
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences,
        title="Chaufferie",
        main_image=ImageFactory(title="Chaufferie", credit="Commune de Bais"),
    )
    html = anonymous_client.get(sheet.url).content.decode()
    assert "© Commune de Bais" in html and "sheet__image--illustration" not in html


@pytest.mark.django_db
def test_event_cards_show_their_kinds_drawing(anonymous_client, tree):
    EventPageFactory(parent=tree.events, title="Visite de la chaufferie", kind=EventKind.VISIT)
    EventPageFactory(parent=tree.events, title="Formation éclairage", kind=EventKind.TRAINING)
    html = anonymous_client.get(tree.events.url).content.decode()
    assert 'src="/static/sheets/illustrations/kind-visite.svg" alt=""' in _card(
        html, "Visite de la chaufferie"
    )
    assert "kind-formation.svg" in _card(html, "Formation éclairage")
