"""Index pages, theme and commune pages: filters that combine, pagination, bad input.

The tree and five sheets are built once for the module (tests/module_world.py); the listings'
tests that need none of the five sheets are in test_listing_cards.py."""

import pytest

from home.setup import ensure_home_page
from sheets.factories import EventPageFactory, ExperienceSheetPageFactory, TechnicalSheetPageFactory
from sheets.models import ExperienceStatus
from tests.module_world import fresh, fresh_all, module_transaction

from .conftest import build_tree, get, titles

pytestmark = pytest.mark.django_db


def make_five_sheets(tree):
    """Five sheets: 3 in Bais (energie), 2 in Gorron (eau); statuses and years vary."""
    made = []
    for n, (commune, theme, status, years) in enumerate(
        [
            (tree.bais, tree.energie, ExperienceStatus.DONE, (2012, 2014)),
            (tree.bais, tree.energie, ExperienceStatus.ONGOING, (2020, None)),
            (tree.bais, tree.energie, ExperienceStatus.DONE, (2016, 2016)),
            (tree.gorron, tree.eau, ExperienceStatus.DONE, (2015, 2017)),
            (tree.gorron, tree.eau, ExperienceStatus.PLANNED, (2026, None)),
        ]
    ):
        made.append(
            ExperienceSheetPageFactory(
                parent=tree.experiences,
                title=f"Fiche {n}",
                commune=commune,
                status=status,
                year_start=years[0],
                year_end=years[1],
                themes=[theme],
            )
        )
    return made


@pytest.fixture(scope="module", autouse=True)
def world(django_db_setup, django_db_blocker):
    """The sheets' tree and the five sheets, once for the module, rolled back at its end."""
    with module_transaction(django_db_blocker):
        tree = build_tree(ensure_home_page())
        yield {"tree": tree, "sheets": make_five_sheets(tree)}


@pytest.fixture
def tree(world):
    return fresh_all(world["tree"])


@pytest.fixture
def sheets(world):
    return [fresh(sheet) for sheet in world["sheets"]]


def test_index_lists_every_sheet_with_count_and_filter_form(tree, sheets, anonymous_client):
    response = get(anonymous_client, tree.experiences)
    html = response.content.decode()
    assert titles(response) == [f"Fiche {n}" for n in range(5)]
    assert 'role="status" aria-live="polite"' in html and "5 résultats" in html
    for field in ("theme", "commune", "status", "year"):
        assert f'<label for="filter-{field}">' in html
        assert f'name="{field}"' in html
    assert '<button type="submit">' in html
    # Folded on phones (a closed <details>, no script needed), open beside the list on wide
    # screens (site.css).
    assert '<details class="filters filters--collapsible">' in html
    assert '<summary class="filters__toggle">Filtrer les fiches</summary>' in html


def test_folded_filters_say_how_many_are_applied(tree, sheets, anonymous_client):
    html = get(anonymous_client, tree.experiences, "?theme=energie&status=realise")
    html = html.content.decode()
    assert (
        '<summary class="filters__toggle">Filtrer les fiches '
        '<span class="filters__toggle-count">(2 filtres actifs)</span></summary>'
    ) in html


@pytest.mark.parametrize(
    "query,expected",
    [
        ("?theme=energie", [0, 1, 2]),
        ("?commune=gorron", [3, 4]),
        ("?status=realise", [0, 2, 3]),
        ("?year=2016", [2, 3]),  # running that year: 2016–2016 and 2015–2017
        ("?year=2021", [1]),  # ongoing since 2020
        ("?theme=energie&status=realise", [0, 2]),
        ("?theme=energie&commune=bais&status=realise&year=2013", [0]),
        ("?theme=economies-d-eau&commune=bais", []),
    ],
)
def test_filters_combine(tree, sheets, anonymous_client, query, expected):
    assert titles(get(anonymous_client, tree.experiences, query)) == [
        f"Fiche {n}" for n in expected
    ]


def test_active_filters_are_removable_and_counts_shown(tree, sheets, anonymous_client):
    response = get(anonymous_client, tree.experiences, "?theme=energie&status=realise")
    listing = response.context["listing"]
    removals = {f.param: f.remove_url for f in listing.active}
    assert removals == {
        "theme": tree.experiences.url + "?status=realise",
        "status": tree.experiences.url + "?theme=energie",
    }
    html = response.content.decode()
    assert "retirer ce filtre" in html
    # The commune options count what the other filters leave: Bais has 2 finished energy sheets.
    commune = next(f for f in listing.facets if f.param == "commune")
    assert [(o.value, o.count) for o in commune.options] == [("bais", 2)]


