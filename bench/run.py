"""`make bench`: builds the network-scale dataset, serves the site as in production, measures it
with wrk, and writes bench/results/<date>.md and .json (docs/performance.md explains them).

    .venv/bin/python -m bench.run                 # PostgreSQL database reseau_bench, full scale
    .venv/bin/python -m bench.run --baseline 332599e   # A/B against the code at that commit
    .venv/bin/python -m bench.run --sqlite --scale 0.05 --duration 3   # a quick look
    .venv/bin/python -m bench.run --reuse        # measure again without rebuilding
    .venv/bin/python -m bench.run --servers 2    # also one application server against two

Steps: (1) fresh database, migrate, collectstatic, demo content; (2) query counts at demo scale
(and the baseline's); (3) the dataset in bulk (bench/dataset.py) and update_index; (4) query
counts at full scale, cold caches (and the baseline's); (5) every page uncached through
gunicorn, the current code and the baseline in turn; (6) the anonymous pages through the front
cache (nginx proxy_cache in front of gunicorn), beside the same HTML as static files from the
same nginx; with --servers 2, a few pages behind one then two application servers; (7) the Elasticsearch backend on osmem-server; (8) a pyinstrument profile of every
page that misses its target; (9) the report.
"""

import argparse
import contextlib
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from . import build, phases
from .baseline import Baseline
from .common import PYTHON, ROOT, WORK, log, run
from .elasticsearch import Search
from .measure import Measurer
from .report import TARGETS, evaluate, write_results
from .scale_out import scale_out

DEFAULT_PG = "postgres://reseau:reseau@127.0.0.1:5432/reseau_bench"
DEFAULT_TEMPLATE = ROOT / "bench" / "nginx.conf.template"


class Bench:
    """One run: its settings, its environment, the report it fills, and its phases in order."""

    def __init__(self, args):
        self.args = args
        self.started = datetime.now(UTC)
        self.stamp = self.started.strftime("%Y-%m-%d-%H%M")
        self.report = {
            "date": self.started.isoformat(timespec="seconds"),
            "machine": {
                "cpus": os.cpu_count(),
                "python": sys.version.split()[0],
                "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
            },
            "settings": {
                "duration_s": args.duration,
                "connections": args.connections,
                "workers": args.workers,
                "scale": args.scale,
                "repeat": args.repeat,
            },
            "targets": TARGETS,
            "phases": {},
            "runs": [],
            "notes": [],
        }
        sqlite = f"sqlite:///{WORK}/bench.sqlite3"
        self.database_url = (
            sqlite if args.sqlite else os.environ.get("BENCH_DATABASE_URL", DEFAULT_PG)
        )
        self.env = self._environment()
        self.measurer = Measurer(args, self.env, self.report["notes"])
        self.search = Search(self)
        self.baseline = Baseline(args.baseline, self.env) if args.baseline else None
        self.nginx_templates = [Path(p) for p in args.nginx_template] or [DEFAULT_TEMPLATE]
        self.small_queries = None
        self.baseline_small_queries = None
        self.targets = []

    def _environment(self):
        env = dict(os.environ)
        for name in ("ELASTICSEARCH_URL", "BENCH_OSMEM_URL", "DEBUG"):
            env.pop(name, None)
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "bench.settings",
                "DATABASE_URL": self.database_url,
                "SECRET_KEY": secrets.token_urlsafe(40),
                "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
                "SECURE_SSL_REDIRECT": "false",
                "SECURE_HSTS_SECONDS": "0",
                "SESSION_COOKIE_SECURE": "false",
                "CSRF_COOKIE_SECURE": "false",
                "MEDIA_ROOT": str(WORK / "media"),
                "PRIVATE_MEDIA_ROOT": str(WORK / "private"),
                "STATIC_ROOT": str(WORK / "static"),
                "LOG_LEVEL": "WARNING",
                "CONN_MAX_AGE": "600",
                "PYTHONPATH": str(ROOT),
                "PYTHONUNBUFFERED": "1",
            }
        )
        env["CACHE_URL"] = self._cache_url()
        return env

    def _cache_url(self):
        if self.args.cache_url:
            return self.args.cache_url
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", 6379), 1):
            return "rediscache://127.0.0.1:6379/9?key_prefix=reseau-bench"
        return "locmemcache://"

    def manage(self, *command, env=None, capture=False, timeout=None):
        return self.run([PYTHON, "manage.py", *command], capture, env, timeout)

    def run(self, command, capture=False, env=None, timeout=None):
        return run(command, env or self.env, capture=capture, timeout=timeout)

    def phase(self, name, function, *args):
        log(f"== {name}")
        start = time.perf_counter()
        result = function(*args)
        seconds = round(time.perf_counter() - start, 1)
        self.report["phases"][name] = seconds
        log(f"   {name}: {seconds} s")
        return result

    def optional_phase(self, name, function, *args):
        """A phase whose failure is reported in the notes rather than losing the whole run."""
        try:
            self.phase(name, function, *args)
        except Exception as error:  # noqa: BLE001 - any failure: note it, keep the figures
            self.report["notes"].append(f"phase {name} failed: {error!r}")
            log(f"   {name} FAILED: {error!r}")

    def main(self):
        log(f"Database: {self.database_url.split('@')[-1]}   cache: {self.env['CACHE_URL']}")
        self.phase("database", build.prepare_database, self)
        if self.baseline:
            self.report["baseline"] = self.baseline.describe()
            self.phase("baseline_checkout", self.baseline.checkout)
        if self.args.reuse and build.dataset_present(self):
            log("== reusing the existing dataset (--reuse)")
            # The code may have new migrations since the dataset was built (an index, say).
            self.phase("migrate", self.manage, "migrate", "--noinput", "-v", "0")
        else:
            build_start = time.perf_counter()
            build.build(self)
            self.report["phases"]["build_total"] = round(time.perf_counter() - build_start, 1)
        self.count_all_queries()
        measurable = [t for t in self.targets if t["url"] and t["status"] == 200]
        for t in self.targets:
            if t not in measurable:
                self.report["notes"].append(
                    f"{t['name']}: not measured (url {t['url']!r}, status {t['status']})"
                )
        cookie = f"sessionid={self.session}" if self.session else None
        anonymous = [t for t in measurable if t["who"] == "anonymous" and t["name"] != "search"]
        self.phase("uncached", phases.uncached, self, measurable, cookie)
        if self.args.servers > 1:
            counts = (1, self.args.servers)
            self.optional_phase("scale_out", scale_out, self, measurable, cookie, counts)
        if self.args.no_nginx or not shutil.which("nginx"):
            self.report["notes"].append("front cache not measured (--no-nginx or no nginx).")
        elif anonymous:
            self.optional_phase("front_cache", phases.front_cache, self, anonymous, cookie)
        search = next((t for t in measurable if t["name"] == "search"), None)
        if search and self.search.indexed is not False and not self.args.no_elasticsearch:
            self.optional_phase("elasticsearch", self.search.measure, search)
        verdicts = evaluate(self.report)
        missed = {row["name"] for row in verdicts if row["ok"] is False and row.get("name")}
        if not self.args.no_profile:
            missing = [t for t in measurable if t["name"] in missed]
            self.optional_phase("profiles", phases.profiles, self, missing, cookie)
        self.report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        write_results(self.report, verdicts, self.stamp)

    def count_all_queries(self):
        """Query counts at full scale, the current code's and the baseline's, with the counts at
        small scale beside them."""
        counted = self.phase("queries_at_full_scale", build.count_queries, self)
        self.targets, self.session = counted["targets"], counted["session"]
        if self.small_queries:
            small = {t["name"]: t["queries"] for t in self.small_queries["targets"]}
            for target in self.targets:
                target["queries_small_scale"] = small.get(target["name"])
        self.report["queries"] = self.targets
        if self.baseline:
            before = self.phase("baseline_queries_at_full_scale", self.baseline.count_queries)
            small = self.baseline_small_queries or {}
            self.report["baseline"]["queries"] = {
                name: row.get("queries") for name, row in (before or {}).items()
            }
            self.report["baseline"]["queries_small_scale"] = {
                name: row.get("queries") for name, row in small.items()
            }

    def close(self):
        self.search.close()
        if self.baseline and not self.args.keep_baseline:
            self.baseline.remove()


