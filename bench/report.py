"""The verdicts and the report of a run: bench/results/<date>.md and .json.

The verdicts are issue 16's targets; the other figures (uncached latency, the member list, search,
the dataset's build) are reported for information beside issue 8's figures, which they used to
be judged against.
"""

import json

from . import scale_out
from .common import RESULTS, log

TARGETS = {
    "anonymous_queries": 15,
    "sheet_vs_baseline": 0.8,
    "front_cache_vs_static": 0.5,
}
# Issue 8's targets, shown beside the figures that are now for information only.
FOR_INFORMATION = {
    "uncached_p99_ms": 250,
    "resource_list_p95_ms": 100,
    "search_es_p95_ms": 50,
    "search_db_p95_ms": 100,
    "dataset_minutes": 15,
}
FRONT_CACHE = "nginx front cache"
STATIC_FILE = "nginx static file"


def find_run(report, server, name, code="after"):
    return next(
        (
            r
            for r in report["runs"]
            if r["server"] == server and r["name"] == name and r.get("code", "after") == code
        ),
        None,
    )


def spread(row, key):
    """A figure, with the range of its rounds when it is a median."""
    if row is None:
        return "–"
    values = [r[key] for r in row.get("rounds", []) if r[key] is not None]
    if len(values) < 2:
        return f"{row[key]}"
    return f"{row[key]} ({min(values)}–{max(values)})"


def _ms(value):
    return "aucune réponse en moins de 10 s" if value is None else f"{value} ms"


def _below(value, limit):
    return value is not None and value < limit


def _info(key, unit="ms"):
    return f"pour information (issue 8 : < {FOR_INFORMATION[key]} {unit})"


def evaluate(report):
    """One row per target: what was asked, what was measured, met or not (None: not judged)."""
    rows = []
    for run in report["runs"]:
        if not run.get("requests"):  # every request timed out: there is no latency
            run.update(p50_ms=None, p95_ms=None, p99_ms=None)

    def add(name, label, target, measured, ok):
        rows.append(
            {"name": name, "label": label, "target": target, "measured": measured, "ok": ok}
        )

    _query_verdicts(report, add)
    _front_cache_verdicts(report, add)
    _baseline_verdict(report, add)
    _information(report, add)
    return rows


def _query_verdicts(report, add):
    limit = report["targets"]["anonymous_queries"]
    before = report.get("baseline", {}).get("queries") or {}
    for q in report.get("queries", []):
        if q["queries"] is None:
            continue
        small = q.get("queries_small_scale")
        measured = f"{q['queries']}"
        details = []
        if small is not None:
            details.append(f"petite échelle : {small}")
        if q.get("warm_queries") is not None:
            details.append(f"caches chauds : {q['warm_queries']}")
        if before.get(q["name"]) is not None:
            details.append(f"avant : {before[q['name']]}")
        if details:
            measured += f" ({' ; '.join(details)})"
        same = None if small is None else small == q["queries"]
        if q["who"] == "anonymous":
            ok = q["queries"] <= limit and same is not False
            target = f"≤ {limit}, caches froids, même nombre à petite échelle"
        else:
            ok, target = same, "constant (même nombre à petite échelle)"
        add(q["name"], f"Requêtes SQL – {q['label']}", target, measured, ok)


def _front_cache_verdicts(report, add):
    ratio_target = report["targets"]["front_cache_vs_static"]
    for run in report["runs"]:
        if run["server"] != FRONT_CACHE:
            continue
        static = find_run(report, STATIC_FILE, run["name"])
        if static is None or not static["rps"]:
            add(run["name"], f"Cache frontal / fichier statique – {run['label']}", "", "", None)
            continue
        ratio = run["rps"] / static["rps"]
        add(
            run["name"],
            f"Cache frontal (nginx) / même HTML en fichier statique – {run['label']}",
            f"≥ {ratio_target}× ({static['rps']} req/s)",
            f"{run['rps']} req/s = {ratio:.2f}× (cache : {run['cache'] or '?'})",
            ratio >= ratio_target,
        )


def _baseline_verdict(report, add):
    target = report["targets"]["sheet_vs_baseline"]
    label = "Débit sans cache frontal – une fiche expérience, par rapport à avant"
    comparison = report.get("comparison", {}).get("experience_sheet")
    if not comparison or comparison["ratio"] is None:
        reason = "non mesuré (pas de --baseline)" if "baseline" not in report else "non mesuré"
        add("experience_sheet", label, f"≥ {target:.0%} d'avant", reason, None)
        return
    after = find_run(report, "gunicorn", "experience_sheet")
    before = find_run(report, "gunicorn", "experience_sheet", "before")
    rounds = ", ".join(f"{r:.0%}" for r in comparison["ratios"])
    add(
        "experience_sheet",
        label,
        f"≥ {target:.0%} d'avant ({report['baseline']['ref']}, même exécution)",
        f"{comparison['ratio']:.0%} (après {spread(after, 'rps')}, avant {spread(before, 'rps')} "
        f"req/s ; tour par tour : {rounds})",
        comparison["ratio"] >= target,
    )


