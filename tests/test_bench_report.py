"""The benchmark's report helpers: repeated measures are reported by their median."""

from bench.run import _spread, median_row


def measured(rps, p95):
    return {
        "name": "experience_sheet",
        "rps": rps,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "p99_ms": p95 + 10,
        "max_ms": p95 + 20,
        "requests": int(rps * 10),
        "errors": 0,
        "timeouts": 0,
    }


def test_each_figure_is_the_median_of_its_rounds_and_the_rounds_are_kept():
    row = median_row([measured(77.0, 131.7), measured(108.5, 92.6), measured(102.6, 93.2)])
    assert row["rps"] == 102.6
    assert row["p95_ms"] == 93.2
    assert row["requests"] == 770 + 1085 + 1026
    assert [r["rps"] for r in row["rounds"]] == [77.0, 108.5, 102.6]
    assert _spread(row, "rps") == "102.6 (77.0–108.5)"


def test_a_single_measure_is_reported_as_it_is():
    row = median_row([measured(90.0, 100.0)])
    assert "rounds" not in row
    assert _spread(row, "rps") == "90.0"
