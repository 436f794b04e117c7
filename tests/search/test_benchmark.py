"""The search benchmark helper (manage.py bench_search) runs end to end on a small site."""

import json

import pytest
from django.core.management import call_command
from elasticsearch import Elasticsearch

from tests.search.test_search_page import content, content_db  # noqa: F401 - fixtures


def test_bench_search_reports_percentiles(content, database_search, capsys):  # noqa: F811
    call_command("bench_search", "-n", "10", "--warmup", "2", "--json")
    figures = json.loads(capsys.readouterr().out)
    assert figures["backend"].startswith("database")
    assert figures["view"]["n"] == 10
    assert 0 < figures["view"]["p50_ms"] <= figures["view"]["p95_ms"] <= figures["view"]["max_ms"]
    assert figures["results_per_search"]["max"] >= 1
    # A three-word query with a word the vocabulary does not know: its known words and its
    # candidates (two), and the second tier (one more): issue 19.
    assert figures["sql_queries_per_search"]["max"] <= 14
    call_command("bench_search", "-n", "3", "--warmup", "0")
    assert "p95" in capsys.readouterr().out


@pytest.mark.elasticsearch
def test_bench_search_on_elasticsearch_reports_the_engines_own_wait(
    content,  # noqa: F811
    elasticsearch,
    capsys,
):
    """On Elasticsearch the report separates the engine's own answer time from ours: it is
    part of the engine's time, never more, and the client is left as it was."""
    original = Elasticsearch.search
    elasticsearch.rebuild()
    call_command("bench_search", "-n", "6", "--warmup", "1", "--json")
    figures = json.loads(capsys.readouterr().out)
    assert figures["backend"].startswith("elasticsearch")
    waited, took, engine = figures["backend_wait"], figures["backend_took"], figures["engine"]
    assert waited["n"] == took["n"] == engine["n"] == 6
    assert 0 < waited["max_ms"] <= engine["max_ms"]
    assert 0 <= took["max_ms"] <= engine["max_ms"]
    assert Elasticsearch.search is original
    call_command("bench_search", "-n", "2", "--warmup", "0")
    assert "dont attente ES" in capsys.readouterr().out


def test_bench_search_on_the_database_has_no_engine_wait(content, database_search, capsys):  # noqa: F811
    call_command("bench_search", "-n", "2", "--warmup", "0", "--json")
    figures = json.loads(capsys.readouterr().out)
    assert figures["backend_wait"] is None
    assert figures["backend_took"] is None
