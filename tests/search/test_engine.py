"""The engine's SQL counts and lists against a direct count, for every kind of user.

The search page's facets are counted in SQL (GROUP BY per facet, UNION ALL) over the visible
items; these tests recount them in Python from the site's own rules (live, public, current
language pages; `viewable_resources` for members) and compare, item by item.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from guardian.shortcuts import assign_perm
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page, PageViewRestriction
from wagtail.search.query import And, Fuzzy, Or, Phrase, PlainText

from core.text import stream_text
from members_area.factories import ResourceFactory
from members_area.permissions import viewable_resources
from reseau.models import CustomDocument, CustomImage, User
from search import candidates, engine, facets, views
from search.backends import database_backend
from search.groups import every_group, most_groups, query_groups
from search.kinds import PAGE_KINDS, kind_by_content_type
from search.results import load_results
from sheets.factories import (
    CommuneFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    TechnicalIndexPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
)
from sheets.models import Commune, TechnicalSheetPage, Theme
from tests.conftest import create_admin_user
from tests.search.conftest import build_people, module_content


@pytest.fixture(scope="module")
def site_content_db(django_db_setup, django_db_blocker):
    """Sheets, events and resources of every kind, facet and visibility, and a user of each
    kind, built once for the module."""
    with module_content(django_db_blocker) as home_page:
        admin_user = create_admin_user()
        energie = ThemeFactory(name="Énergie", slug="energie")
        eau = ThemeFactory(name="Eau", slug="eau")
        mobilite = ThemeFactory(name="Mobilité", slug="mobilite")
        bais = CommuneFactory(name="Bais", slug="bais", insee_code="53019")
        evron = CommuneFactory(name="Évron", slug="evron", insee_code="53097")
        experiences = ExperienceIndexPageFactory(parent=home_page)
        technical = TechnicalIndexPageFactory(parent=home_page)
        events = EventIndexPageFactory(parent=home_page)
        for i in range(9):
            ExperienceSheetPageFactory(
                parent=experiences,
                title=f"Chaudière bois n° {i}",
                commune=(bais, evron)[i % 2],
                year_start=2019 + i % 3,
                themes=[(energie, eau, mobilite)[i % 3], *([energie] if i % 4 == 0 else [])],
            )
        ExperienceSheetPageFactory(parent=experiences, title="Chaudière sans thème", commune=bais)
        for i in range(3):
            TechnicalSheetPageFactory(
                parent=technical, title=f"Chaudière : la fiche n° {i}", themes=[energie]
            )
        for i in range(3):
            EventPageFactory(
                parent=events,
                title=f"Chaudière : la visite n° {i}",
                host_commune=(bais, evron, evron)[i],
                start=timezone.make_aware(datetime.datetime(2022 + i, 12, 31, 23, 30)),
                themes=[eau],
            )
        # Never visible: a draft, and a section behind a view restriction.
        ExperienceSheetPageFactory(parent=experiences, title="Chaudière brouillon", live=False)
        private = ExperienceIndexPageFactory(parent=home_page, title="Réservé", slug="reserve")
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        ExperienceSheetPageFactory(parent=private, title="Chaudière privée", themes=[energie])

        people = {**build_people(), "staff": admin_user}
        for i in range(6):
            resource = ResourceFactory(
                title=f"Chaudière : cahier des charges n° {i}",
                themes=[(energie, eau)[i % 2]],
                commune=(bais, None, evron)[i % 3],
                year=(2020, None)[i % 2],
            )
            if i % 2 == 0:
                for name in ("member_with_grant", "lapsed_member_with_grant"):
                    assign_perm("view_resource", people[name], resource)
        yield {
            "people": {who: user and user.pk for who, user in people.items()},
            "themes": [energie.pk, eau.pk, mobilite.pk],
            "communes": [bais.pk, evron.pk],
        }


@pytest.fixture
def site_content(site_content_db, db):
    """The module's users, themes and communes, read again for this test."""
    users = User.objects.in_bulk([pk for pk in site_content_db["people"].values() if pk])
    themes = Theme.objects.in_bulk(site_content_db["themes"])
    communes = Commune.objects.in_bulk(site_content_db["communes"])
    return {
        "people": {who: users.get(pk) for who, pk in site_content_db["people"].items()},
        "themes": [themes[pk] for pk in site_content_db["themes"]],
        "communes": [communes[pk] for pk in site_content_db["communes"]],
    }


def visible_items(user, kinds):
    """Every item this user may open, with its facet values, from the site's own rules."""
    items = []
    pages = Page.objects.live().public().filter(locale__language_code="fr").specific()
    for page in pages:
        kind = kind_by_content_type().get(page.content_type_id)
        if kind not in kinds:
            continue
        date = getattr(page, "start", None) or page.first_published_at
        year = getattr(page, "year_start", None)
        if kind != "experience" and date:
            year = timezone.localtime(date).year
        commune = getattr(page, "commune_id", None) or getattr(page, "host_commune_id", None)
        themes = set(page.themes.values_list("pk", flat=True))
        items.append({"key": (kind, page.pk), "theme": themes, "type": kind, "commune": commune})
        items[-1]["year"] = year
    if "ressource" in kinds:
        for resource in viewable_resources(user):
            items.append(
                {
                    "key": ("ressource", resource.pk),
                    "theme": set(resource.themes.values_list("pk", flat=True)),
                    "type": "ressource",
                    "commune": resource.commune_id,
                    "year": resource.year,
                }
            )
    return items


