"""Theme pages' and the technical index's cards, attach_themes() and the index pages'
descriptions: each test adds its own pages to the tree, built once for the module
(tests/module_world.py). Moved out of test_listings.py, whose module shares five sheets."""

import pytest

from sheets.factories import (
    EventPageFactory,
    ExperienceSheetPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
)
from sheets.models import EventPage, ExperienceSheetPage, TechnicalSheetPage
from sheets.models.index import THEME_PAGE_SHEETS
from sheets.models.taxonomy import attach_themes
from tests.module_world import shared_tree

from .conftest import build_tree, get, titles

pytestmark = pytest.mark.django_db


# The sheets' tree, once for the module, rolled back at its end.
world_tree, tree = shared_tree(build_tree)


def test_technical_index_filters_by_theme(tree, anonymous_client):
    TechnicalSheetPageFactory(parent=tree.technical, title="Récupérer l'eau", themes=[tree.eau])
    TechnicalSheetPageFactory(parent=tree.technical, title="Le bois énergie", themes=[tree.energie])
    assert titles(get(anonymous_client, tree.technical)) == ["Le bois énergie", "Récupérer l'eau"]
    assert titles(get(anonymous_client, tree.technical, "?theme=economies-d-eau")) == [
        "Récupérer l'eau"
    ]
    assert len(titles(get(anonymous_client, tree.technical, "?theme=zzz&page=999"))) == 2


def test_theme_page_cards_keep_their_other_themes(tree, anonymous_client):
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences, title="Deux thèmes", themes=[tree.energie, tree.eau]
    )
    EventPageFactory(parent=tree.events, title="Visite", themes=[tree.energie, tree.eau])
    html = get(anonymous_client, tree.themes_page, "energie/").content.decode()
    cards = html[html.index('<ul class="card-grid">') :]
    assert sheet.title in cards and "Visite" in cards
    assert cards.count(">Économies d&#x27;eau</a>") == 2
    assert ">Énergie</a>" not in cards


def test_technical_list_cards_do_not_repeat_their_kind(tree, anonymous_client):
    TechnicalSheetPageFactory(parent=tree.technical, title="Le bois énergie", themes=[tree.energie])
    html = get(anonymous_client, tree.technical).content.decode()
    assert "Le bois énergie" in html
    assert '<p class="card__kicker">Fiche technique</p>' not in html
    # Elsewhere (a theme's page) the kind still says what the card is.
    html = get(anonymous_client, tree.themes_page, "energie/").content.decode()
    assert '<p class="card__kicker">Fiche technique</p>' in html


def test_theme_page_shows_the_latest_sheets_and_counts_them_all(tree, anonymous_client):
    total = THEME_PAGE_SHEETS + 3
    for n in range(total):
        ExperienceSheetPageFactory(
            parent=tree.experiences,
            title=f"Fiche {n:02d}",
            commune=tree.bais,
            year_start=2000 + n,
            themes=[tree.energie],
        )
    TechnicalSheetPageFactory(parent=tree.technical, title="Le bois énergie", themes=[tree.energie])
    ExperienceSheetPageFactory(parent=tree.experiences, title="Autre thème", themes=[tree.eau])
    response = anonymous_client.get(tree.themes_page.url + "energie/")
    experiences = response.context["experiences"]
    assert [s.title for s in experiences] == [f"Fiche {n:02d}" for n in range(total - 1, 2, -1)]
    assert response.context["theme"].experience_count == total
    assert f"{total} fiches expériences" in response.content.decode()
    assert "1 fiche technique" in response.content.decode()


@pytest.mark.parametrize("slug", ["inconnu", "energie-x", "%C3%A9nergie"])
def test_unknown_theme_is_a_404(tree, anonymous_client, slug):
    assert anonymous_client.get(tree.themes_page.url + slug + "/").status_code == 404


def test_attach_themes_reads_each_kind_of_card_in_one_query(tree, django_assert_num_queries):
    """attach_themes(): the themes of sheets, technical sheets and events, one query per kind
    of page, in the themes' own order, as `page.themes.all()` gives them; a page without themes
    gets none."""
    first = ThemeFactory(name="Zéro déchet", slug="zero-dechet", sort_order=0)
    ExperienceSheetPageFactory(parent=tree.experiences, themes=[tree.eau, first])
    ExperienceSheetPageFactory(parent=tree.experiences, themes=[])
    TechnicalSheetPageFactory(parent=tree.technical, themes=[tree.energie])
    EventPageFactory(parent=tree.events, themes=[tree.energie, tree.eau])
    pages = [
        *ExperienceSheetPage.objects.order_by("pk"),
        *TechnicalSheetPage.objects.all(),
        *EventPage.objects.all(),
    ]
    expected = {(type(p), p.pk): list(p.themes.all()) for p in pages}
    fresh = [
        *ExperienceSheetPage.objects.order_by("pk"),
        *TechnicalSheetPage.objects.all(),
        *EventPage.objects.all(),
    ]
    with django_assert_num_queries(3):
        attach_themes(fresh)
        got = {(type(p), p.pk): list(p.themes.all()) for p in fresh}
    assert got == expected
    assert [] in got.values()
    assert got[(ExperienceSheetPage, fresh[0].pk)][0] == first  # sort_order, then name


def test_index_pages_describe_themselves_with_their_introduction(tree, anonymous_client):
    """An index page the editor gave no description is described by its introduction."""
    for index in (tree.experiences, tree.technical, tree.events, tree.themes_page, tree.map):
        index.intro = f"<p>Ce que propose la page « {index.title} ».</p>"
        index.save_revision().publish()
        html = get(anonymous_client, index).content.decode()
        assert f'<meta name="description" content="Ce que propose la page « {index.title} ».">' in (
            html
        ), index.title