def parse(argv):
    parser = argparse.ArgumentParser(description="Network-scale benchmark (make bench).")
    parser.add_argument("--sqlite", action="store_true", help="quick run on SQLite")
    parser.add_argument("--reuse", action="store_true", help="keep an existing dataset")
    parser.add_argument("--scale", type=float, default=float(os.environ.get("BENCH_SCALE", 1)))
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", 10)))
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument(
        "--repeat",
        type=int,
        default=int(os.environ.get("BENCH_REPEAT", 3)),
        help="rounds of the uncached measures; each figure is the median of its rounds",
    )
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("BENCH_WORKERS", 2 * (os.cpu_count() or 1))),
    )
    parser.add_argument(
        "--baseline",
        metavar="REF",
        default=os.environ.get("BENCH_BASELINE") or None,
        help="git commit to compare with, served from a worktree against the same database",
    )
    parser.add_argument(
        "--keep-baseline", action="store_true", help="leave the baseline's worktree in place"
    )
    parser.add_argument(
        "--nginx-template",
        action="append",
        default=[p for p in os.environ.get("BENCH_NGINX_TEMPLATE", "").split(":") if p],
        metavar="PATH",
        help="site configuration of the front cache (repeatable; default "
        "bench/nginx.conf.template), e.g. the one shipped in deploy/nginx/",
    )
    parser.add_argument(
        "--servers",
        type=int,
        default=int(os.environ.get("BENCH_SERVERS", 1)),
        help="2: also the uncached pages behind one then two application servers (nginx "
        "balancing them), docs/scaling.md",
    )
    parser.add_argument("--cache-url", default=os.environ.get("BENCH_CACHE_URL", ""))
    parser.add_argument("--no-nginx", action="store_true")
    parser.add_argument("--no-elasticsearch", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--es-index-timeout", type=int, default=900)
    parser.add_argument("--search-iterations", type=int, default=60)
    parser.add_argument("--report-only", metavar="JSON", help="rewrite the .md of a run")
    return parser.parse_args(argv)


def main(argv=None):
    args = parse(argv)
    if args.report_only:
        report = json.loads(Path(args.report_only).read_text())
        write_results(report, evaluate(report), Path(args.report_only).stem)
        return
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk nginx (make bench does it as root).")
    bench = Bench(args)
    try:
        bench.main()
    except subprocess.CalledProcessError as error:
        sys.exit(f"bench: {error}")
    finally:
        bench.close()


if __name__ == "__main__":
    main()
