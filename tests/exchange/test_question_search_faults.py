"""A search engine down never fails the members' question search: the database index answers,
and when no backend answers at all, the titles that hold the words do."""

import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from exchange import question_listing
from tests.exchange.conftest import SECRET_QUESTION

pytestmark = pytest.mark.django_db

# The site's own database backend under both names, as beside Elasticsearch in production.
BACKENDS = {
    "default": settings.WAGTAILSEARCH_BACKENDS["default"],
    "database": settings.WAGTAILSEARCH_BACKENDS["default"],
}


class Down:
    def search(self, *args, **kwargs):
        raise ConnectionError("search engine unreachable")


def test_the_database_index_answers_when_the_engine_is_down(answerer_client, question, monkeypatch):
    real = question_listing.get_search_backend
    monkeypatch.setattr(
        question_listing,
        "get_search_backend",
        lambda name="default": Down() if name == "default" else real(name),
    )
    with override_settings(WAGTAILSEARCH_BACKENDS=BACKENDS):
        response = answerer_client.get(reverse("exchange:questions"), {"q": "chaufferie"})
    assert response.status_code == 200
    assert SECRET_QUESTION in response.content.decode()


def test_titles_answer_when_no_backend_does(answerer_client, question, monkeypatch):
    monkeypatch.setattr(question_listing, "get_search_backend", lambda name="default": Down())
    response = answerer_client.get(reverse("exchange:questions"), {"q": "chaufferie xylophage"})
    assert response.status_code == 200
    assert SECRET_QUESTION in response.content.decode()
    response = answerer_client.get(reverse("exchange:questions"), {"q": "pluie"})
    assert SECRET_QUESTION not in response.content.decode()
