"""`make bench`: builds the network-scale dataset, serves the site as in production, measures it
with wrk, and writes bench/results/<date>.md and .json (docs/performance.md explains them).

    .venv/bin/python -m bench.run                 # PostgreSQL database reseau_bench, full scale
    .venv/bin/python -m bench.run --sqlite --scale 0.05 --duration 3   # a quick look
    .venv/bin/python -m bench.run --reuse        # measure again without rebuilding

Steps: (1) fresh database, migrate, collectstatic, demo content; (2) query counts at demo scale;
(3) the dataset in bulk (bench/dataset.py) and update_index; (4) query counts at full scale;
(5) gunicorn, page cache off: every page; (6) gunicorn, page cache on: anonymous pages, and the
one-view "hello" Django app; (7) nginx in front (proxy cache) and nginx serving the same HTML as
a static file; (8) the Elasticsearch backend on osmem-server: index, then search; (9) a
pyinstrument profile of every page that misses its target; (10) the report.
"""

import argparse
import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
WORK = Path(os.environ.get("BENCH_WORKDIR") or Path(tempfile.gettempdir()) / "reseau-bench")
RESULTS = ROOT / "bench" / "results"
DEFAULT_PG = "postgres://reseau:reseau@127.0.0.1:5432/reseau_bench"

TARGETS = {
    "anonymous_queries": 12,
    "member_queries": 15,
    "uncached_p99_ms": 250,
    "sheet_rps": 100,
    "cached_vs_hello": 0.5,
    "nginx_vs_static": 0.5,
    "resource_list_p95_ms": 100,
    "search_es_p95_ms": 50,
    "search_db_p95_ms": 100,
    "dataset_minutes": 15,
}