def passes(item, filters, skip=None):
    for name, chosen in filters.items():
        if name == skip or not chosen:
            continue
        values = item[name] if name == "theme" else {item[name]}
        if not values & chosen:
            return False
    return True


def direct_counts(items, filters):
    counts = {name: {} for name in facets.FACETS}
    for name in facets.FACETS:
        for item in items:
            if passes(item, filters, skip=name):
                values = item[name] if name == "theme" else {item[name]}
                for value in values:
                    if value:
                        counts[name][value] = counts[name].get(value, 0) + 1
    return counts


def filter_sets(content):
    energie, eau, _mobilite = (t.pk for t in content["themes"])
    bais, evron = (c.pk for c in content["communes"])
    return [
        {},
        {"theme": {energie}},
        {"theme": {energie, eau}, "commune": {bais}},
        {"type": {"experience", "ressource"}, "year": {2020, 2021}},
        {"commune": {evron}, "year": {2023}},
        {"type": {"evenement"}, "theme": {eau}},
        {"type": {"ressource"}},
    ]


@pytest.mark.parametrize(
    "who",
    [
        "anonymous",
        "non_member",
        "member_without_grant",
        "member_with_grant",
        "lapsed_member_with_grant",
        "staff",
    ],
)
@pytest.mark.parametrize("query", ["", "chaudière"])
def test_facet_counts_and_hits_match_a_direct_count(site_content, database_search, who, query):
    user = site_content["people"][who]
    kinds = views.available_kinds(user)
    with translation.override("fr"):
        visible = visible_items(user, kinds)
        matched = {item["key"] for item in visible}
        if query:
            # The backend proposes; everything visible here has "Chaudière" in its title.
            unfiltered = engine.search(user, query, kinds)
            matched = set(unfiltered.hits)
            assert matched == {item["key"] for item in visible}
        for filters in filter_sets(site_content):
            filters = {**facets.no_filters(), **filters}
            outcome = engine.search(user, query, kinds, filters)
            items = [item for item in visible if item["key"] in matched]
            expected = direct_counts(items, filters)
            for name in facets.FACETS:
                assert outcome.facets[name] == expected[name], (name, filters)
            shown = {item["key"] for item in items if passes(item, filters)}
            assert set(outcome.hits) == shown, filters
            assert outcome.total == len(shown) == len(outcome.hits)
            communes = {c.pk: c.name for c in site_content["communes"]}
            assert outcome.communes == {pk: communes[pk] for pk in expected["commune"]}


def test_nothing_reserved_is_counted(site_content, database_search):
    """Pages under a view restriction, drafts and resources not granted appear in no count."""
    energie = site_content["themes"][0]
    for who in ("anonymous", "member_without_grant", "lapsed_member_with_grant"):
        user = site_content["people"][who]
        outcome = engine.search(user, "", views.available_kinds(user), {"theme": {energie.pk}})
        assert "ressource" not in outcome.facets["type"]
        # 4 experience sheets (i = 0, 3, 4, 6, 8 have Énergie: 0 and 4 twice) and 3 technical.
        titles = [r.title for r in load_results(list(outcome.hits), "", None)]
        assert not any("privée" in t or "brouillon" in t for t in titles)
    granted = engine.search(
        site_content["people"]["member_with_grant"], "", views.available_kinds(None) + ["ressource"]
    )
    assert granted.facets["type"]["ressource"] == 3


def test_browse_pages_are_slices_of_one_date_order(site_content, database_search):
    user = site_content["people"]["staff"]
    kinds = views.available_kinds(user)
    with translation.override("fr"):
        outcome = engine.search(user, "", kinds)
        everything = list(outcome.hits[0 : outcome.total])
        assert len(everything) == outcome.total == len(set(everything))
        assert outcome.hits[3:7] == everything[3:7]
        results = load_results(everything, "", None)
        stamps = [r.date.timestamp() if r.date else 0 for r in results]
        assert stamps == sorted(stamps, reverse=True)
        # A search sorted by date gives the same order.
        by_date = engine.search(user, "chaudière", kinds, order="date")
        assert list(by_date.hits) == everything


def test_query_count_of_the_engine_is_fixed(site_content, database_search):
    """The view restrictions (Wagtail's `.public()`), the vocabulary's known words (one), the
    candidates (one per model for a one-word query), then the facets and the filtered ids
    together (one): whatever the results. Browsing: the view restrictions, the facets, then the
    displayed slice."""
    user = site_content["people"]["member_with_grant"]
    kinds = views.available_kinds(user)
    with translation.override("fr"):
        engine.search(user, "chaudière", kinds)  # warm-up (content types, routing)
        with CaptureQueriesContext(connection) as queries:
            themes = {t.pk for t in site_content["themes"][:2]}
            outcome = engine.search(user, "chaudière", kinds, {"theme": themes})
        assert outcome.total and len(queries) == 5
        with CaptureQueriesContext(connection) as queries:
            outcome = engine.search(user, "", kinds, {"year": {2020}})
            assert list(outcome.hits[0:20])
        assert len(queries) == 3


