"""Aids in the site's search: a kind of its own ("aide") in the type facet, found by their
description, their funder and their themes, marked when closed, never when unpublished or
restricted."""

import datetime
import logging

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction

from aids.factories import AidIndexPageFactory, AidPageFactory, FunderFactory
from aids.models import AidStatus, Funder
from core.translation import translate
from search import signal_handlers, vocabulary_builder
from search.models import SearchTerm
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory, ThemeFactory
from sheets.models import Theme
from tests.search.conftest import module_content

TODAY = timezone.localdate()
NEXT_YEAR = TODAY.year + 1
PAGES = ["index", "chaleur", "pluie", "haies", "draft", "private", "sheet"]


@pytest.fixture(scope="module")
def aids_db(django_db_setup, django_db_blocker):
    """Three public aids (open, open without a closing date, closed), a draft, a restricted
    one, and an experience sheet, built once for the module."""
    with module_content(django_db_blocker) as home_page:
        energie = ThemeFactory(name="Énergie", slug="energie")
        eau = ThemeFactory(name="Eau", slug="eau")
        biodiversite = ThemeFactory(name="Biodiversité", slug="biodiversite")
        ademe = FunderFactory(name="Agence de la transition écologique", short_name="ADEME")
        agence = FunderFactory(name="Agence de l'eau Loire-Bretagne", short_name="AELB")
        region = FunderFactory(name="Région Pays de la Loire")
        index = AidIndexPageFactory(parent=home_page)
        chaleur = AidPageFactory(
            parent=index,
            title="Fonds chaleur renouvelable",
            funder=ademe,
            description="<p>Finance les chaufferies au bois des communes.</p>",
            closes_on=datetime.date(NEXT_YEAR, 3, 31),
            themes=[energie],
        )
        pluie = AidPageFactory(
            parent=index,
            title="Économiser l'eau potable",
            funder=agence,
            description="<p>Des cuves pour récupérer la pluie des toitures.</p>",
            closes_on=None,
            themes=[eau],
        )
        haies = AidPageFactory(
            parent=index,
            title="Planter des haies champêtres",
            funder=region,
            description="<p>Plantation de haies et de vergers par les communes.</p>",
            closes_on=datetime.date(TODAY.year - 1, 6, 30),
            themes=[biodiversite, eau],
        )
        # Never found: a draft, and an aid behind a view restriction.
        draft = AidPageFactory(
            parent=index,
            title="Aide brouillon",
            funder=ademe,
            description="<p>Un dispositif mirobolant à venir.</p>",
            themes=[energie],
            live=False,
        )
        private = AidPageFactory(
            parent=index,
            title="Aide réservée",
            funder=ademe,
            description="<p>Un dispositif confidentiel pour les adhérents.</p>",
            themes=[energie],
        )
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        experiences = ExperienceIndexPageFactory(parent=home_page)
        sheet = ExperienceSheetPageFactory(
            parent=experiences,
            title="Une chaufferie au bois pour l'école",
            summary="La commune chauffe l'école au bois.",
            themes=[energie],
        )
        pages = [index, chaleur, pluie, haies, draft, private, sheet]
        yield {
            "pages": dict(zip(PAGES, (page.pk for page in pages), strict=True)),
            "themes": {"energie": energie.pk, "eau": eau.pk, "biodiversite": biodiversite.pk},
            "funders": {"ademe": ademe.pk, "agence": agence.pk, "region": region.pk},
        }


@pytest.fixture
def aids(aids_db, db):
    """The module's pages, themes and funders, read again for this test (some publish them
    changed)."""
    pages = Page.objects.filter(pk__in=aids_db["pages"].values()).specific()
    pages = {page.pk: page for page in pages}
    themes = Theme.objects.in_bulk(aids_db["themes"].values())
    funders = Funder.objects.in_bulk(aids_db["funders"].values())
    return {
        **{name: pages[pk] for name, pk in aids_db["pages"].items()},
        "themes": {name: themes[pk] for name, pk in aids_db["themes"].items()},
        "funders": {name: funders[pk] for name, pk in aids_db["funders"].items()},
    }


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


def facets_of(response):
    return {
        g["key"]: {o["label"]: o["count"] for o in g["options"]}
        for g in response.context["facet_groups"]
    }


def hits_of(response):
    return [r.title for r in response.context["results"]]


def test_an_aid_is_found_by_a_word_of_its_description(client, aids, database_search):
    response = client.get("/recherche/", {"q": "chaufferies"})
    assert hits_of(response) == [
        "Une chaufferie au bois pour l'école",
        "Fonds chaleur renouvelable",
    ]
    html = html_of(response)
    # Its meta line: the kind, the funder's short name, the closing date.
    assert (
        '<span class="search-result__type">Aide ou accompagnement</span> · ADEME'
        f" · clôture le 31 mars {NEXT_YEAR}</p>"
    ) in html
    assert "<mark>chaufferies</mark>" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("transition écologique", "Fonds chaleur renouvelable"),
        ("ADEME", "Fonds chaleur renouvelable"),
        ("Loire-Bretagne", "Économiser l'eau potable"),
        ("AELB", "Économiser l'eau potable"),
    ],
)
def test_an_aid_is_found_by_its_funder(client, aids, database_search, query, expected):
    response = client.get("/recherche/", {"q": query})
    assert hits_of(response) == [expected]
    # The funder's names are words of the site: no "did you mean".
    assert not response.context["suggestion"]