def log(message=""):
    print(message, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Bench:
    def __init__(self, args):
        self.args = args
        self.started = datetime.now(UTC)
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
        self.osmem = None
        self.osmem_index = None
        self.osmem_indexed = None

    # --- Environment and helpers ---------------------------------------------------------------

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
        full = [PYTHON, "manage.py", *command]
        return self.run(full, env=env, capture=capture, timeout=timeout)

    def run(self, command, env=None, capture=False, timeout=None):
        result = subprocess.run(  # noqa: S603 - our own commands
            command,
            cwd=ROOT,
            env=env or self.env,
            stdout=subprocess.PIPE if capture else None,
            text=True,
            timeout=timeout,
            check=True,
        )
        return result.stdout

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

    # --- Database ----------------------------------------------------------------------------

    def prepare_database(self):
        WORK.mkdir(parents=True, exist_ok=True)
        if self.args.sqlite:
            if not self.args.reuse:
                Path(f"{WORK}/bench.sqlite3").unlink(missing_ok=True)
            return
        from urllib.parse import urlparse

        url = urlparse(self.database_url)
        name, user = url.path.lstrip("/"), url.username
        admin = ["psql", "-h", url.hostname or "127.0.0.1", "-p", str(url.port or 5432)]
        admin += ["-U", os.environ.get("BENCH_PG_SUPERUSER", "postgres"), "-d", "postgres"]

        # Names come from our own DATABASE_URL, not from a visitor.
        def psql(sql, capture=False):
            return self.run([*admin, "-v", "ON_ERROR_STOP=1", "-tAc", sql], capture=capture)

        role_sql = f"SELECT 1 FROM pg_roles WHERE rolname='{user}'"  # noqa: S608
        if "1" not in (psql(role_sql, True) or ""):
            psql(f"CREATE ROLE {user} LOGIN CREATEDB PASSWORD '{url.password}'")
        db_sql = f"SELECT 1 FROM pg_database WHERE datname='{name}'"  # noqa: S608
        exists = "1" in (psql(db_sql, True) or "")
        if exists and not self.args.reuse:
            psql(f"DROP DATABASE {name} WITH (FORCE)")
            exists = False
        if not exists:
            psql(f"CREATE DATABASE {name} OWNER {user}")

    def dataset_present(self):
        out = self.run(
            [
                PYTHON,
                "-c",
                "import django;django.setup();"
                "from sheets.models import ExperienceSheetPage as E;print(E.objects.count())",
            ],
            capture=True,
        )
        return int(out.strip().splitlines()[-1]) >= 1000 * self.args.scale

    def build(self):
        self.phase("migrate", self.manage, "migrate", "--noinput", "-v", "0")
        self.phase("collectstatic", self.manage, "collectstatic", "--noinput", "-v", "0")
        try:
            self.phase("load_demo", self.manage, "load_demo")
        except subprocess.CalledProcessError as error:
            # The benchmark measures the site at scale, not the demo: carry on with whatever the
            # demo built (bench/dataset.py creates the pages it needs), and say so.
            self.report["notes"].append(f"load_demo failed ({error}); continued without it.")
        # A small build first (about ten sheets and resources, the bench member with a few
        # grants): the query counts there must equal the counts at full scale.
        self.phase(
            "dataset_small",
            self.run,
            [PYTHON, "-m", "bench.dataset", "--scale", "0.001", "--tag", "p"],
            None,
            True,
        )
        self.phase("update_index_small", self.manage, "update_index", "-v", "0")
        self.small_queries = self.phase("queries_at_small_scale", self.count_queries)
        out = self.phase(
            "dataset_bulk",
            self.run,
            [PYTHON, "-m", "bench.dataset", "--scale", str(self.args.scale)],
            None,
            True,
        )
        self.report["dataset"] = json.loads(out.strip().splitlines()[-1])
        self.start_osmem_index()
        self.phase("update_index_database", self.manage, "update_index", "-v", "0")
        self.osmem_indexed = self.phase("update_index_osmem_wait", self.wait_osmem_index)
        # update_index rewrites the search index table: without autovacuum (off on some
        # machines) its dead rows and stale statistics would slow every search measured.
        self.phase("vacuum_analyze", self.vacuum_analyze)

    def vacuum_analyze(self):
        if self.args.sqlite:
            return
        self.run([PYTHON, "-c", VACUUM_CODE])

    def count_queries(self):
        out = self.run([PYTHON, "-m", "bench.queries"], capture=True)
        return json.loads(out.strip().splitlines()[-1])

    # --- Servers -----------------------------------------------------------------------------

    @contextlib.contextmanager
    def gunicorn(self, app="reseau.wsgi:application", **extra_env):
        port = free_port()
        env = {**self.env, **extra_env}
        command = [
            str(BIN / "gunicorn"),
            app,
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(self.args.workers),
            "--log-level",
            "warning",
            "--timeout",
            "60",
        ]
        process = subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True)  # noqa: S603
        try:
            self.wait_for(f"http://127.0.0.1:{port}/robots.txt", process)
            yield f"http://127.0.0.1:{port}"
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)

    @contextlib.contextmanager
    def nginx(self, app_url, static_html):
        prefix = WORK / "nginx"
        shutil.rmtree(prefix, ignore_errors=True)
        for sub in ("cache", "client_body", "proxy", "fastcgi", "uwsgi", "scgi", "static"):
            (prefix / sub).mkdir(parents=True)
        (prefix / "static" / "page.html").write_bytes(static_html)
        port, static_port = free_port(), free_port()
        template = (ROOT / "bench" / "nginx.conf.template").read_text()
        values = {
            "prefix": str(prefix),
            "port": str(port),
            "static_port": str(static_port),
            "app_port": app_url.rsplit(":", 1)[1],
            "static_root": self.env["STATIC_ROOT"],
            "media_root": self.env["MEDIA_ROOT"],
            "private_root": self.env["PRIVATE_MEDIA_ROOT"],
            "bench_static": str(prefix / "static"),
        }
        for key, value in values.items():
            template = template.replace("{" + key + "}", value)
        conf = prefix / "nginx.conf"
        conf.write_text(template)
        self.run(["nginx", "-t", "-q", "-c", str(conf), "-p", str(prefix)])
        process = subprocess.Popen(  # noqa: S603
            ["nginx", "-c", str(conf), "-p", str(prefix), "-g", "daemon off;"],  # noqa: S607
            start_new_session=True,
        )
        try:
            self.wait_for(f"http://127.0.0.1:{static_port}/bench-static/page.html", process)
            yield f"http://127.0.0.1:{port}", f"http://127.0.0.1:{static_port}"
        finally:
            process.send_signal(signal.SIGQUIT)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)

    def wait_for(self, url, process, timeout=90):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"server exited with {process.returncode} before answering")
            try:
                with urllib.request.urlopen(url, timeout=5):  # noqa: S310 - loopback
                    return
            except urllib.error.HTTPError:
                return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"no answer from {url}")

    def fetch(self, url, cookie=None):
        request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})  # noqa: S310
        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(request, timeout=120) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    # --- Measuring ---------------------------------------------------------------------------

    def wrk(self, url, cookie=None, duration=None):
        duration = duration or self.args.duration
        command = ["wrk", "-t", "2", "-c", str(self.args.connections), "-d", f"{duration}s"]
        command += ["--timeout", "10s", "-s", str(ROOT / "bench" / "wrk_report.lua")]
        if cookie:
            command += ["-H", f"Cookie: {cookie}"]
        out = self.run([*command, url], capture=True)  # noqa: S607
        line = next(line for line in out.splitlines() if line.startswith("WRK_JSON "))
        data = json.loads(line[len("WRK_JSON ") :])
        seconds = data["duration_us"] / 1e6
        latency = data["latency_us"]
        answered = data["requests"] > 0

        def ms(value):
            # No completed request (every one timed out after 10 s): no latency to report.
            return round(value / 1000, 1) if answered else None

        return {
            "rps": round(data["requests"] / seconds, 1),
            "requests": data["requests"],
            "errors": sum(data["errors"].values()),
            "timeouts": data["errors"]["timeout"],
            "p50_ms": ms(latency["p50"]),
            "p95_ms": ms(latency["p95"]),
            "p99_ms": ms(latency["p99"]),
            "max_ms": ms(latency["max"]),
        }

    def measure(self, server, base, target, cookie=None, expect_header=None, record=True):
        url = base + target["url"]
        try:
            status, headers, _body = self.fetch(url, cookie)
            self.wrk(url, cookie, duration=self.args.warmup)
            status, headers, _body = self.fetch(url, cookie)
            cache_state = headers.get("X-Proxy-Cache") or headers.get("X-Page-Cache") or ""
            result = self.wrk(url, cookie)
        except (OSError, subprocess.CalledProcessError, StopIteration) as error:
            # A page too slow to answer is a result, not a reason to stop the whole run.
            self.report["notes"].append(f"{server} {target['url']}: not measured ({error!r})")
            log(f"   {server:<22} {target['name']:<18} NOT MEASURED: {error!r}")
            return None
        row = {
            "name": target["name"],
            "label": target["label"],
            "url": target["url"],
            "who": target["who"],
            "server": server,
            "status": status,
            "cache": cache_state,
            "queries": target.get("queries"),
            **result,
        }
        if expect_header and expect_header not in cache_state:
            self.report["notes"].append(
                f"{server} {target['url']}: expected cache {expect_header}, got {cache_state!r}"
            )
        if record:
            self.report["runs"].append(row)
        log(
            f"   {server:<22} {target['name']:<18} {status} {result['rps']:>8} req/s  "
            f"p50 {result['p50_ms']!s:>7} ms  p95 {result['p95_ms']!s:>7} ms  "
            f"p99 {result['p99_ms']!s:>7} ms  {cache_state}"
        )
        return row

    def pass_uncached(self, targets, cookie):
        """Each page measured `--repeat` times, the pages taken in turn (a slow minute on a shared
        machine then falls on different pages in each round); each figure reported is the
        median of its rounds, every round is kept in the JSON (`rounds`)."""
        rounds = {target["name"]: [] for target in targets}
        with self.gunicorn(PAGE_CACHE_ENABLED="false") as base:
            for number in range(self.args.repeat):
                if self.args.repeat > 1:
                    log(f"   round {number + 1} of {self.args.repeat}")
                for target in targets:
                    row = self.measure(
                        "gunicorn" if target["name"] != "search" else "gunicorn/database",
                        base,
                        target,
                        cookie if target["who"] == "member" else None,
                        record=False,
                    )
                    if row is not None:
                        rounds[target["name"]].append(row)
        for target in targets:
            measured = rounds[target["name"]]
            if measured:
                self.report["runs"].append(median_row(measured))
        if any(t["name"] == "search" for t in targets):
            self.search_timings("database")

    def pass_cached(self, anonymous):
        with self.gunicorn(PAGE_CACHE_ENABLED="true") as base:
            for target in anonymous:
                self.measure("gunicorn+page cache", base, target, expect_header="HIT")
            status, _headers, html = self.fetch(base + anonymous[0]["url"])
            self.home_html = html
        with self.gunicorn("bench.hello:application") as base:
            self.measure(
                "gunicorn hello app",
                base,
                {"name": "hello", "label": "Django « hello »", "url": "/", "who": "anonymous"},
            )

    def pass_nginx(self, anonymous, cookie):
        with (
            self.gunicorn(
                PAGE_CACHE_ENABLED="true",
                PRIVATE_FILES_SERVE_METHOD="nginx",
                PRIVATE_FILES_INTERNAL_URL="/protected/",
            ) as app,
            self.nginx(app, self.home_html) as (proxy, static),
        ):
            for target in anonymous:
                self.measure("nginx proxy cache", proxy, target, expect_header="HIT")
            self.measure(
                "nginx static file",
                static,
                {
                    "name": "static_html",
                    "label": "Même HTML, fichier statique",
                    "url": "/bench-static/page.html",
                    "who": "anonymous",
                },
            )
            # X-Accel-Redirect through the documented configuration: a member downloads.
            self.check_private_download(proxy, cookie)

    def check_private_download(self, proxy, cookie):
        """The documented X-Accel-Redirect route hands a member their file, and the internal
        /protected/ location answers 404 to anyone who asks for it directly."""
        resource = next((t for t in self.targets if t["name"] == "resource"), None)
        if not resource or not resource.get("url") or not cookie:
            return
        status, headers, body = self.fetch(proxy + resource["url"] + "telecharger/", cookie)
        direct, _h, _b = self.fetch(proxy + "/protected/resources/banc-ressource-0.pdf")
        anonymous, _h, _b = self.fetch(proxy + resource["url"] + "telecharger/")
        self.report["private_files"] = {
            "member_download_status": status,
            "member_download_bytes": len(body),
            "member_download_is_pdf": body.startswith(b"%PDF"),
            "direct_protected_url_status": direct,
            "anonymous_download_status": anonymous,
        }
        log(f"   private files through nginx: {self.report['private_files']}")

    def start_osmem(self):
        """osmem-server on a free loopback port, kept until the end of the run."""
        if self.osmem is None and not self.args.no_elasticsearch:
            try:
                from osmem_server import OsmemServer
            except ImportError:
                self.report["notes"].append("osmem-server is not installed: no Elasticsearch run.")
                return None
            self.osmem = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
        return self.osmem

    def start_osmem_index(self):
        """`update_index` into osmem in the background: it runs beside the database backend's
        (both are mostly Python, one core each) instead of after it."""
        server = self.start_osmem()
        if server is None:
            return
        env = {**self.env, "BENCH_OSMEM_URL": server.url}
        command = [PYTHON, "manage.py", "update_index", "--backend", "default"]
        command += ["--chunk_size", "250", "-v", "0"]
        self.osmem_index = (
            subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True),  # noqa: S603
            time.perf_counter(),
        )

    def wait_osmem_index(self):
        if self.osmem_index is None:
            return False
        process, start = self.osmem_index
        try:
            code = process.wait(timeout=self.args.es_index_timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
            self.report["notes"].append(
                f"update_index on osmem-server did not finish within "
                f"{self.args.es_index_timeout} s: no Elasticsearch search figures."
            )
            return False
        finally:
            self.osmem_index = None
        if code:
            self.report["notes"].append(
                f"update_index on osmem-server failed (exit {code}): no Elasticsearch figures."
            )
            return False
        self.report["phases"]["update_index_osmem"] = round(time.perf_counter() - start, 1)
        log(f"   update_index on osmem: {self.report['phases']['update_index_osmem']} s")
        return True

    def pass_elasticsearch(self, search_target):
        if self.osmem_indexed is None:  # --reuse: osmem keeps nothing between runs
            self.start_osmem_index()
            self.osmem_indexed = self.wait_osmem_index()
        if not self.osmem_indexed:
            return
        env = {"PAGE_CACHE_ENABLED": "false", "BENCH_OSMEM_URL": self.osmem.url}
        with self.gunicorn(**env) as base:
            self.measure("gunicorn/elasticsearch", base, search_target)
        self.search_timings("elasticsearch", {**self.env, **env})

    def search_timings(self, label, env=None):
        """The search engineer's `manage.py bench_search` (search/benchmark.py): ten faceted
        searches, one at a time, through the real view, with the engine part timed apart."""
        try:
            out = self.manage(
                "bench_search",
                "--json",
                "-n",
                str(self.args.search_iterations),
                "--warmup",
                "5",
                env=env,
                capture=True,
                timeout=900,
            )
            figures = json.loads(out.strip().splitlines()[-1])
        except (subprocess.SubprocessError, ValueError, IndexError) as error:
            self.report["notes"].append(f"bench_search ({label}) failed: {error!r}")
            return
        self.report.setdefault("search_timings", {})[label] = figures
        log(
            f"   bench_search {label:<14} view p95 {figures['view']['p95_ms']} ms, "
            f"engine p95 {figures['engine']['p95_ms']} ms"
        )

    # --- Profiles ----------------------------------------------------------------------------

    def profile(self, targets, cookie):
        if not targets:
            return
        out_dir = RESULTS / f"{self.stamp}-profiles"
        out_dir.mkdir(parents=True, exist_ok=True)
        code = (
            "import django,sys,json;django.setup()\n"
            "from django.conf import settings;settings.PAGE_CACHE_ENABLED=False\n"
            "from django.test import Client;from pyinstrument import Profiler\n"
            "c=Client()\n"
            "cookie=sys.argv[2]\n"
            "if cookie:c.cookies[settings.SESSION_COOKIE_NAME]=cookie\n"
            "c.get(sys.argv[1])\n"
            "p=Profiler(interval=0.0005)\n"
            "p.start()\n"
            "for _ in range(5):c.get(sys.argv[1])\n"
            "p.stop()\n"
            "print(p.output_text(unicode=True,color=False,show_all=False))\n"
        )
        for target in targets:
            session = cookie.split("=", 1)[1] if target["who"] == "member" and cookie else ""
            try:
                text = self.run([PYTHON, "-c", code, target["url"], session], capture=True)
            except subprocess.CalledProcessError as error:
                text = f"profile failed: {error}"
            path = out_dir / f"{target['name']}.txt"
            path.write_text(text)
            self.report.setdefault("profiles", {})[target["name"]] = str(path.relative_to(ROOT))

    # --- Main --------------------------------------------------------------------------------

    def main(self):
        self.stamp = self.started.strftime("%Y-%m-%d-%H%M")
        log(f"Database: {self.database_url.split('@')[-1]}   cache: {self.env['CACHE_URL']}")
        self.phase("database", self.prepare_database)
        if self.args.reuse and self.dataset_present():
            log("== reusing the existing dataset (--reuse)")
            self.small_queries = None
            # The code may have new migrations since the dataset was built (an index, say).
            self.phase("migrate", self.manage, "migrate", "--noinput", "-v", "0")
        else:
            build_start = time.perf_counter()
            self.build()
            self.report["phases"]["build_total"] = round(time.perf_counter() - build_start, 1)
        counted = self.phase("queries_at_full_scale", self.count_queries)
        self.targets = counted["targets"]
        if self.small_queries:
            small = {t["name"]: t["queries"] for t in self.small_queries["targets"]}
            for target in self.targets:
                target["queries_small_scale"] = small.get(target["name"])
        self.report["queries"] = self.targets
        cookie = f"sessionid={counted['session']}" if counted["session"] else None
        measurable = [t for t in self.targets if t["url"] and t["status"] == 200]
        for t in self.targets:
            if t not in measurable:
                self.report["notes"].append(
                    f"{t['name']}: not measured (url {t['url']!r}, status {t['status']})"
                )
        anonymous = [t for t in measurable if t["who"] == "anonymous" and t["name"] != "search"]
        self.phase("gunicorn_uncached", self.pass_uncached, measurable, cookie)
        self.phase("gunicorn_cached", self.pass_cached, anonymous)
        if not self.args.no_nginx and shutil.which("nginx"):
            self.optional_phase("nginx", self.pass_nginx, anonymous, cookie)
        search = next((t for t in measurable if t["name"] == "search"), None)
        if search and self.osmem_indexed is not False and not self.args.no_elasticsearch:
            self.optional_phase("elasticsearch", self.pass_elasticsearch, search)
        verdicts = evaluate(self.report)
        missed = {row["name"] for row in verdicts if row["ok"] is False and row.get("name")}
        if not self.args.no_profile:
            self.optional_phase(
                "profiles", self.profile, [t for t in measurable if t["name"] in missed], cookie
            )
        self.report["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
        write_results(self.report, verdicts, self.stamp)


def _spread(row, key):
    """A figure, with the range of its rounds when it is a median."""
    values = [r[key] for r in row.get("rounds", []) if r[key] is not None]
    if len(values) < 2:
        return f"{row[key]}"
    return f"{row[key]} ({min(values)}–{max(values)})"


def median_row(rows):
    """One row for several measures of a page: the median of each figure, and the rounds."""
    if len(rows) == 1:
        return rows[0]
    combined = dict(rows[len(rows) // 2])
    for key in ("rps", "p50_ms", "p95_ms", "p99_ms", "max_ms"):
        values = [row[key] for row in rows if row[key] is not None]
        combined[key] = round(statistics.median(values), 1) if values else None
    for key in ("requests", "errors", "timeouts"):
        combined[key] = sum(row[key] for row in rows)
    combined["rounds"] = [
        {key: row[key] for key in ("rps", "p50_ms", "p95_ms", "p99_ms")} for row in rows
    ]
    return combined


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# --- Verdicts and report -------------------------------------------------------------------------


VACUUM_CODE = (
    "import django;django.setup()\n"
    "from django.db import connection\n"
    "connection.ensure_connection();connection.connection.autocommit=True\n"
    "connection.cursor().execute('VACUUM ANALYZE')\n"
)


def _run(report, server, name):
    return next((r for r in report["runs"] if r["server"] == server and r["name"] == name), None)


def _ms(value):
    return "aucune réponse en moins de 10 s" if value is None else f"{value} ms"


def _below(value, limit):
    return value is not None and value < limit


def evaluate(report):
    """One row per target: what was asked, what was measured, met or not (None: not measured)."""
    t = report["targets"]
    rows = []
    for run in report["runs"]:
        if not run.get("requests"):  # every request timed out: there is no latency
            run.update(p50_ms=None, p95_ms=None, p99_ms=None)

    def add(name, label, target, measured, ok, unit=""):
        rows.append(
            {"name": name, "label": label, "target": target, "measured": measured, "ok": ok}
        )

    dataset = report.get("dataset")
    phases = report["phases"]
    if dataset:
        scale_build = sum(
            phases.get(name, 0)
            for name in ("dataset_bulk", "update_index_database", "update_index_osmem_wait")
        )
        add(
            "dataset",
            "Jeu de données à l'échelle (insertion en masse + update_index des deux moteurs)",
            f"< {t['dataset_minutes']} min",
            f"{scale_build / 60:.1f} min (masse : {phases.get('dataset_bulk', 0):.0f} s, "
            f"index base : {phases.get('update_index_database', 0):.0f} s, attente index "
            f"osmem : {phases.get('update_index_osmem_wait', 0):.0f} s)",
            scale_build < t["dataset_minutes"] * 60,
        )
        build = phases.get("build_total")
        if build:
            add(
                None,
                "Construction complète, pour information (migrate, collectstatic, démo, "
                "petite échelle, masse, index)",
                "–",
                f"{build / 60:.1f} min (démo : {phases.get('load_demo', 0):.0f} s)",
                None,
            )
    for q in report.get("queries", []):
        if q["queries"] is None:
            continue
        limit = t["anonymous_queries"] if q["who"] == "anonymous" else t["member_queries"]
        small = q.get("queries_small_scale")
        same = small is None or small == q["queries"]
        measured = f"{q['queries']}" + (f" (petite échelle : {small})" if small is not None else "")
        if q.get("cached_queries") is not None:
            measured += f", en cache : {q['cached_queries']}"
        add(
            q["name"],
            f"Requêtes SQL – {q['label']}",
            f"≤ {limit}, stable",
            measured,
            q["queries"] <= limit and same,
        )
    for run in report["runs"]:
        if run["server"] == "gunicorn" and run["who"] == "anonymous":
            add(
                run["name"],
                f"p99 sans cache – {run['label']}",
                f"< {t['uncached_p99_ms']} ms",
                _ms(run["p99_ms"]),
                _below(run["p99_ms"], t["uncached_p99_ms"]),
            )
    sheet = _run(report, "gunicorn", "experience_sheet")
    if sheet:
        add(
            "experience_sheet",
            "Débit sans cache – une fiche",
            f"≥ {t['sheet_rps']} req/s",
            f"{sheet['rps']} req/s",
            sheet["rps"] >= t["sheet_rps"],
        )
    hello = _run(report, "gunicorn hello app", "hello")
    static = _run(report, "nginx static file", "static_html")
    for run in report["runs"]:
        if run["server"] == "gunicorn+page cache" and hello:
            ratio = run["rps"] / hello["rps"] if hello["rps"] else 0
            add(
                run["name"],
                f"Cache gunicorn / hello – {run['label']}",
                f"≥ {t['cached_vs_hello']:.0%} ({hello['rps']} req/s)",
                f"{run['rps']} req/s = {ratio:.0%}",
                ratio >= t["cached_vs_hello"],
            )
        if run["server"] == "nginx proxy cache" and static:
            ratio = run["rps"] / static["rps"] if static["rps"] else 0
            add(
                run["name"],
                f"Cache nginx / fichier statique – {run['label']}",
                f"≥ {t['nginx_vs_static']:.0%} ({static['rps']} req/s)",
                f"{run['rps']} req/s = {ratio:.0%}",
                ratio >= t["nginx_vs_static"],
            )
    resources = _run(report, "gunicorn", "resource_list")
    if resources:
        add(
            "resource_list",
            "p95 – ressources d'un adhérent",
            f"< {t['resource_list_p95_ms']} ms",
            _ms(resources["p95_ms"]),
            _below(resources["p95_ms"], t["resource_list_p95_ms"]),
        )
    for backend, key, label in [
        ("elasticsearch", "search_es_p95_ms", "Elasticsearch (osmem)"),
        ("database", "search_db_p95_ms", "PostgreSQL (base de données)"),
    ]:
        figures = report.get("search_timings", {}).get(backend)
        if figures:
            waited, took = figures.get("backend_wait"), figures.get("backend_took")
            for part, what in (("engine", "moteur seul"), ("view", "vue complète")):
                p95 = figures[part]["p95_ms"]
                measured = _ms(p95)
                if waited and part == "engine":
                    # The engine's own share: what no change on our side can remove.
                    measured += (
                        f" (dont attente du moteur de recherche : p50 {_ms(waited['p50_ms'])}, "
                        f"p95 {_ms(waited['p95_ms'])}"
                    )
                    if took:
                        # What the engine itself reports (`took`), without HTTP and decoding.
                        measured += (
                            f" ; temps annoncé par le moteur : p50 {_ms(took['p50_ms'])}, "
                            f"p95 {_ms(took['p95_ms'])}"
                        )
                    measured += ")"
                add(
                    "search",
                    f"p95 recherche à facettes, une à la fois, {what} – {label}",
                    f"< {t[key]} ms",
                    measured,
                    _below(p95, t[key]),
                )
    for server, key, label in [
        ("gunicorn/elasticsearch", "search_es_p95_ms", "Elasticsearch (osmem)"),
        ("gunicorn/database", "search_db_p95_ms", "PostgreSQL (base de données)"),
    ]:
        run = _run(report, server, "search")
        add(
            "search",
            f"p95 recherche à facettes, 8 connexions – {label}",
            f"< {t[key]} ms",
            _ms(run["p95_ms"]) if run else "non mesuré",
            _below(run["p95_ms"], t[key]) if run else None,
        )
    return rows


def _mark(ok):
    return {True: "oui", False: "**NON**", None: "–"}[ok]


def write_results(report, verdicts, stamp):
    RESULTS.mkdir(parents=True, exist_ok=True)
    report["verdicts"] = verdicts
    (RESULTS / f"{stamp}.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    lines = [
        f"# Benchmark du {report['date']}",
        "",
        f"Machine : {report['machine']['cpus']} cœurs, Python {report['machine']['python']}; "
        f"wrk {report['settings']['connections']} connexions, "
        f"{report['settings']['duration_s']} s par mesure; gunicorn "
        f"{report['settings']['workers']} workers; échelle {report['settings']['scale']}. "
        f"Charge de la machine (load average 1/5/15 min) au début "
        f"{report['machine'].get('load_average_at_start')}, à la fin "
        f"{report['machine'].get('load_average_at_end')}.",
        "",
        "## Objectifs",
        "",
        "| Objectif | Cible | Mesuré | Atteint |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| {v['label']} | {v['target']} | {v['measured']} | {_mark(v['ok'])} |" for v in verdicts
    ]
    lines += [
        "",
        "## Mesures",
        "",
        "| Serveur | Page | Qui | HTTP | Cache | req/s | p50 ms | p95 ms | p99 ms | SQL |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in report["runs"]:
        lines.append(
            f"| {r['server']} | {r['label']} (`{r['url']}`) | {r['who']} | {r['status']} | "
            f"{r['cache'] or ''} | {_spread(r, 'rps')} | {_spread(r, 'p50_ms')} | "
            f"{_spread(r, 'p95_ms')} | {_spread(r, 'p99_ms')} | "
            f"{r['queries'] if r['queries'] is not None else ''} |"
        )
    if any(r.get("rounds") for r in report["runs"]):
        lines += [
            "",
            "Sans cache : médiane de plusieurs tours (entre parenthèses, le plus bas et le plus "
            "haut des tours), les pages mesurées à tour de rôle.",
        ]
    lines += ["", "## Requêtes SQL par page (première table de chaque requête)", ""]
    for q in report.get("queries", []):
        if q.get("queries_by_table"):
            detail = ", ".join(f"{table} ×{n}" for table, n in q["queries_by_table"].items())
            service = q.get("service_ms")
            alone = f", {service} ms seule, en processus" if service is not None else ""
            lines.append(f"- {q['name']} ({q['queries']} requêtes{alone}) : {detail}")
    lines += ["", "## Durées des étapes (s)", ""]
    lines += [f"- {name} : {seconds}" for name, seconds in report["phases"].items()]
    if report.get("dataset"):
        lines += ["", "Jeu de données en masse :", "", "```", json.dumps(report["dataset"]), "```"]
    if report.get("profiles"):
        lines += ["", "## Profils (pyinstrument)", ""]
        lines += [f"- {name} : `{path}`" for name, path in report["profiles"].items()]
    if report["notes"]:
        lines += ["", "## Remarques", ""] + [f"- {note}" for note in report["notes"]]
    text = "\n".join(lines) + "\n"
    (RESULTS / f"{stamp}.md").write_text(text)
    log("")
    log(text)
    log(f"Written: bench/results/{stamp}.md and .json")


def main(argv=None):
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
    parser.add_argument("--cache-url", default=os.environ.get("BENCH_CACHE_URL", ""))
    parser.add_argument("--no-nginx", action="store_true")
    parser.add_argument("--no-elasticsearch", action="store_true")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--es-index-timeout", type=int, default=900)
    parser.add_argument("--search-iterations", type=int, default=60)
    parser.add_argument("--report-only", metavar="JSON", help="rewrite the .md of a run")
    args = parser.parse_args(argv)
    if args.report_only:
        report = json.loads(Path(args.report_only).read_text())
        write_results(report, evaluate(report), Path(args.report_only).stem)
        return
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install -y wrk nginx (make bench does it as root).")
    bench = Bench(args)
    try:
        bench.main()
    finally:
        if bench.osmem_index is not None:
            os.killpg(bench.osmem_index[0].pid, signal.SIGTERM)
        if bench.osmem is not None:
            bench.osmem.close()


if __name__ == "__main__":
    main()
