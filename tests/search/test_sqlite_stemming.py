"""French stemming on SQLite (search.backends.sqlite_french): the index rows hold Snowball stems,
the queries are stemmed the same way, through Wagtail's search API."""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Not, Or, Phrase, PlainText

from search.analysis import index_terms
from search.backends import database_backend
from sheets.factories import CommuneFactory, ExperienceIndexPageFactory, ExperienceSheetPageFactory
from sheets.models import ExperienceSheetPage

# The backend's module is never imported here: Wagtail's SQLite query module needs the FTS
# model, which does not exist on PostgreSQL.
pytestmark = pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="SQLite's backend only: PostgreSQL stems with its own `reseau_french` configuration",
)

SHEETS = {
    "haies": (
        "Plantation de haies bocagères",
        "Quatre kilomètres replantés avec les agriculteurs.",
    ),
    "mare": ("Restauration d'une mare communale", "Une zone humide recréée pour les amphibiens."),
    "step": ("Station d'épuration à roseaux", "Assainissement collectif par filtres plantés."),
    "eolien": ("Parc éolien citoyen", "Les habitants financent des énergies renouvelables."),
    "pluie": ("Récupération des eaux pluviales", "Une cuve recueille l'eau de pluie au cimetière."),
}


@pytest.fixture
def sheets(database_search, home_page):
    index = ExperienceIndexPageFactory(parent=home_page)
    commune = CommuneFactory(name="Bais", slug="bais", insee_code="53019")
    return {
        key: ExperienceSheetPageFactory(
            parent=index,
            title=title,
            summary=summary,
            context="",
            approach="",
            results="",
            commune=commune,
        )
        for key, (title, summary) in SHEETS.items()
    }


def found(query, **kwargs):
    """The titles of the live sheets the default backend finds for `query`."""
    backend = get_search_backend()
    return {page.title for page in backend.search(query, ExperienceSheetPage.objects.live())}


def entry_of(page):
    """The page's row in Wagtail's index."""
    content_type = ContentType.objects.get_for_model(type(page))
    return IndexEntry.objects.get(content_type=content_type, object_id=str(page.pk))


def title(key):
    return SHEETS[key][0]


def test_sqlite_uses_the_stemming_backend(database_search):
    assert settings.DATABASE_SEARCH_BACKEND == {"BACKEND": "search.backends.sqlite_french"}
    assert type(get_search_backend()).__name__ == "FrenchSQLiteSearchBackend"
    assert type(database_backend()).__name__ == "FrenchSQLiteSearchBackend"


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("haie", "haies"),  # plural indexed, singular typed
        ("mares", "mare"),  # singular indexed, plural typed
        ("bocagère", "haies"),  # feminine plural adjective indexed, singular typed
        ("communales", "mare"),  # feminine singular indexed, plural typed
        ("communaux", "mare"),  # masculine plural in -aux
        ("énergie renouvelable", "eolien"),  # feminine plural noun and adjective
        ("Energies", "eolien"),  # capital, accent omitted
        ("epuration", "step"),  # accent omitted
        ("recuperation eau pluviale", "pluie"),
        ("l'énergie", "eolien"),  # elided article
        ("d'épuration", "step"),
    ],
)
def test_inflected_forms_find_the_sheet(sheets, query, key):
    assert title(key) in found(query)


def test_a_phrase_with_an_elided_article(sheets):
    assert found(Phrase("station d'épuration")) == {title("step")}
    assert found(Phrase("stations d'épuration")) == {title("step")}
    assert found(Phrase("épuration station")) == set()  # still a phrase: order counts


@pytest.mark.parametrize("query", ["le", "de la", "L'", Phrase("les"), Or([PlainText("des")])])
def test_a_query_of_stop_words_only_matches_nothing(sheets, query):
    assert found(query) == set()


def test_stop_words_are_left_out_of_and_and_or(sheets):
    assert found(And([PlainText("haies"), PlainText("des")])) == {title("haies")}
    assert found(Or([PlainText("le"), Phrase("la"), PlainText("mares")])) == {title("mare")}
    assert found(And([PlainText("mare"), Not(PlainText("les"))])) == {title("mare")}


def test_and_or_not_and_the_operator(sheets):
    assert found(And([PlainText("haies"), PlainText("mares")])) == set()
    assert found(Or([PlainText("haies"), PlainText("mares")])) == {title("haies"), title("mare")}
    assert found(PlainText("haie mares", operator="or")) == {title("haies"), title("mare")}
    assert found(PlainText("haie mares")) == set()
    assert found(And([PlainText("eau"), Not(PlainText("station"))])) == {title("pluie")}


def test_the_index_holds_stems_and_autocomplete_the_raw_title(sheets):
    entry = entry_of(sheets["haies"])
    assert entry.title == " ".join(index_terms(title("haies"))) == "plantat hai bocager"
    assert "kilometr" in entry.body.split() and "kilomètres" not in entry.body
    assert entry.autocomplete == title("haies")


def test_autocomplete_still_finds_a_title_prefix(sheets):
    backend = get_search_backend()
    titles = {p.title for p in backend.autocomplete("bocag", ExperienceSheetPage.objects.live())}
    assert titles == {title("haies")}
    titles = {p.title for p in backend.autocomplete("Statio", ExperienceSheetPage.objects.live())}
    assert titles == {title("step")}


def test_a_saved_page_stays_stemmed(sheets):
    page = sheets["mare"]
    page.title = "Restauration de mares communales"
    page.save_revision().publish()
    entry = entry_of(page)
    assert entry.title == " ".join(index_terms(page.title)) == "restaur mar communal"
    assert title("mare") not in found("mare")
    assert "Restauration de mares communales" in found("mare")


def test_update_index_keeps_the_index_stemmed(sheets):
    def rows():
        return {(e.content_type_id, e.object_id): e for e in IndexEntry.objects.all()}

    before = {key: (e.title, e.body) for key, e in rows().items()}
    call_command("update_index", verbosity=0)
    call_command("update_index", verbosity=0)  # twice: stems are never stemmed again
    entries = rows()
    assert {key: (entries[key].title, entries[key].body) for key in before} == before
    entry = entry_of(sheets["haies"])
    assert entry.title == "plantat hai bocager"
    assert title("haies") in found("haie")
    # Title norms are measured on the stems: the shortest stemmed title weighs most.
    norms = {e.title: e.title_norm for e in entries.values() if e.title}
    assert max(norms, key=norms.get) == min(norms, key=len)
