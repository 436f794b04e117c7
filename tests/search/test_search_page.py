"""The search page and autocomplete: results, facets, bad input, permissions, resilience."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from guardian.shortcuts import assign_perm, remove_perm

from members_area.factories import ResourceFactory
from members_area.models import Resource
from search.excerpts import highlight
from sheets.factories import (
    CommuneFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
)
from sheets.models import ExperienceSheetPage, Theme
from tests.search.conftest import build_people, module_content, osmem_backend_settings

SECRET = "Cahier des charges confidentiel de la cantine"


@pytest.fixture(scope="module")
def content_db(django_db_setup, django_db_blocker):
    """Fourteen sheets (one a draft) and a reserved resource, built once for the module."""
    with module_content(django_db_blocker) as home_page:
        index = ExperienceIndexPageFactory(parent=home_page)
        energie = ThemeFactory(name="Énergie", slug="energie")
        eau = ThemeFactory(name="Eau", slug="eau")
        bais = CommuneFactory(name="Bais", slug="bais", insee_code="53019")
        evron = CommuneFactory(name="Évron", slug="evron", insee_code="53097")
        sheets = [
            ExperienceSheetPageFactory(
                parent=index,
                title=f"Éclairage public à Bais n° {i}",
                commune=bais,
                year_start=2019 + i % 3,
                themes=[energie],
            )
            for i in range(12)
        ]
        sheets.append(
            ExperienceSheetPageFactory(
                parent=index,
                title="Récupération des eaux pluviales",
                commune=evron,
                summary="Une cuve recueille l'eau de pluie du toit de l'école.",
                themes=[eau],
            )
        )
        draft = ExperienceSheetPageFactory(
            parent=index, title="Éclairage brouillon secret", live=False
        )
        secret = ResourceFactory(
            title=SECRET,
            body="Le marché prévoit une clause d'insertion.",
            themes=[energie],
            commune=bais,
        )
        yield {
            "sheets": [sheet.pk for sheet in sheets],
            "draft": draft.pk,
            "secret": secret.pk,
            "energie": energie.pk,
        }


@pytest.fixture
def content(content_db, db):
    """The module's content, read again for this test."""
    sheets = ExperienceSheetPage.objects.in_bulk(content_db["sheets"])
    return {
        "sheets": [sheets[pk] for pk in content_db["sheets"]],
        "draft": ExperienceSheetPage.objects.get(pk=content_db["draft"]),
        "secret": Resource.objects.get(pk=content_db["secret"]),
        "energie": Theme.objects.get(pk=content_db["energie"]),
    }


def page_text(response):
    assert response.status_code == 200
    return response.content.decode()


def test_finds_sheets_with_facets_and_highlight(client, content, database_search):
    html = page_text(client.get("/recherche/", {"q": "pluie"}))
    assert "Récupération des eaux pluviales" in html
    assert "<mark>pluie</mark>" in html
    assert 'aria-live="polite"' in html


def test_browse_by_theme_with_empty_query(client, content, database_search):
    html = page_text(client.get("/recherche/", {"theme": "eau"}))
    assert "Récupération des eaux pluviales" in html
    assert "Éclairage public" not in html


def test_facet_counts(client, content, database_search):
    response = client.get("/recherche/", {"q": "éclairage"})
    groups = {g["key"]: g for g in response.context["facet_groups"]}
    assert {o["label"]: o["count"] for o in groups["theme"]["options"]} == {"Énergie": 12}
    assert sum(o["count"] for o in groups["year"]["options"]) == 12
    assert "brouillon" not in page_text(response)


@pytest.mark.parametrize(
    "params",
    [
        {"q": "éclairage", "theme": "inconnu"},
        {"q": "éclairage", "type": "pirate"},
        {"q": "éclairage", "year": "abc"},
        {"q": "éclairage", "page": "999"},
        {"q": "éclairage", "commune": "'; drop table"},
        {"q": "x" * 5000},
        {"q": '"(unbalanced AND OR'},
        {"tri": "n'importe quoi"},
    ],
)
def test_bad_parameters_give_a_normal_page(client, content, database_search, params):
    assert client.get("/recherche/", params).status_code == 200


def test_sort_by_date_and_pagination(client, content, database_search, settings):
    settings.SEARCH_RESULTS_PER_PAGE = 5
    response = client.get("/recherche/", {"q": "éclairage", "tri": "date", "page": "2"})
    assert response.context["page_obj"].number == 2
    assert 'aria-current="page"' in page_text(response)


# --- Reserved resources: visible only to who may open them ----------------------------------
def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.fixture
def people(db):
    return build_people()