def test_empty_state(tree, sheets, anonymous_client):
    html = get(
        anonymous_client, tree.experiences, "?theme=economies-d-eau&commune=bais"
    ).content.decode()
    assert "Aucune fiche ne correspond" in html
    assert "0 résultat" in html


@pytest.mark.parametrize(
    "query",
    [
        "?theme=inconnu",
        "?theme=%00",
        "?theme=" + "a" * 500,
        "?commune=nulle-part",
        "?commune=<script>",
        "?status=zzz",
        "?year=abc",
        "?year=99999",
        "?year=-1",
        "?page=abc",
        "?page=0",
        "?page=-3",
        "?page=1e3",
        "?theme=energie&theme=inconnu&theme=",
        "?year=2016&year=abc",
        "?commune[]=bais&status[]=x",
    ],
)
def test_bad_input_gives_a_normal_page(tree, sheets, anonymous_client, query):
    response = get(anonymous_client, tree.experiences, query)
    assert response.context["listing"].count in (0, 5)


@pytest.mark.parametrize("query", ["?theme=inconnu", "?year=abc", "?status=zzz", "?commune=x"])
def test_invalid_filters_are_ignored(tree, sheets, anonymous_client, query):
    response = get(anonymous_client, tree.experiences, query)
    assert response.context["listing"].count == 5
    assert response.context["listing"].active == []


def test_repeated_parameter_keeps_the_last_value(tree, sheets, anonymous_client):
    response = get(anonymous_client, tree.experiences, "?commune=bais&commune=gorron")
    assert titles(response) == ["Fiche 3", "Fiche 4"]


def test_pagination(tree, sheets, anonymous_client):
    tree.experiences.per_page = 2
    tree.experiences.save_revision().publish()
    first = get(anonymous_client, tree.experiences)
    assert len(first.context["listing"].items) == 2
    html = first.content.decode()
    assert 'aria-current="page"' in html and "?page=2" in html
    last = get(anonymous_client, tree.experiences, "?page=999")
    assert last.context["listing"].page_obj.number == 3
    assert (
        get(anonymous_client, tree.experiences, "?page=abc").context["listing"].page_obj.number == 1
    )
    # Filters are kept in the pagination links.
    filtered = get(anonymous_client, tree.experiences, "?theme=energie")
    assert "?theme=energie&amp;page=2" in filtered.content.decode()


def test_unpublished_sheets_are_not_listed(tree, sheets, anonymous_client):
    sheets[0].unpublish()
    assert "Fiche 0" not in titles(get(anonymous_client, tree.experiences))


def test_theme_pages(tree, sheets, anonymous_client):
    TechnicalSheetPageFactory(parent=tree.technical, title="Le bois énergie", themes=[tree.energie])
    EventPageFactory(parent=tree.events, title="Visite de la chaufferie", themes=[tree.energie])
    html = get(anonymous_client, tree.themes_page).content.decode()
    assert "/themes/energie/" in html and "/themes/economies-d-eau/" in html
    assert "3 fiches expériences" in html
    response = anonymous_client.get(tree.themes_page.url + "energie/")
    assert response.status_code == 200
    html = response.content.decode()
    assert [s.title for s in response.context["experiences"]] == ["Fiche 1", "Fiche 2", "Fiche 0"]
    assert "Le bois énergie" in html and "Visite de la chaufferie" in html
    assert "Fiche 3" not in html
    assert "<title>Énergie" in html
    # The theme's own tag is not repeated on each of its cards; the others' are.
    cards = html[html.index('<ul class="card-grid">') :]
    assert ">Énergie</a>" not in cards
    assert ">Économies d&#x27;eau</a>" not in cards  # Fiche 0-2 are on energie only


def test_commune_pages(tree, sheets, anonymous_client):
    EventPageFactory(parent=tree.events, title="Rencontre à Bais", host_commune=tree.bais)
    html = get(anonymous_client, tree.communes_page).content.decode()
    assert "/communes/bais/" in html and "/communes/gorron/" in html
    assert "Communauté de communes des Coëvrons" in html
    # The figure says what it counts: communes with a sheet or an event, members or not.
    assert "2 communes ont publié une expérience ou accueilli une rencontre." in html
    response = anonymous_client.get(tree.communes_page.url + "bais/")
    assert response.status_code == 200
    html = response.content.decode()
    own = html.split('id="communes-comparables"')[0]
    assert "Fiche 0" in own and "Fiche 3" not in own
    assert "Rencontre à Bais" in html
    # Gorron's sheets show among the comparable communes, with why.
    assert "Fiche 3" in html.split('id="communes-comparables"')[1]
    assert anonymous_client.get(tree.communes_page.url + "atlantis/").status_code == 404
