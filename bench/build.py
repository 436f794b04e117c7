"""The run's database: created (or reused), migrated by the current code, filled with the demo,
a small build, then the network-scale dataset, indexed for both search backends."""

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urlparse

from .common import PYTHON, WORK, last_json_line


def prepare_database(bench):
    WORK.mkdir(parents=True, exist_ok=True)
    if bench.args.sqlite:
        if not bench.args.reuse:
            Path(f"{WORK}/bench.sqlite3").unlink(missing_ok=True)
        return
    url = urlparse(bench.database_url)
    name, user = url.path.lstrip("/"), url.username
    # Names come from our own DATABASE_URL, not from a visitor.
    role_sql = f"SELECT 1 FROM pg_roles WHERE rolname='{user}'"  # noqa: S608
    if "1" not in (psql(bench, role_sql, capture=True) or ""):
        psql(bench, f"CREATE ROLE {user} LOGIN CREATEDB PASSWORD '{url.password}'")
    db_sql = f"SELECT 1 FROM pg_database WHERE datname='{name}'"  # noqa: S608
    exists = "1" in (psql(bench, db_sql, capture=True) or "")
    if exists and not bench.args.reuse:
        psql(bench, f"DROP DATABASE {name} WITH (FORCE)")
        exists = False
    if not exists:
        psql(bench, f"CREATE DATABASE {name} OWNER {user}")


def psql(bench, sql, database="postgres", capture=False):
    """psql as the PostgreSQL superuser (BENCH_PG_SUPERUSER, postgres by default)."""
    url = urlparse(bench.database_url)
    command = ["psql", "-h", url.hostname or "127.0.0.1", "-p", str(url.port or 5432)]
    command += ["-U", os.environ.get("BENCH_PG_SUPERUSER", "postgres"), "-d", database]
    return bench.run([*command, "-v", "ON_ERROR_STOP=1", "-tAc", sql], capture=capture)


def dataset_present(bench):
    out = bench.run(
        [
            PYTHON,
            "-c",
            "import django;django.setup();"
            "from sheets.models import ExperienceSheetPage as E;print(E.objects.count())",
        ],
        capture=True,
    )
    return int(out.strip().splitlines()[-1]) >= 1000 * bench.args.scale


def build(bench):
    """Everything before the measures; the query counts at small scale on the way."""
    bench.phase("migrate", bench.manage, "migrate", "--noinput", "-v", "0")
    bench.phase("collectstatic", bench.manage, "collectstatic", "--noinput", "-v", "0")
    try:
        bench.phase("load_demo", bench.manage, "load_demo")
    except subprocess.CalledProcessError as error:
        # The benchmark measures the site at scale, not the demo: carry on with whatever the
        # demo built (bench/dataset.py creates the pages it needs), and say so.
        bench.report["notes"].append(f"load_demo failed ({error}); continued without it.")
    # A small build first (about ten sheets and resources, the bench member with a few grants):
    # the query counts there must equal the counts at full scale.
    small = [PYTHON, "-m", "bench.dataset", "--scale", "0.001", "--tag", "p"]
    bench.phase("dataset_small", bench.run, small, True)
    bench.phase("update_index_small", bench.manage, "update_index", "-v", "0")
    bench.small_queries = bench.phase("queries_at_small_scale", count_queries, bench)
    if bench.baseline:
        bench.baseline_small_queries = bench.phase(
            "baseline_queries_at_small_scale", bench.baseline.count_queries
        )
    bulk = [PYTHON, "-m", "bench.dataset", "--scale", str(bench.args.scale)]
    out = bench.phase("dataset_bulk", bench.run, bulk, True)
    bench.report["dataset"] = json.loads(out.strip().splitlines()[-1])
    bench.search.start_index()
    bench.phase("update_index_database", bench.manage, "update_index", "-v", "0")
    bench.search.indexed = bench.phase("update_index_osmem_wait", bench.search.wait_index)
    # update_index rewrites the search index table: without autovacuum (off on some machines)
    # its dead rows and stale statistics would slow every search measured.
    if not bench.args.sqlite:
        name = urlparse(bench.database_url).path.lstrip("/")
        bench.phase("vacuum_analyze", psql, bench, "VACUUM ANALYZE", name)


def count_queries(bench):
    return last_json_line(bench.run([PYTHON, "-m", "bench.queries"], capture=True))