def _information(report, add):
    for run in report["runs"]:
        if run["server"] == "gunicorn" and run["who"] == "anonymous" and run["code"] == "after":
            before = find_run(report, "gunicorn", run["name"], "before")
            measured = _ms(run["p99_ms"]) + (
                f" (avant : {_ms(before['p99_ms'])})" if before else ""
            )
            add(
                run["name"],
                f"p99 sans cache – {run['label']}",
                _info("uncached_p99_ms"),
                measured,
                None,
            )
    resources = find_run(report, "gunicorn", "resource_list")
    if resources:
        before = find_run(report, "gunicorn", "resource_list", "before")
        measured = _ms(resources["p95_ms"]) + (
            f" (avant : {_ms(before['p95_ms'])})" if before else ""
        )
        add(
            "resource_list",
            "p95 – ressources d'un adhérent",
            _info("resource_list_p95_ms"),
            measured,
            None,
        )
    for backend, key, label in [
        ("elasticsearch", "search_es_p95_ms", "Elasticsearch (osmem)"),
        ("database", "search_db_p95_ms", "backend « database » de Wagtail"),
    ]:
        figures = report.get("search_timings", {}).get(backend)
        if figures:
            for part, what in (("engine", "moteur seul"), ("view", "vue complète")):
                add(
                    "search",
                    f"p95 recherche à facettes, une à la fois, {what} – {label}",
                    _info(key),
                    _search_measured(figures, part),
                    None,
                )
        run = find_run(report, f"gunicorn/{backend}", "search")
        if run:
            before = find_run(report, f"gunicorn/{backend}", "search", "before")
            measured = _ms(run["p95_ms"]) + (
                f" (avant : {_ms(before['p95_ms'])})" if before else ""
            )
            add(
                "search",
                f"p95 recherche à facettes, 8 connexions – {label}",
                _info(key),
                measured,
                None,
            )
    _dataset_information(report, add)


def _search_measured(figures, part):
    measured = _ms(figures[part]["p95_ms"])
    waited, took = figures.get("backend_wait"), figures.get("backend_took")
    if waited and part == "engine":
        # The engine's own share: what no change on our side can remove.
        measured += (
            f" (dont attente du moteur de recherche : p50 {_ms(waited['p50_ms'])}, "
            f"p95 {_ms(waited['p95_ms'])}"
        )
        if took:
            measured += (
                f" ; temps annoncé par le moteur : p50 {_ms(took['p50_ms'])}, "
                f"p95 {_ms(took['p95_ms'])}"
            )
        measured += ")"
    return measured


def _dataset_information(report, add):
    phases = report["phases"]
    if not report.get("dataset"):
        return
    scale_build = sum(
        phases.get(name, 0)
        for name in ("dataset_bulk", "update_index_database", "update_index_osmem_wait")
    )
    add(
        "dataset",
        "Jeu de données à l'échelle (insertion en masse + update_index des deux moteurs)",
        _info("dataset_minutes", "min"),
        f"{scale_build / 60:.1f} min (masse : {phases.get('dataset_bulk', 0):.0f} s, "
        f"index base : {phases.get('update_index_database', 0):.0f} s, attente index "
        f"osmem : {phases.get('update_index_osmem_wait', 0):.0f} s)",
        None,
    )


def _mark(ok):
    return {True: "oui", False: "**NON**", None: "–"}[ok]


