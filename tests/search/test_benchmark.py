"""The search benchmark helper (manage.py bench_search) runs end to end on a small site."""

import json

from django.core.management import call_command

from tests.search.test_search_page import content  # noqa: F401 - fixture


def test_bench_search_reports_percentiles(content, database_search, capsys):  # noqa: F811
    call_command("bench_search", "-n", "10", "--warmup", "2", "--json")
    figures = json.loads(capsys.readouterr().out)
    assert figures["backend"].startswith("database")
    assert figures["view"]["n"] == 10
    assert 0 < figures["view"]["p50_ms"] <= figures["view"]["p95_ms"] <= figures["view"]["max_ms"]
    assert figures["results_per_search"]["max"] >= 1
    assert figures["sql_queries_per_search"]["max"] <= 12
    call_command("bench_search", "-n", "3", "--warmup", "0")
    assert "p95" in capsys.readouterr().out
