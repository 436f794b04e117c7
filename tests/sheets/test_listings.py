"""Index pages, theme and commune pages: filters that combine, pagination, bad input."""

import pytest

from sheets.factories import (
    EventPageFactory,
    ExperienceSheetPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
)
from sheets.models import EventPage, ExperienceSheetPage, ExperienceStatus, TechnicalSheetPage
from sheets.models.index import THEME_PAGE_SHEETS
from sheets.models.taxonomy import attach_themes

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheets(tree):
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


def titles(response):
    return sorted(sheet.title for sheet in response.context["listing"].items)


def get(client, page, query=""):
    response = client.get(page.url + query)
    assert response.status_code == 200
    return response


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


def test_technical_index_filters_by_theme(tree, anonymous_client):
    TechnicalSheetPageFactory(parent=tree.technical, title="Récupérer l'eau", themes=[tree.eau])
    TechnicalSheetPageFactory(parent=tree.technical, title="Le bois énergie", themes=[tree.energie])
    assert titles(get(anonymous_client, tree.technical)) == ["Le bois énergie", "Récupérer l'eau"]
    assert titles(get(anonymous_client, tree.technical, "?theme=economies-d-eau")) == [
        "Récupérer l'eau"
    ]
    assert len(titles(get(anonymous_client, tree.technical, "?theme=zzz&page=999"))) == 2


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
