"""The site's vocabulary (search.vocabulary): built from live, public pages only, kept fresh on
publishing, and the source of spelling corrections, near words and "Did you mean" queries. Runs
on SQLite (rapidfuzz over words of similar length) and PostgreSQL (pg_trgm candidates)."""

import logging

import pytest
from django.core.management import call_command
from django.db import DatabaseError
from wagtail.models import PageViewRestriction

from members_area.factories import ResourceFactory
from search import signal_handlers, vocabulary, vocabulary_builder
from search.models import SearchTerm
from sheets.factories import (
    CommuneFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
)
from sheets.models import EventPage
from tests.search.conftest import module_content

pytestmark = pytest.mark.django_db


def words(language="fr"):
    return set(SearchTerm.objects.filter(language=language).values_list("word", flat=True))


def theme():
    return ThemeFactory(name="Alimentation", slug="alimentation")


@pytest.fixture(scope="module")
def vocabulary_db(django_db_setup, django_db_blocker):
    """Public pages with known words; a draft, a restricted page, a resource, an event report
    and a contact whose words must never reach the vocabulary; the vocabulary built from them.
    Once for the module."""
    with module_content(django_db_blocker) as home_page:
        index = ExperienceIndexPageFactory(parent=home_page)
        alimentation = theme()
        commune = CommuneFactory(name="Montsûrs", slug="montsurs", insee_code="53161")
        for i in range(3):
            ExperienceSheetPageFactory(
                parent=index,
                title=f"La cantine de l'école n° {i}",
                summary="Le verger communal nourrit la cantine. Éclairage public rénové.",
                commune=commune,
                themes=[alimentation],
            )
        ExperienceSheetPageFactory(
            parent=index,
            title="Le berger et le chauffage",
            summary="Un berger explique le chauffage au bois.",
            themes=[alimentation],
        )
        ExperienceSheetPageFactory(
            parent=index, title="Brouillonesque", summary="Texte brouillonesque.", live=False
        )
        private_index = ExperienceIndexPageFactory(
            parent=home_page, title="Réservé", slug="reserve"
        )
        PageViewRestriction.objects.create(
            page=private_index, restriction_type=PageViewRestriction.LOGIN
        )
        ExperienceSheetPageFactory(
            parent=private_index, title="Secretissime", summary="Une fiche secretissime."
        )
        events = EventIndexPageFactory(parent=home_page)
        EventPageFactory(
            parent=events,
            title="Visite du verger",
            programme="<p>Dégustation de pommes anciennes</p>",
            report="<p>Compte rendu confidentialissime</p>",
            themes=[alimentation],
        )
        ResourceFactory(title="Cahier xylophage", body="Clause xylophage du marché.")
        vocabulary_builder.rebuild()
        yield


@pytest.fixture
def site(vocabulary_db, db):
    """The module's pages and vocabulary (tests read them from the database)."""


def test_rebuild_reads_only_live_public_text(site):
    known = words()
    assert {"cantine", "ecole", "verger", "berger", "chauffage", "eclairage", "public"} <= known
    # An event's programme, commune and theme names are public.
    assert {"degustation", "pommes", "montsurs", "alimentation"} <= known
    # A draft, a restricted page, a resource, an event report, a contact never.
    assert not {"brouillonesque", "secretissime", "xylophage", "confidentialissime"} & known
    assert not {"dupont", "claire"} & known  # the factory's contact_name
    # Short words, numbers and stop words are not words of the vocabulary.
    assert not {"de", "la", "le", "les", "un"} & known
    assert not any(w.isdigit() or len(w) < 3 for w in known)


def test_rebuild_keeps_the_usual_spelling_and_counts_pages(site):
    term = SearchTerm.objects.get(language="fr", word="ecole")
    assert term.display == "école"
    assert term.stem == "ecol"
    assert term.frequency == 4  # the three canteens, and the factory's context of the fourth
    assert SearchTerm.objects.get(language="fr", word="montsurs").display == "Montsûrs"


def test_rebuild_replaces_the_languages_rows(site):
    before = SearchTerm.objects.filter(language="fr").count()
    assert vocabulary_builder.rebuild("fr") == {"fr": before}
    assert SearchTerm.objects.filter(language="fr").count() == before


def test_management_command(site, capsys):
    SearchTerm.objects.all().delete()
    call_command("update_search_vocabulary", language="fr")
    assert "cantine" in words()
    assert "fr :" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("cantne", "cantine"),  # a missing letter
        ("cnatine", "cantine"),  # a swapped pair
        ("chauffagge", "chauffage"),  # an extra letter
        ("pubic", "public"),  # a short word, one letter off
        ("ecle", "école"),  # four letters, one missing
    ],
)
def test_a_typo_is_corrected(site, typed, expected):
    assert vocabulary.corrections([typed], "fr") == {typed: expected}


@pytest.mark.parametrize(
    "typed",
    [
        "ecole",  # an accent omitted: known through folding
        "cantine",  # known
        "Cantines",  # known through its stem
        "cnt",  # too short
        "2024",  # a number
        "dans",  # a stop word
        "cntne",  # two edits in a five-letter word: beyond AUTO fuzziness
        "zzzzzzzz",  # nothing near
    ],
)
def test_no_correction(site, typed):
    assert vocabulary.corrections([typed], "fr") == {}


def test_the_most_frequent_word_wins_a_tie(site):
    # "herger" is one letter from "verger" (4 pages) and "berger" (1 page).
    assert vocabulary.corrections(["herger"], "fr") == {"herger": "verger"}