@pytest.mark.parametrize(
    ("who", "sees"),
    [
        ("anonymous", False),
        ("non_member", False),
        ("member_without_grant", False),
        ("member_with_grant", True),
        ("lapsed_member_with_grant", False),
    ],
)
def test_reserved_resource_only_for_who_may_open_it(content, database_search, people, who, sees):
    secret = content["secret"]
    for name in ("member_with_grant", "lapsed_member_with_grant"):
        assign_perm("view_resource", people[name], secret)
    client = client_for(people[who])
    for params in ({"q": "clause d'insertion"}, {"q": "confidentiel"}, {"theme": "energie"}):
        html = page_text(client.get("/recherche/", params))
        assert (SECRET in html) is sees, params
        assert ("insertion</mark>" in html) is (sees and "q" in params and "clause" in params["q"])
    suggestions = client.get("/recherche/suggestions/", {"q": "Cahier"}).json()["suggestions"]
    assert any(s["title"] == SECRET for s in suggestions) is sees
    # Facet counts never count what the visitor cannot open.
    response = client.get("/recherche/", {"theme": "energie"})
    groups = {g["key"]: g for g in response.context["facet_groups"]}
    assert {o["label"]: o["count"] for o in groups["theme"]["options"]}["Énergie"] == (
        13 if sees else 12
    )


# The budget: at most 12 queries for an anonymous page, 17 for a member's, the same at 14
# results as at 60 (first request warms what every process caches once: content types, site
# root paths, and creates the NetworkSettings row). The member's page reads the session, the
# user and the grants, and each set of visible pages Wagtail's view restrictions. A search
# with words reads the vocabulary once (spelling, word families: issue 19, decision 0038).
QUERY_BUDGET = {"anonymous": 12, "member_with_grant": 17}
BUDGET_REQUESTS = [
    {"q": "éclairage"},
    {"q": "éclairage", "theme": "energie", "commune": "1", "year": "2020", "tri": "date"},
    {"q": "clause d'insertion"},
    {"theme": "energie"},
    {"theme": "energie", "page": "2"},
]


def _query_counts(client):
    counts = []
    for params in BUDGET_REQUESTS:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/recherche/", params).status_code == 200
        counts.append(len(queries))
    return counts


@pytest.mark.parametrize("who", ["anonymous", "member_with_grant"])
def test_query_count_is_fixed_and_within_budget(
    content, database_search, people, who, settings, django_assert_max_num_queries
):
    # Every result on one page, so both runs display the same kinds (pages, and resources for
    # the member): each kind shown costs one query, whatever the number of items.
    settings.SEARCH_RESULTS_PER_PAGE = 100
    user = people[who]
    client = client_for(user)
    ResourceFactory(
        title="Éclairage : marché", body="clause d'insertion", themes=[content["energie"]]
    )
    if user is not None:
        for resource in Resource.objects.all():
            assign_perm("view_resource", user, resource)
    # Warm-up: what a process reads once (content types, Wagtail's site root paths) is not
    # counted.
    _query_counts(client)
    few = _query_counts(client)

    index = content["sheets"][0].get_parent()
    bais, energie = content["sheets"][0].commune, content["energie"]
    for i in range(45):
        ExperienceSheetPageFactory(
            parent=index, title=f"Éclairage public n° {i + 20}", commune=bais, themes=[energie]
        )
    for i in range(8):
        resource = ResourceFactory(
            title=f"Éclairage : marché n° {i}", body="clause d'insertion", themes=[energie]
        )
        if user is not None:
            assign_perm("view_resource", user, resource)
    _query_counts(client)
    many = _query_counts(client)

    assert few == many, (few, many)
    for params in BUDGET_REQUESTS:
        with django_assert_max_num_queries(QUERY_BUDGET[who]):
            client.get("/recherche/", params)


def test_staff_sees_resources(admin_client, content, database_search):
    assert SECRET in page_text(admin_client.get("/recherche/", {"q": "confidentiel"}))


def test_revoking_access_hides_the_resource_at_once(content, database_search, people):
    user = people["member_with_grant"]
    assign_perm("view_resource", user, content["secret"])
    client = client_for(user)
    assert SECRET in page_text(client.get("/recherche/", {"q": "confidentiel"}))
    remove_perm("view_resource", user, content["secret"])
    client = client_for(user)
    assert SECRET not in page_text(client.get("/recherche/", {"q": "confidentiel"}))


def test_autocomplete_only_lists_live_public_pages(client, content, database_search):
    data = client.get("/recherche/suggestions/", {"q": "Écla"}).json()
    titles = [s["title"] for s in data["suggestions"]]
    assert titles and all(t.startswith("Éclairage public") for t in titles)
    assert client.get("/recherche/suggestions/", {"q": "a"}).json()["suggestions"] == []


def test_highlight_escapes_before_marking():
    html = highlight("<script>alert('énergie')</script> Les énergies renouvelables", "energie")
    assert "<script>" not in html
    assert "<mark>énergies</mark>" in html


