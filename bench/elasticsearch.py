"""The search measures: the Elasticsearch backend on osmem-server (indexed beside the database
backend during the build), and `manage.py bench_search`, the search engineer's one-at-a-time
timing of ten faceted searches, for either backend."""

import json
import os
import signal
import subprocess
import time

from .common import PYTHON, ROOT, log
from .servers import gunicorn


class Search:
    def __init__(self, bench):
        self.bench = bench
        self.osmem = None
        self.index_process = None
        self.indexed = None  # None: not tried (--reuse); False: failed; True: ready

    def start_osmem(self):
        """osmem-server on a free loopback port, kept until the end of the run."""
        if self.osmem is None and not self.bench.args.no_elasticsearch:
            try:
                # Optional dependency: without it the run goes on without Elasticsearch.
                from osmem_server import OsmemServer
            except ImportError:
                self.bench.report["notes"].append(
                    "osmem-server is not installed: no Elasticsearch run."
                )
                return None
            self.osmem = OsmemServer.start(japanese=False, addr="127.0.0.1:0")
        return self.osmem

    def start_index(self):
        """`update_index` into osmem in the background: it runs beside the database backend's
        (both are mostly Python, one core each) instead of after it."""
        server = self.start_osmem()
        if server is None:
            return
        env = {**self.bench.env, "BENCH_OSMEM_URL": server.url}
        command = [PYTHON, "manage.py", "update_index", "--backend", "default"]
        command += ["--chunk_size", "250", "-v", "0"]
        self.index_process = (
            subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=True),  # noqa: S603
            time.perf_counter(),
        )

    def wait_index(self):
        if self.index_process is None:
            return False
        process, start = self.index_process
        notes = self.bench.report["notes"]
        timeout = self.bench.args.es_index_timeout
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
            notes.append(
                f"update_index on osmem-server did not finish within {timeout} s: "
                "no Elasticsearch search figures."
            )
            return False
        finally:
            self.index_process = None
        if code:
            notes.append(f"update_index on osmem-server failed (exit {code}): no figures.")
            return False
        self.bench.report["phases"]["update_index_osmem"] = round(time.perf_counter() - start, 1)
        return True

    def measure(self, target):
        """The search page through gunicorn on the Elasticsearch backend, then bench_search."""
        if self.indexed is None:  # --reuse: osmem keeps nothing between runs
            self.start_index()
            self.indexed = self.wait_index()
        if not self.indexed:
            return
        env = {**self.bench.env, "BENCH_OSMEM_URL": self.osmem.url}
        with gunicorn(env, self.bench.args.workers) as base:
            row = self.bench.measurer.page("gunicorn/elasticsearch", base, target)
            if row:
                self.bench.report["runs"].append(row)
        self.timings("elasticsearch", env)

    def timings(self, label, env=None):
        """`manage.py bench_search` (search/benchmark.py): ten faceted searches, one at a time,
        through the real view, with the engine part timed apart."""
        try:
            out = self.bench.manage(
                "bench_search",
                "--json",
                "-n",
                str(self.bench.args.search_iterations),
                "--warmup",
                "5",
                env=env,
                capture=True,
                timeout=900,
            )
            figures = json.loads(out.strip().splitlines()[-1])
        except (subprocess.SubprocessError, ValueError, IndexError) as error:
            self.bench.report["notes"].append(f"bench_search ({label}) failed: {error!r}")
            return
        self.bench.report.setdefault("search_timings", {})[label] = figures
        log(
            f"   bench_search {label:<14} view p95 {figures['view']['p95_ms']} ms, "
            f"engine p95 {figures['engine']['p95_ms']} ms"
        )

    def close(self):
        if self.index_process is not None:
            os.killpg(self.index_process[0].pid, signal.SIGTERM)
        if self.osmem is not None:
            self.osmem.close()