def comparison_lines(report):
    """Before and after side by side: the uncached pages, measured alternately in one run."""
    baseline = report.get("baseline")
    if not baseline:
        return []
    before_queries = baseline.get("queries") or {}
    lines = [
        "",
        f"## Avant / après (sans cache frontal, même exécution, avant = {baseline['ref']} "
        f"{baseline['commit'][:10]})",
        "",
        "| Page | SQL avant | SQL après | req/s avant | req/s après | après / avant (tour "
        "par tour) | p99 avant | p99 après |",
        "|---|---|---|---|---|---|---|---|",
    ]
    queries = {q["name"]: q for q in report.get("queries", [])}
    for name, comparison in report.get("comparison", {}).items():
        after = find_run(report, comparison["server"], name)
        before = find_run(report, comparison["server"], name, "before")
        ratio = "–" if comparison["ratio"] is None else f"{comparison['ratio']:.0%}"
        rounds = ", ".join(f"{r:.0%}" for r in comparison["ratios"])
        lines.append(
            f"| {(after or before)['label']} | {before_queries.get(name, '–')} | "
            f"{queries.get(name, {}).get('queries', '–')} | {spread(before, 'rps')} | "
            f"{spread(after, 'rps')} | {ratio} ({rounds}) | {spread(before, 'p99_ms')} | "
            f"{spread(after, 'p99_ms')} |"
        )
    lines += [
        "",
        "Chaque page est mesurée avant puis après (ou l'inverse, un tour sur deux), les pages à "
        "tour de rôle ; chaque chiffre est la médiane des tours (entre parenthèses, le plus bas "
        "et le plus haut), le rapport celle des rapports de chaque tour. SQL : comptés de la "
        "même façon pour les deux codes (bench/queries.py de cette version, caches froids ; "
        "l'ancien code avec son cache de pages coupé).",
    ]
    return lines


def write_results(report, verdicts, stamp):
    RESULTS.mkdir(parents=True, exist_ok=True)
    report["verdicts"] = verdicts
    (RESULTS / f"{stamp}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    text = "\n".join(markdown(report, verdicts)) + "\n"
    (RESULTS / f"{stamp}.md").write_text(text)
    log("")
    log(text)
    log(f"Written: bench/results/{stamp}.md and .json")


def markdown(report, verdicts):
    settings, machine = report["settings"], report["machine"]
    lines = [
        f"# Benchmark du {report['date']}",
        "",
        f"Machine : {machine['cpus']} cœurs, Python {machine['python']}; wrk "
        f"{settings['connections']} connexions, {settings['duration_s']} s par mesure; gunicorn "
        f"{settings['workers']} workers; échelle {settings['scale']}. Charge de la machine "
        f"(load average 1/5/15 min) au début {machine.get('load_average_at_start')}, à la fin "
        f"{machine.get('load_average_at_end')}.",
        "",
        "## Objectifs (issue 16)",
        "",
        "| Objectif | Cible | Mesuré | Atteint |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {v['label']} | {v['target']} | {v['measured']} | {_mark(v['ok'])} |" for v in verdicts
    ]
    lines += comparison_lines(report)
    lines += [
        "",
        "## Mesures",
        "",
        "| Serveur | Code | Page | Qui | HTTP | Cache | req/s | p50 ms | p95 ms | p99 ms | SQL |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    before_queries = report.get("baseline", {}).get("queries") or {}
    for r in report["runs"]:
        # A run carries its page's count for the code measured; the old code's comes from the
        # baseline's own count.
        sql = before_queries.get(r.get("name")) if r.get("code") == "before" else r["queries"]
        lines.append(
            f"| {r['server']} | {'avant' if r.get('code') == 'before' else 'après'} | "
            f"{r['label']} (`{r['url']}`) | {r['who']} | {r['status']} | {r['cache'] or ''} | "
            f"{spread(r, 'rps')} | {spread(r, 'p50_ms')} | {spread(r, 'p95_ms')} | "
            f"{spread(r, 'p99_ms')} | {sql if sql is not None else ''} |"
        )
    lines += ["", "## Requêtes SQL par page, caches froids (première table de chaque requête)", ""]
    for q in report.get("queries", []):
        if q.get("queries_by_table"):
            detail = ", ".join(f"{table} ×{n}" for table, n in q["queries_by_table"].items())
            service = q.get("service_ms")
            alone = f", {service} ms seule, en processus" if service is not None else ""
            lines.append(f"- {q['name']} ({q['queries']} requêtes{alone}) : {detail}")
    lines += scale_out.markdown(report)
    if report.get("private_files"):
        lines += ["", "## Fichiers réservés à travers nginx", "", f"`{report['private_files']}`"]
    lines += ["", "## Durées des étapes (s)", ""]
    lines += [f"- {name} : {seconds}" for name, seconds in report["phases"].items()]
    if report.get("dataset"):
        lines += ["", "Jeu de données en masse :", "", "```", json.dumps(report["dataset"]), "```"]
    if report.get("profiles"):
        lines += ["", "## Profils (pyinstrument)", ""]
        lines += [f"- {name} : `{path}`" for name, path in report["profiles"].items()]
    if report["notes"]:
        lines += ["", "## Remarques", ""] + [f"- {note}" for note in report["notes"]]
    return lines
