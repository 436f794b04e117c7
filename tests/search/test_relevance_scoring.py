"""The scoring of the relevance set (search/relevance.py): P@3, reciprocal ranks, "nothing"
queries, the report; without the demo (tests/demo_site/test_search_relevance.py runs the set)."""

from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command

from search import relevance
from search.relevance import Judgement, Report, Score


def _judgement(expected, got, total=None, loose=False):
    rank = next((i for i, t in enumerate(got, 1) if t in expected), None)
    total = len(got) if total is None else total
    return Judgement("q", "plural", expected, got, total, rank=rank, loose=loose)


def test_a_hit_in_the_top_three_counts_and_its_rank_gives_the_reciprocal():
    second = _judgement(["B"], ["A", "B", "C"])
    fourth = _judgement(["D"], ["A", "B", "C", "D"])
    absent = _judgement(["Z"], ["A", "B"])
    assert (second.passed, second.reciprocal_rank) == (True, 0.5)
    assert (fourth.passed, fourth.reciprocal_rank) == (False, 0.25)
    assert (absent.passed, absent.reciprocal_rank) == (False, 0.0)
    score = Score([second, fourth, absent])
    assert score.precision == pytest.approx(1 / 3)
    assert score.mrr == pytest.approx(0.75 / 3)


def test_a_nothing_query_passes_on_no_result_or_a_looser_match_only():
    assert _judgement([], []).reciprocal_rank == 1.0
    assert _judgement([], ["A"], loose=True).passed
    strict = _judgement([], ["A"])
    assert (strict.passed, strict.reciprocal_rank) == (False, 0.0)


def test_the_report_lists_the_failures_per_category():
    hit, miss = _judgement(["A"], ["A"]), _judgement(["B"], ["A", "C"])
    report = Report("sqlite", Score([hit, miss]), {"plural": Score([hit, miss])})
    figures = report.as_dict()
    assert (figures["p_at_3"], figures["mrr"]) == (0.5, 0.5)
    assert figures["categories"]["plural"]["queries"] == 2
    assert [f["top"] for f in figures["failures"]] == [["A", "C"]]
    text = relevance.format_report(report)
    assert "P@3 = 0.50, MRR = 0.50" in text and "ÉCHEC" in text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "flags, passed",
    [({}, False), ({"partial": True}, True), ({"corrections": {"a": "b"}}, True)],
)
def test_the_looser_match_flags_are_read_when_the_outcome_has_them(monkeypatch, flags, passed):
    """`partial` and `corrections` come with the issue-19 engine: read with defaults."""
    outcome = SimpleNamespace(hits=[("experience", 0)], total=1, degraded=False, **flags)
    monkeypatch.setattr(relevance.engine, "search", lambda *args, **kwargs: outcome)
    judgement = relevance.judge({"query": "q", "category": "nothing", "expected": []})
    assert judgement.passed is passed


def test_the_demo_set_loads_and_rejects_an_unknown_category(tmp_path):
    assert len(relevance.load_queries()) >= 80
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {query: x, category: other, expected: []}\n", encoding="utf-8")
    with pytest.raises(ValueError):
        relevance.load_queries(bad)


@pytest.mark.django_db
def test_the_command_stops_when_the_demo_is_not_loaded():
    with pytest.raises(CommandError, match="load_demo"):
        call_command("search_relevance")
