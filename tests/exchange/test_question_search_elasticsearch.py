"""The search inside questions on Elasticsearch (osmem-server), through the same backend
abstraction as on the database: by title, by an answer's words, never a hidden question."""

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.exchange.conftest import SECRET_QUESTION
from tests.factories import QuestionFactory
from tests.search import conftest as search_fixtures

# The search tests' fixtures: osmem-server, the backend pointed at it, the circuit breaker.
osmem = search_fixtures.osmem
elasticsearch = search_fixtures.elasticsearch
closed_breaker = search_fixtures.closed_breaker

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


def listed(client, q):
    response = client.get(reverse("exchange:questions"), {"q": q})
    assert response.status_code == 200
    return response.content.decode()


def test_search_on_elasticsearch(request, answerer_client, question):
    index = request.getfixturevalue("elasticsearch")
    hidden = QuestionFactory(title="Chaufferie masquée par l'animation", hidden_at=timezone.now())
    index.rebuild()
    assert SECRET_QUESTION in listed(answerer_client, "chaufferie")
    assert SECRET_QUESTION in listed(answerer_client, "Zorglub")
    assert hidden.title not in listed(answerer_client, "chaufferie")
