"""The search page tells the visitor what it did: "Did you mean", the corrected spelling it also
searched, results holding only most of the words, and, when nothing matches, themes and near
words instead of an empty page."""

import re
from html import unescape

import pytest

from search import engine, vocabulary_builder
from search.engine import SearchOutcome
from search.facets import FACETS
from sheets.factories import (
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def content(home_page):
    index = ExperienceIndexPageFactory(parent=home_page)
    energie = ThemeFactory(name="Énergie", slug="energie")
    eau = ThemeFactory(name="Eau", slug="eau")
    sheet = ExperienceSheetPageFactory(
        parent=index, title="Éclairage public à Bais", themes=[energie]
    )
    ExperienceSheetPageFactory(
        parent=index,
        title="Récupération des eaux pluviales",
        summary="Une cuve recueille l'eau de pluie du toit de l'école.",
        themes=[eau],
    )
    vocabulary_builder.rebuild()
    return {"sheet": sheet, "energie": energie, "eau": eau}


def outcome_with(monkeypatch, hits=(), **fields):
    """The page driven by a given outcome: what the engine will return once it corrects."""
    hits = list(hits)
    outcome = SearchOutcome(
        hits=hits,
        total=len(hits),
        facets={name: {} for name in FACETS},
        **fields,
    )
    monkeypatch.setattr(engine, "search", lambda *args, **kwargs: outcome)


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


def text_of(html):
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_did_you_mean_links_to_the_corrected_search(client, content, monkeypatch):
    outcome_with(
        monkeypatch,
        hits=[("experience", content["sheet"].pk)],
        corrections={"pubic": "public"},
        suggestion="éclairage public",
    )
    html = html_of(
        client.get("/recherche/", {"q": "éclairage pubic", "theme": "energie", "page": "2"})
    )
    assert "Vouliez-vous dire : " in html
    link = re.search(r'Vouliez-vous dire : <a href="([^"]+)">« éclairage public »</a> ?', html)
    assert link, html
    url = unescape(link.group(1))
    assert url.startswith("/recherche/?")
    assert "q=%C3%A9clairage+public" in url
    assert "theme=energie" in url  # the filters stay
    assert "page=" not in url  # back to the first page
    assert 'class="search-feedback" role="status"' in html


def test_corrections_notice(client, content, monkeypatch):
    outcome_with(
        monkeypatch,
        hits=[("experience", content["sheet"].pk)],
        corrections={"pubic": "public"},
        suggestion="éclairage public",
    )
    text = text_of(html_of(client.get("/recherche/", {"q": "éclairage pubic"})))
    assert "Aucun contenu ne contient « pubic » : nous avons aussi cherché « public »." in text
    assert "Éclairage public à Bais" in text


def test_partial_notice(client, content, monkeypatch):
    outcome_with(monkeypatch, hits=[("experience", content["sheet"].pk)], partial=True)
    text = text_of(html_of(client.get("/recherche/", {"q": "éclairage public cantine"})))
    assert (
        "Aucun contenu ne contient tous vos mots : voici ceux qui en contiennent le plus." in text
    )
    assert "Vouliez-vous dire" not in text


def test_no_notice_for_an_exact_match(client, content, monkeypatch):
    outcome_with(monkeypatch, hits=[("experience", content["sheet"].pk)])
    html = html_of(client.get("/recherche/", {"q": "éclairage"}))
    assert "search-feedback" not in html
    assert "Vouliez-vous dire" not in html


def test_the_feedback_is_translated(client, content, monkeypatch):
    outcome_with(
        monkeypatch,
        hits=[("experience", content["sheet"].pk)],
        corrections={"pubic": "public"},
        suggestion="éclairage public",
        partial=True,
    )
    text = text_of(html_of(client.get("/en/recherche/", {"q": "éclairage pubic"})))
    assert "Did you mean" in text
    assert "No content contains “pubic”: we also searched for “public”." in text
    assert "No content contains all your words" in text


def test_a_suggestion_is_escaped(client, content, monkeypatch):
    outcome_with(
        monkeypatch,
        hits=[("experience", content["sheet"].pk)],
        suggestion='<script>alert("x")</script>',
        corrections={"<b>": "<i>"},
    )
    html = html_of(client.get("/recherche/", {"q": "x"}))
    assert "<script>alert" not in html
    assert "<b>" not in html and "<i>" not in html


def test_nothing_found_shows_themes_and_near_words(client, content, monkeypatch, home_page):
    ThemeIndexPageFactory(parent=home_page, title="Thèmes", slug="themes")
    outcome_with(monkeypatch)
    html = html_of(client.get("/recherche/", {"q": "pluvialle"}))
    text = text_of(html)
    assert "Aucun résultat" in text
    assert "Parcourir par thème" in text
    assert re.search(r'<a class="tag" href="[^"]*/themes/energie/">Énergie</a>', html), html
    assert "Des mots proches présents sur le site" in text
    link = re.search(r'<a class="tag" href="([^"]+)">pluviales</a>', html)
    assert link and "q=pluviales" in unescape(link.group(1))


def test_nothing_found_without_a_theme_index_links_to_the_theme_filter(
    client, content, monkeypatch
):
    outcome_with(monkeypatch)
    html = html_of(client.get("/recherche/", {"q": "zzzzzz"}))
    assert '<a class="tag" href="?theme=eau">Eau</a>' in html


def test_closest_words_only_when_nothing_is_found(client, content, monkeypatch):
    calls = []
    monkeypatch.setattr(
        "search.views.closest_words", lambda *args, **kwargs: calls.append(args) or []
    )
    outcome_with(monkeypatch, hits=[("experience", content["sheet"].pk)])
    html_of(client.get("/recherche/", {"q": "éclairage"}))
    assert calls == []


def test_the_real_page_suggests_near_words_when_nothing_is_found(client, content, database_search):
    # Three letters too many: beyond any spelling correction, near enough for a suggestion.
    html = html_of(client.get("/recherche/", {"q": "plouviallles"}))
    text = text_of(html)
    assert "0 résultat" in text
    assert "Des mots proches présents sur le site" in text
    assert re.search(r'<a class="tag" href="[^"]*q=pluviales[^"]*">pluviales</a>', html), html
    assert "Parcourir par thème" in text


def test_the_real_page_corrects_a_typo_and_says_so(client, content, database_search):
    """Through the engine: "pluviales" typed "pluvailes" finds the sheet, says which spelling it
    also searched, offers the corrected query and marks the known word in the excerpt."""
    html = html_of(client.get("/recherche/", {"q": "eaux pluvailes"}))
    text = text_of(html)
    assert "Récupération des eaux pluviales" in text
    assert "nous avons aussi cherché « pluviales »" in text
    assert re.search(r"Vouliez-vous dire : <a href=\"[^\"]+\">« eaux pluviales »</a>", html)


def test_the_real_page_says_when_only_most_words_match(client, content, database_search):
    """No sheet holds "cuve", "toit" and "grange": the one with two of them comes, with the
    partial notice."""
    text = text_of(html_of(client.get("/recherche/", {"q": "cuve toit grange"})))
    assert "Récupération des eaux pluviales" in text
    assert "Aucun contenu ne contient tous vos mots" in text


def test_a_words_family_is_found_and_marked(client, home_page, database_search):
    """ "économiser" (Snowball: "économis") finds and marks "économies" ("économ")."""
    index = ExperienceIndexPageFactory(parent=home_page)
    ExperienceSheetPageFactory(
        parent=index, title="Chasse aux fuites", summary="Des économies d'eau à la mairie."
    )
    html = html_of(client.get("/recherche/", {"q": "économiser"}))
    assert "Chasse aux fuites" in text_of(html)
    assert "<mark>économies</mark>" in html
