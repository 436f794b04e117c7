"""The benchmark's report: repeated measures reported by their median, and issue 16's verdicts
(query budget and constancy, the front cache against a static file, the sheet against the
baseline measured in the same run)."""

from bench.measure import median_row, paired_ratio
from bench.report import FRONT_CACHE, STATIC_FILE, TARGETS, evaluate, markdown, spread


def measured(rps, p95, name="experience_sheet", server="gunicorn", code="after"):
    return {
        "name": name,
        "label": name,
        "url": "/",
        "who": "anonymous",
        "server": server,
        "code": code,
        "status": 200,
        "cache": "",
        "queries": 9,
        "rps": rps,
        "p50_ms": p95 / 2,
        "p95_ms": p95,
        "p99_ms": p95 + 10,
        "max_ms": p95 + 20,
        "requests": int(rps * 10),
        "errors": 0,
        "timeouts": 0,
    }


def report(runs, queries=(), **extra):
    return {
        "date": "2026-12-06T00:00:00+00:00",
        "machine": {"cpus": 2, "python": "3.11"},
        "settings": {"connections": 8, "duration_s": 10, "workers": 4, "scale": 1},
        "targets": TARGETS,
        "phases": {},
        "runs": runs,
        "queries": list(queries),
        "notes": [],
        **extra,
    }


def verdict(rows, label_start):
    return next(row for row in rows if row["label"].startswith(label_start))


def test_each_figure_is_the_median_of_its_rounds_and_the_rounds_are_kept():
    row = median_row([measured(77.0, 131.7), measured(108.5, 92.6), measured(102.6, 93.2)])
    assert row["rps"] == 102.6
    assert row["p95_ms"] == 93.2
    assert row["requests"] == 770 + 1085 + 1026
    assert [r["rps"] for r in row["rounds"]] == [77.0, 108.5, 102.6]
    assert spread(row, "rps") == "102.6 (77.0–108.5)"


def test_a_single_measure_is_reported_as_it_is():
    row = median_row([measured(90.0, 100.0)])
    assert "rounds" not in row
    assert spread(row, "rps") == "90.0"


def test_the_baseline_ratio_is_the_median_of_the_ratios_round_by_round():
    after = [measured(80.0, 1), measured(60.0, 1), measured(90.0, 1)]
    before = [measured(100.0, 1), measured(100.0, 1), measured(100.0, 1)]
    assert paired_ratio(after, before) == (0.8, [0.8, 0.6, 0.9])


def test_the_sheet_is_judged_against_the_baseline_of_the_same_run():
    runs = [measured(85.0, 100.0), measured(100.0, 90.0, code="before")]
    met = report(
        runs,
        baseline={"ref": "332599e", "commit": "332599e" + "0" * 33, "queries": {}},
        comparison={"experience_sheet": {"server": "gunicorn", "ratio": 0.85, "ratios": [0.85]}},
    )
    row = verdict(evaluate(met), "Débit sans cache frontal")
    assert row["ok"] is True
    assert "85%" in row["measured"]
    missed = dict(met, comparison={"experience_sheet": {**met["comparison"]["experience_sheet"]}})
    missed["comparison"]["experience_sheet"]["ratio"] = 0.79
    assert verdict(evaluate(missed), "Débit sans cache frontal")["ok"] is False
    assert "## Avant / après" in "\n".join(markdown(met, evaluate(met)))


def test_without_a_baseline_the_sheet_is_not_judged():
    row = verdict(evaluate(report([measured(85.0, 100.0)])), "Débit sans cache frontal")
    assert row["ok"] is None
    assert "--baseline" in row["measured"]


def test_each_cached_page_is_compared_with_its_own_html_as_a_static_file():
    runs = [
        measured(6000.0, 2, name="home", server=FRONT_CACHE),
        measured(10000.0, 1, name="home", server=STATIC_FILE),
        measured(4000.0, 2, name="theme", server=FRONT_CACHE),
        measured(10000.0, 1, name="theme", server=STATIC_FILE),
    ]
    rows = [r for r in evaluate(report(runs)) if r["label"].startswith("Cache frontal")]
    assert [(r["name"], r["ok"]) for r in rows] == [("home", True), ("theme", False)]


def query(name, who, queries, small):
    return {
        "name": name,
        "label": name,
        "who": who,
        "queries": queries,
        "queries_small_scale": small,
        "warm_queries": queries - 2,
    }


def test_query_counts_are_within_budget_and_the_same_at_both_scales():
    rows = evaluate(
        report(
            [],
            queries=[
                query("home", "anonymous", 15, 15),
                query("theme", "anonymous", 16, 16),
                query("sheet", "anonymous", 11, 10),
                query("dashboard", "member", 20, 20),
                query("resources", "member", 9, 8),
            ],
        )
    )
    oks = {r["name"]: r["ok"] for r in rows if r["label"].startswith("Requêtes SQL")}
    assert oks == {
        "home": True,
        "theme": False,
        "sheet": False,
        "dashboard": True,
        "resources": False,
    }


def test_former_targets_are_reported_for_information_only():
    runs = [measured(50.0, 900.0, name="home")]
    row = verdict(evaluate(report(runs)), "p99 sans cache")
    assert row["ok"] is None
    assert "910.0 ms" in row["measured"]


def test_each_measure_shows_the_query_count_of_the_code_it_measured():
    runs = [measured(85.0, 100.0), measured(100.0, 90.0, code="before")]
    met = report(
        runs, baseline={"ref": "332599e", "commit": "0" * 40, "queries": {"experience_sheet": 7}}
    )
    lines = "\n".join(markdown(met, evaluate(met))).split("## Mesures")[1].splitlines()
    rows = [line for line in lines if line.startswith("| gunicorn |")]
    assert rows[0].startswith("| gunicorn | après |") and rows[0].endswith("| 9 |")
    assert rows[1].startswith("| gunicorn | avant |") and rows[1].endswith("| 7 |")


def test_one_server_against_two_is_reported_with_its_ratio_and_why():
    scale_out = {
        "workers_per_server": 4,
        "servers": [1, 2],
        "pages": [
            {"name": "home", "label": "Accueil", "rps_1": 100.0, "rps_2": 104.0, "ratio": 1.04}
        ],
    }
    text = "\n".join(markdown(report([], scale_out=scale_out), []))
    assert "| Accueil | 100.0 | 104.0 | ×1.04 |" in text
    assert "mêmes cœurs" in text
    assert "Un serveur d'application, puis deux" not in "\n".join(markdown(report([]), []))
