"""One page under load: wrk at a fixed number of connections after a warm-up, its throughput and
latency percentiles; and how repeated measures of a page become one figure (their median)."""

import json
import statistics
import subprocess

from .common import ROOT, log, run
from .servers import fetch

# Where a front cache says whether it answered from its store (nginx's $upstream_cache_status,
# under the names configurations commonly give it).
CACHE_HEADERS = ("X-Cache-Status", "X-Proxy-Cache", "X-Cache")


def wrk(url, env, connections, duration, cookie=None):
    command = ["wrk", "-t", "2", "-c", str(connections), "-d", f"{duration}s"]
    command += ["--timeout", "10s", "-s", str(ROOT / "bench" / "wrk_report.lua")]
    if cookie:
        command += ["-H", f"Cookie: {cookie}"]
    out = run([*command, url], env, capture=True)
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


def cache_state(headers):
    return next((headers[name] for name in CACHE_HEADERS if name in headers), "")


class Measurer:
    """Measures pages for one run: `--warmup` seconds of load, then `--duration` seconds
    measured; a page that cannot be measured becomes a note, not a failed run."""

    def __init__(self, args, env, notes):
        self.args = args
        self.env = env
        self.notes = notes

    def page(self, server, base, target, cookie=None, code="after", expect_cache=None):
        url = base + target["url"]
        try:
            fetch(url, cookie)
            wrk(url, self.env, self.args.connections, self.args.warmup, cookie)
            status, headers, _body = fetch(url, cookie)
            cache = cache_state(headers)
            result = wrk(url, self.env, self.args.connections, self.args.duration, cookie)
        except (OSError, subprocess.CalledProcessError, StopIteration) as error:
            # A page too slow to answer is a result, not a reason to stop the whole run.
            self.notes.append(f"{server} ({code}) {target['url']}: not measured ({error!r})")
            log(f"   {server:<24} {target['name']:<18} NOT MEASURED: {error!r}")
            return None
        if expect_cache and expect_cache not in cache:
            self.notes.append(
                f"{server} {target['url']}: expected cache {expect_cache}, got {cache!r}"
            )
        log(
            f"   {server + (' (avant)' if code == 'before' else ''):<24} {target['name']:<18} "
            f"{status} {result['rps']:>8} req/s  p50 {result['p50_ms']!s:>7} ms  "
            f"p95 {result['p95_ms']!s:>7} ms  p99 {result['p99_ms']!s:>7} ms  {cache}"
        )
        return {
            "name": target["name"],
            "label": target["label"],
            "url": target["url"],
            "who": target["who"],
            "server": server,
            "code": code,
            "status": status,
            "cache": cache,
            "queries": target.get("queries"),
            **result,
        }


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


def paired_ratio(after_rows, before_rows):
    """After / before throughput, round by round (each pair measured minutes apart at most, so
    the machine's drift mostly cancels out), and the median of those ratios."""
    ratios = [
        round(a["rps"] / b["rps"], 3)
        for a, b in zip(after_rows, before_rows, strict=False)
        if b["rps"]
    ]
    return (round(statistics.median(ratios), 3) if ratios else None), ratios