def test_an_aid_is_found_by_the_name_of_its_theme(client, aids, database_search):
    assert hits_of(client.get("/recherche/", {"q": "biodiversité"})) == [
        "Planter des haies champêtres"
    ]


def test_the_type_facet_lists_aids_on_their_own(client, aids, database_search):
    response = client.get("/recherche/", {"type": "aide"})
    assert sorted(hits_of(response)) == [
        "Fonds chaleur renouvelable",
        "Planter des haies champêtres",
        "Économiser l'eau potable",
    ]
    facets = facets_of(response)
    # The type facet counts over the other filters (none here): every kind, with its count.
    assert facets["type"] == {"Fiche expérience": 1, "Aide ou accompagnement": 3}
    assert facets["theme"] == {"Énergie": 1, "Eau": 2, "Biodiversité": 1}
    # An aid's year is its closing date's; an aid has no commune.
    assert facets["year"] == {str(NEXT_YEAR): 1, str(TODAY.year - 1): 1}
    assert "commune" not in facets
    assert 'value="aide" checked' in html_of(response)


def test_the_theme_facet_filters_aids(client, aids, database_search):
    response = client.get("/recherche/", {"theme": "eau", "type": "aide"})
    assert sorted(hits_of(response)) == ["Planter des haies champêtres", "Économiser l'eau potable"]
    facets = facets_of(response)
    assert facets["type"] == {"Aide ou accompagnement": 2}
    assert facets["theme"] == {"Énergie": 1, "Eau": 2, "Biodiversité": 1}
    response = client.get("/recherche/", {"theme": "energie"})
    assert sorted(hits_of(response)) == [
        "Fonds chaleur renouvelable",
        "Une chaufferie au bois pour l'école",
    ]
    assert facets_of(response)["type"] == {"Fiche expérience": 1, "Aide ou accompagnement": 1}


def test_the_year_facet_filters_aids_by_closing_year(client, aids, database_search):
    response = client.get("/recherche/", {"type": "aide", "year": str(NEXT_YEAR)})
    assert hits_of(response) == ["Fonds chaleur renouvelable"]


def test_a_closed_aid_is_found_and_marked(client, aids, database_search):
    response = client.get("/recherche/", {"q": "haies"})
    assert hits_of(response) == ["Planter des haies champêtres"]
    html = html_of(response)
    assert '<strong class="search-result__status">Clôturée</strong>' in html
    assert "clôture le" not in html
    # Marked "ended" with a closing date still to come: closed all the same.
    aids["chaleur"].status = AidStatus.ENDED
    aids["chaleur"].save_revision().publish()
    html = html_of(client.get("/recherche/", {"q": "chaufferies"}))
    assert html.count("Clôturée</strong>") == 1
    # An open aid without a closing date: no date, no mark.
    response = client.get("/recherche/", {"q": "cuves"})
    assert hits_of(response) == ["Économiser l'eau potable"]
    html = html_of(response)
    assert "Clôturée" not in html and "clôture le" not in html


@pytest.mark.parametrize("query", ["mirobolant", "confidentiel", "brouillon", "réservée"])
def test_unpublished_and_restricted_aids_are_never_found(client, aids, database_search, query):
    response = client.get("/recherche/", {"q": query})
    assert response.context["results"] == []
    assert "Aide brouillon" not in html_of(response) and "Aide réservée" not in html_of(response)
    suggestions = client.get("/recherche/suggestions/", {"q": "Aide"}).json()["suggestions"]
    assert [s["title"] for s in suggestions] == []
    # Nor counted: the ADEME's visible aid only, with the energy theme.
    response = client.get("/recherche/", {"q": "ADEME"})
    assert facets_of(response)["theme"] == {"Énergie": 1}


def test_the_vocabulary_holds_public_aids_funders_only(aids, database_search):
    vocabulary_builder.rebuild("fr")
    words = set(SearchTerm.objects.filter(language="fr").values_list("word", flat=True))
    assert {"ademe", "transition", "bretagne", "aelb", "chaufferies", "biodiversite"} <= words
    assert not {"mirobolant", "confidentiel", "brouillon"} & words


@pytest.mark.parametrize(
    "params",
    [
        {"type": "aide", "year": "abc"},
        {"type": "aides"},
        {"type": ["aide", "ressource"]},
        {"theme": "inconnu", "type": "aide"},
        {"q": "ADEME", "commune": "'; drop table"},
        {"q": "ADEME", "year": "99999999999"},
        {"type": "aide", "page": "-1"},
        {"type": "aide", "tri": "clôture"},
    ],
)
def test_bad_facet_values_give_a_normal_page(client, aids, database_search, params):
    assert client.get("/recherche/", params).status_code == 200