def test_stream_text_reads_the_json_without_queries(home_page, database_search):
    """Excerpts of a StreamField: the same text as Wagtail's searchable content, no query for
    the images and documents it holds."""
    image = CustomImage.objects.create(title="Photo", file=get_test_image_file())
    document = CustomDocument.objects.create(title="Guide")
    # A slug of its own: the module's content may be there already (site_content_db).
    index = TechnicalIndexPageFactory(parent=home_page, slug="fiches-du-test")
    sheet = TechnicalSheetPageFactory(parent=index, title="Fiche")
    sheet.body = [
        ("text", "<p>Un <b>texte</b> riche</p>"),
        ("image", {"image": image, "caption": "Légende", "alt": "Texte alternatif"}),
        ("document", {"document": document, "title": "Le guide"}),
        ("checklist", {"title": "Avant", "items": ["Point un", "Point deux"]}),
    ]
    sheet.save()
    fresh = TechnicalSheetPage.objects.get(pk=sheet.pk)
    with CaptureQueriesContext(connection) as queries:
        text = stream_text(fresh.body)
    assert len(queries) == 0
    assert text == fresh.body.stream_block.get_searchable_content(fresh.body)
    assert "Légende" in text and "Point deux" in text


def wagtails_ranking(backend, query, visible):
    """Page ids as Wagtail's own search ranks them among the visible pages: those with every
    word of `query`, then, when they are fewer than 3, those with half of them."""
    groups = query_groups(query)
    pages = Page.objects.filter(pk__in=visible.values("pk"))
    first = [page.pk for page in backend.search(every_group(groups), pages)]
    loose = most_groups(groups) if len(first) < 3 else None
    rest = [page.pk for page in backend.search(loose, pages)] if loose else []
    return first + [pk for pk in rest if pk not in first]


@pytest.mark.parametrize(
    "query",
    ["chaudière", "chaudière visite", "PLU", "n° 3", "énergie", "éco-quartier", "l'eau", "2024"],
)
def test_candidates_keep_wagtails_ranking(site_content, database_search, query):
    """The candidates are Wagtail's own results, in its order (on PostgreSQL, after narrowing
    to the index rows that hold one of the words)."""
    backend = database_backend()
    kinds = list(PAGE_KINDS)
    with translation.override("fr"):
        visible = candidates.visible_pages(kinds)
        found = candidates.find_candidates(backend, None, query, kinds, visible)
        wagtails = wagtails_ranking(backend, query, visible)
    assert list(found.pages) == wagtails


def test_candidates_found_in_title_or_body(home_page, database_search):
    """A word in the title only, the body only, or both is found and ranked as Wagtail does;
    two words may be one in the title and the other in the body."""
    # A slug of its own: the module's content may be there already (site_content_db); its
    # sheets have none of these words.
    sheets = ExperienceIndexPageFactory(parent=home_page, slug="fiches-du-test")
    for title, summary in [
        ("Géothermie au gymnase", "Un forage de cent mètres."),
        ("Salle des fêtes", "La géothermie chauffe la salle depuis un forage."),
        ("Géothermie : le bilan", "Trois ans de géothermie, un seul forage."),
        ("Cantine", "Des repas bio."),
    ]:
        ExperienceSheetPageFactory(parent=sheets, title=title, summary=summary)
    backend = database_backend()
    kinds = list(PAGE_KINDS)
    # "gymnase forage": the sheet with both words, then the two with one of them.
    for query, found in [("géothermie", 3), ("géothermie forage", 3), ("gymnase forage", 3)]:
        with translation.override("fr"):
            visible = candidates.visible_pages(kinds)
            ours = candidates.find_candidates(backend, None, query, kinds, visible).pages
            wagtails = wagtails_ranking(backend, query, visible)
        assert list(ours) == wagtails and len(ours) == found, query


@pytest.mark.parametrize(
    ("query", "words"),
    [
        (PlainText("énergie"), ["énergie"]),
        (PlainText("eau pluie"), ["eau", "pluie"]),
        (PlainText("éco-quartier"), ["éco", "quartier"]),
        (Or([PlainText("vélo"), Phrase("mobilité douce")]), ["vélo", "mobilité", "douce"]),
        (And([PlainText("vélo"), PlainText("vélo école")]), ["vélo", "école"]),
        (Fuzzy("velo"), []),
    ],
)
def test_words_that_narrow_a_postgres_search(query, words):
    """The words whose index rows narrow a search on PostgreSQL: every word of the query, or
    none (no narrowing) when the query has a part that is not words."""
    assert candidates._words(query) == words
