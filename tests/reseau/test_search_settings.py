"""Which search backend the environment selects (reseau/settings/search.py): the database backend
alone, or Elasticsearch with the shards and replicas of ELASTICSEARCH_SHARDS and
ELASTICSEARCH_REPLICAS, which Wagtail merges with the French analysis when it builds the backend."""

import environ
import pytest
from wagtail.search.backends import get_search_backend

from reseau.settings.search import database_search_backend, search_backends
from search.backends.french import french_index_settings

DATABASE = {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "reseau_french"}
VARIABLES = (
    "ELASTICSEARCH_URL",
    "ELASTICSEARCH_BACKEND",
    "ELASTICSEARCH_INDEX",
    "ELASTICSEARCH_TIMEOUT",
    "ELASTICSEARCH_SHARDS",
    "ELASTICSEARCH_REPLICAS",
)


@pytest.fixture
def read(monkeypatch):
    """search_backends() with exactly these variables in the environment."""

    def read(**variables):
        for name in VARIABLES:
            monkeypatch.delenv(name, raising=False)
        for name, value in variables.items():
            monkeypatch.setenv(name, value)
        return search_backends(environ.Env(), DATABASE)

    return read


def test_without_elasticsearch_the_database_backend_answers(read):
    assert read() == {"default": DATABASE}


def test_database_backend_analyses_french_on_either_database():
    assert database_search_backend("django.db.backends.postgresql") == DATABASE
    assert database_search_backend("django.db.backends.sqlite3") == {
        "BACKEND": "search.backends.sqlite_french"
    }


def test_one_shard_and_one_replica_by_default(read):
    backends = read(ELASTICSEARCH_URL="http://es.example:9200")
    default = backends["default"]
    assert default["BACKEND"] == "search.backends.elasticsearch9"
    assert default["URLS"] == ["http://es.example:9200"]
    assert default["INDEX_PREFIX"] == "reseau_"
    assert default["INDEX_SETTINGS"] == {
        "settings": {"index": {"number_of_shards": 1, "number_of_replicas": 1}}
    }
    assert backends["database"] == DATABASE


def test_shards_replicas_and_nodes_are_read(read):
    default = read(
        ELASTICSEARCH_URL="http://es1.example:9200, http://es2.example:9200",
        ELASTICSEARCH_SHARDS="3",
        ELASTICSEARCH_REPLICAS="0",
    )["default"]
    assert default["URLS"] == ["http://es1.example:9200", "http://es2.example:9200"]
    assert default["INDEX_SETTINGS"]["settings"]["index"] == {
        "number_of_shards": 3,
        "number_of_replicas": 0,
    }


def test_the_backend_creates_indexes_with_both_the_french_analysis_and_the_shards(read):
    """What `update_index` sends when it creates an index: Wagtail's settings, the French
    analysis and the shards and replicas, merged key by key."""
    params = read(
        ELASTICSEARCH_URL="http://127.0.0.1:9", ELASTICSEARCH_SHARDS="2", ELASTICSEARCH_REPLICAS="2"
    )["default"]
    backend = get_search_backend(params.pop("BACKEND"), **params)
    settings = backend.settings["settings"]
    assert settings["index"] == {
        "max_ngram_diff": 12,  # Wagtail's own, kept
        "number_of_shards": 2,
        "number_of_replicas": 2,
    }
    french = french_index_settings()["settings"]["analysis"]
    assert settings["analysis"]["analyzer"]["default"] == french["analyzer"]["default"]
    assert settings["analysis"]["filter"]["french_elision"] == french["filter"]["french_elision"]