def test_stop_words_are_not_highlighted():
    html = highlight("La gestion des haies de la commune, le développement du bocage.", "des haies")
    assert "<mark>haies</mark>" in html
    assert "<mark>des</mark>" not in html
    html = highlight("Le développement de la commune", "plan de la commune")
    assert "<mark>commune</mark>" in html
    # "de" would have marked every word that starts with it.
    assert html.count("<mark>") == 1


def test_event_excerpt_leaves_the_programme_out(client, home_page, database_search):
    agenda = EventIndexPageFactory(parent=home_page)
    theme = ThemeFactory(name="Eau", slug="eau")
    EventPageFactory(
        parent=agenda,
        title="Visite de la station de pompage",
        summary="Les élus présentent la récupération de l'eau.",
        programme="<ul><li>14 h : accueil en mairie</li><li>14 h 15 : visite</li></ul>",
        themes=[theme],
    )
    for params in ({"theme": "eau"}, {"q": "accueil"}):
        html = page_text(client.get("/recherche/", params))
        assert "Visite de la station de pompage" in html, params
        assert "Les élus présentent" in html
        assert "14 h" not in html and "accueil en mairie" not in html
        # The site's own word for an event.
        assert '<span class="search-result__type">Rencontre</span>' in html
        assert "Événement" not in html


def test_communes_in_french_alphabetical_order(client, content, database_search):
    laval = CommuneFactory(name="Laval", slug="laval", insee_code="53130")
    ExperienceSheetPageFactory(
        parent=content["sheets"][0].get_parent(), title="Éclairage de Laval", commune=laval
    )
    response = client.get("/recherche/", {"type": "experience"})
    groups = {g["key"]: g for g in response.context["facet_groups"]}
    assert [o["label"] for o in groups["commune"]["options"]] == ["Bais", "Évron", "Laval"]


def test_facets_fold_on_small_screens_and_active_filters_are_removable(
    client, content, database_search
):
    bais = content["sheets"][0].commune
    html = page_text(
        client.get(
            "/recherche/", {"q": "éclairage", "theme": "energie", "commune": bais.pk, "page": "2"}
        )
    )
    assert '<details class="filters filters--collapsible">' in html
    assert "<summary" in html and "(2 filtres actifs)" in html
    assert 'action=""' not in html
    assert '<ul class="active-filters"' in html
    assert (
        f'<a class="active-filter" href="/recherche/?q=%C3%A9clairage&amp;commune={bais.pk}">'
        "Thème : Énergie"
    ) in html
    assert (
        '<a class="active-filter" href="/recherche/?q=%C3%A9clairage&amp;theme=energie">'
        "Commune : Bais"
    ) in html
    # Without a ticked filter: no chips, and nothing to clear.
    html = page_text(client.get("/recherche/", {"q": "éclairage"}))
    assert "active-filters" not in html and "Effacer les filtres" not in html


# --- Elasticsearch (osmem) --------------------------------------------------------------------
@pytest.mark.elasticsearch
def test_elasticsearch_search_and_typo_tolerance(elasticsearch, client, content):
    elasticsearch.rebuild()  # the module's content was indexed in the database backend only
    html = page_text(client.get("/recherche/", {"q": "eaux pluviale"}))
    assert "Récupération des eaux pluviales" in html
    response = client.get("/recherche/", {"q": "pluviâles recuperasion"})
    assert response.context["degraded"] is False
    assert "Récupération des eaux pluviales" in page_text(response)


@pytest.mark.elasticsearch
def test_elasticsearch_resources_follow_permissions(elasticsearch, content, people):
    elasticsearch.rebuild()
    assign_perm("view_resource", people["member_with_grant"], content["secret"])
    html = page_text(client_for(people["member_with_grant"]).get("/recherche/", {"q": "insertion"}))
    assert SECRET in html
    html = page_text(
        client_for(people["member_without_grant"]).get("/recherche/", {"q": "insertion"})
    )
    assert SECRET not in html


@pytest.mark.elasticsearch
def test_unreachable_elasticsearch_falls_back_to_the_database(client, content, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": osmem_backend_settings("http://127.0.0.1:9", "closed_"),
        "database": settings.DATABASE_SEARCH_BACKEND,
    }
    response = client.get("/recherche/", {"q": "pluie"})
    html = page_text(response)
    assert "momentanément indisponible" in html
    assert "Récupération des eaux pluviales" in html
    assert "answering from the database" in caplog.text
    data = client.get("/recherche/suggestions/", {"q": "Récup"}).json()
    assert data["degraded"] is True and data["suggestions"]


def test_excerpts_mark_the_synonyms_a_word_was_widened_with():
    """The groups' alternatives are marked: "haie" (the rule says "haies", matched on stems)
    marks "bocage"; the acronym "PLU" marks the words of its expansion."""
    html = highlight("Le bocage de la commune.", "haie")
    assert "<mark>bocage</mark>" in html
    html = highlight("Révision du plan local d'urbanisme.", "PLU")
    assert "<mark>plan</mark> <mark>local</mark>" in html
