"""The public search finds FAQ entries by their words, with their own facet; drafts and the
exchange's members-only questions and answers are never found."""

import pytest

from exchange.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def html_of(response):
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def members_only(db):
    question = QuestionFactory(title="Hebdomadaire secret des adhérents")
    AnswerFactory(question=question, body="Compteurs hebdomadaire réservé aux membres.")
    return question


def _check(client, tree):
    response = client.get("/recherche/", {"q": "relevé hebdomadaire"})
    html = html_of(response)
    assert "bâtiments communaux" in html
    assert "Question fréquente" in html
    assert 'value="faq"' in html  # the type facet's own option
    assert "zéphyrin" not in html.lower()
    assert "secret des adhérents" not in html
    # Its own facet: ticking it keeps the entry.
    html = html_of(client.get("/recherche/", {"q": "hebdomadaire", "type": "faq"}))
    assert "bâtiments communaux" in html
    html = html_of(client.get("/recherche/", {"q": "compteurs zéphyrin"}))
    assert "Brouillon" not in html


def test_database_search_finds_published_entries(client, tree, members_only, database_search):
    _check(client, tree)


def test_autocomplete_suggests_entries(client, tree, database_search):
    data = client.get("/recherche/suggestions/", {"q": "repérer"}).json()
    assert any(s["type"] == "Question fréquente" for s in data["suggestions"])


@pytest.mark.elasticsearch
def test_elasticsearch_finds_published_entries(elasticsearch, client, tree, members_only):
    elasticsearch.rebuild()
    _check(client, tree)