def test_a_published_aid_is_searchable_by_funder_and_theme_at_once(client, aids, database_search):
    """Index and vocabulary follow publication: an editor's new aid, published."""
    page = aids["index"].add_child(
        instance=AidPageFactory.build(
            title="Prêt de la Banque des Territoires",
            slug="pret-banque",
            funder=FunderFactory(name="Banque des Territoires"),
            description="<p>Un prêt à taux bonifié.</p>",
            live=False,
        )
    )
    page.themes = [aids["themes"]["biodiversite"]]
    page.save_revision().publish()
    assert hits_of(client.get("/recherche/", {"q": "Banque des Territoires"})) == [
        "Prêt de la Banque des Territoires"
    ]
    hits = hits_of(client.get("/recherche/", {"q": "biodiversité"}))
    assert "Prêt de la Banque des Territoires" in hits
    page.refresh_from_db()
    page.unpublish()
    assert hits_of(client.get("/recherche/", {"q": "Banque des Territoires"})) == []


def test_the_english_search_finds_the_english_aid(
    client, aids, database_search, english_home_page, locales
):
    english = locales["en"]
    translate(aids["index"], english, {"title": "Funding and support"})
    translate(
        aids["funders"]["ademe"], english, {"name": "French agency for ecological transition"}
    )
    translate(
        aids["chaleur"],
        english,
        {
            "title": "Renewable heat fund",
            "description": "<p>Funds the wood-fired boilers of communes.</p>",
        },
    )
    response = client.get("/en/recherche/", {"q": "boilers"})
    assert hits_of(response) == ["Renewable heat fund"]
    html = html_of(response)
    assert '<span class="search-result__type">Funding or support</span>' in html
    assert f"closes on 31 March {NEXT_YEAR}" in html
    assert hits_of(client.get("/recherche/", {"q": "boilers"})) == []
    assert hits_of(client.get("/en/recherche/", {"type": "aide"})) == ["Renewable heat fund"]


def _query_counts(client, requests):
    counts = []
    for params in requests:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/recherche/", params).status_code == 200
        counts.append(len(queries))
    return counts


def test_query_count_is_the_same_with_3_and_30_aids(
    client, aids, database_search, settings, django_assert_max_num_queries
):
    settings.SEARCH_RESULTS_PER_PAGE = 100
    requests = [
        {"type": "aide"},
        {"q": "communes"},
        {"q": "communes", "type": "aide", "theme": "eau", "tri": "date"},
        {"theme": "energie"},
    ]
    _query_counts(client, requests)  # warm-up: content types, site root paths
    few = _query_counts(client, requests)
    funders = list(aids["funders"].values())
    themes = list(aids["themes"].values())
    for i in range(27):
        AidPageFactory(
            parent=aids["index"],
            title=f"Aide aux communes n° {i}",
            funder=funders[i % 3],
            description="<p>Pour les communes rurales.</p>",
            closes_on=TODAY + datetime.timedelta(days=30 * (i - 10)) if i % 4 else None,
            themes=[themes[i % 3]],
        )
    many = _query_counts(client, requests)
    assert few == many, (few, many)
    for params in requests:
        with django_assert_max_num_queries(12):
            client.get("/recherche/", params)


def test_a_task_backend_down_never_breaks_publishing(aids, database_search, monkeypatch, caplog):
    class Broken:
        def enqueue(self, *args):
            raise ConnectionError("task backend down")

    monkeypatch.setattr(signal_handlers, "reindex_page", Broken())
    with caplog.at_level(logging.ERROR, logger="search"):
        aids["pluie"].save_revision().publish()
    assert "not indexed again" in caplog.text


# --- Elasticsearch (osmem) --------------------------------------------------------------------
@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("chaufferies", ["Une chaufferie au bois pour l'école", "Fonds chaleur renouvelable"]),
        ("transition écologique", ["Fonds chaleur renouvelable"]),
        ("Loire-Bretagne", ["Économiser l'eau potable"]),
        ("biodiversité", ["Planter des haies champêtres"]),
        ("mirobolant", []),
        ("confidentiel", []),
    ],
)
def test_elasticsearch_finds_aids_by_text_funder_and_theme(
    elasticsearch, client, aids, query, expected
):
    elasticsearch.rebuild()  # the module's content was indexed in the database backend only
    response = client.get("/recherche/", {"q": query})
    assert response.context["degraded"] is False
    assert sorted(hits_of(response)) == sorted(expected)


@pytest.mark.elasticsearch
def test_elasticsearch_type_and_theme_facets(elasticsearch, client, aids):
    elasticsearch.rebuild()
    response = client.get("/recherche/", {"q": "communes", "type": "aide"})
    assert sorted(hits_of(response)) == [
        "Fonds chaleur renouvelable",
        "Planter des haies champêtres",
    ]
    facets = facets_of(response)
    assert facets["type"] == {"Fiche expérience": 1, "Aide ou accompagnement": 2}
    assert facets["theme"] == {"Énergie": 1, "Eau": 1, "Biodiversité": 1}
    assert "Clôturée</strong>" in html_of(response)