def test_several_words_in_two_queries(site, django_assert_max_num_queries):
    vocabulary.has_trigram_index()  # read once per process
    with django_assert_max_num_queries(2):
        found = vocabulary.corrections(["cantne", "pubic", "verger", "chauffagge", "ecole"], "fr")
    assert found == {"cantne": "cantine", "pubic": "public", "chauffagge": "chauffage"}


def test_other_language_has_its_own_vocabulary(site):
    assert vocabulary.corrections(["cantne"], "en") == {}


def test_python_path_gives_the_same_answers(site, monkeypatch):
    """PostgreSQL without pg_trgm compares the words of similar length in Python."""
    monkeypatch.setattr(vocabulary, "has_trigram_index", lambda: False)
    assert vocabulary.corrections(["cnatine", "pubic", "herger"], "fr") == {
        "cnatine": "cantine",
        "pubic": "public",
        "herger": "verger",
    }
    assert "chauffage" in vocabulary.closest_words(["chaufage"], "fr")


def test_database_errors_give_no_correction(site, monkeypatch, caplog):
    def fail(*args, **kwargs):
        raise DatabaseError("down")

    monkeypatch.setattr(SearchTerm.objects, "filter", fail)
    with caplog.at_level(logging.ERROR, logger="search"):
        assert vocabulary.corrections(["cantne"], "fr") == {}
        assert vocabulary.closest_words(["cantne"], "fr") == []
    assert "unavailable" in caplog.text


def test_closest_words(site):
    near = vocabulary.closest_words(["vergé", "cantinne"], "fr", limit=5)
    assert set(near[:2]) == {"verger", "cantine"}  # one edit away, before farther words
    if not vocabulary.has_trigram_index():
        # Two edits away; on PostgreSQL only words trigram-similar or one edit away come.
        assert "berger" in near
    assert len(near) <= 5
    assert vocabulary.closest_words(["la", "12"], "fr") == []


def test_closest_words_leave_out_the_typed_word(site):
    assert "verger" not in vocabulary.closest_words(["verger"], "fr")


@pytest.mark.parametrize(
    ("query", "corrections", "expected"),
    [
        ("éclairage pubic", {"pubic": "public"}, "éclairage public"),
        ("L'enregie à Laval !", {"enregie": "énergie"}, "L'énergie à Laval !"),
        ("Cantne scolaire", {"Cantne": "cantine"}, "Cantine scolaire"),
        ("cantne", {"CANTNE": "cantine"}, "cantine"),
        ("cantine", {}, ""),
        ("republicain pub", {"pub": "public"}, "republicain public"),
    ],
)
def test_suggested_query(query, corrections, expected):
    assert vocabulary.suggested_query(query, corrections) == expected


def test_publishing_and_unpublishing_refresh_the_vocabulary(
    site, home_page, django_capture_on_commit_callbacks
):
    index = ExperienceIndexPageFactory(parent=home_page, title="Autres", slug="autres")
    with django_capture_on_commit_callbacks(execute=True):
        page = ExperienceSheetPageFactory(
            parent=index,
            title="Méthanisation agricole",
            summary="Un méthaniseur.",
            themes=[theme()],
        )
    assert {"methanisation", "methaniseur"} <= words()
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert "methanisation" not in words()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert "methanisation" in words()
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert "methanisation" not in words()


def test_a_new_restriction_removes_the_pages_words(site, django_capture_on_commit_callbacks):
    assert SearchTerm.objects.get(language="fr", word="verger").frequency == 4
    event = EventPage.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=event, restriction_type="login")
    assert SearchTerm.objects.get(language="fr", word="verger").frequency == 3
    assert "degustation" not in words()


def test_one_rebuild_per_transaction(
    site, home_page, monkeypatch, django_capture_on_commit_callbacks
):
    calls = []
    real = vocabulary_builder.rebuild
    monkeypatch.setattr(
        vocabulary_builder,
        "rebuild",
        lambda language=None: calls.append(language) or real(language),
    )
    index = ExperienceIndexPageFactory(parent=home_page, title="Autres", slug="autres")
    with django_capture_on_commit_callbacks(execute=True):
        for i in range(3):
            ExperienceSheetPageFactory(parent=index, title=f"Méthanisation {i}", themes=[theme()])
    assert calls == ["fr"]
    assert "methanisation" in words()


def test_a_task_backend_down_never_breaks_publishing(
    site, home_page, monkeypatch, caplog, django_capture_on_commit_callbacks
):
    class Broken:
        def enqueue(self, *args):
            raise ConnectionError("task backend down")

    monkeypatch.setattr(signal_handlers, "refresh_search_vocabulary", Broken())
    index = ExperienceIndexPageFactory(parent=home_page, title="Autres", slug="autres")
    with (
        caplog.at_level(logging.ERROR, logger="search"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        page = ExperienceSheetPageFactory(
            parent=index, title="Méthanisation agricole", themes=[theme()]
        )
    assert page.live
    # Its words joined as it was saved; only the full rebuild could not be queued.
    assert "methanisation" in words()
    assert "refresh not queued" in caplog.text


def test_a_saved_live_public_page_adds_its_words_at_once(site, home_page):
    """Without any rebuild (no commit in a test), the words of a saved live page are known; a
    draft's and a restricted page's are not."""
    index = ExperienceIndexPageFactory(parent=home_page, title="Autres", slug="autres")
    ExperienceSheetPageFactory(parent=index, title="Géothermie sur sondes", summary="Forages.")
    ExperienceSheetPageFactory(parent=index, title="Brouillon secret", live=False)
    private = ExperienceIndexPageFactory(parent=home_page, title="Privé", slug="prive")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    ExperienceSheetPageFactory(parent=private, title="Confidentiel cadastre")
    known = words()
    assert {"geothermie", "sondes", "forages"} <= known
    assert not {"brouillon", "secret", "confidentiel", "cadastre"} & known
