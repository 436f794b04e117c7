"""The measuring phases of a run: every page uncached, the current code and the baseline in turn;
the anonymous pages through the front cache beside the same HTML as static files; the profiles
of the pages that miss a target."""

import contextlib
import subprocess

from . import nginx
from .common import PYTHON, RESULTS, ROOT, WORK, free_port, log
from .measure import cache_state, median_row, paired_ratio
from .report import FRONT_CACHE, STATIC_FILE
from .servers import fetch, gunicorn
from .servers import nginx as nginx_server


def server_name(target):
    return "gunicorn/database" if target["name"] == "search" else "gunicorn"


def uncached(bench, targets, cookie):
    """Each page `--repeat` times, the pages in turn and, with a baseline, the two codes one
    after the other for each page (which goes first alternates from round to round): a slow
    minute on a shared machine then falls on both, and on different pages in each round. Each
    figure is the median of its rounds; every round is kept in the JSON (`rounds`)."""
    rounds = {}
    with contextlib.ExitStack() as stack:
        bases = {"after": stack.enter_context(gunicorn(bench.env, bench.args.workers))}
        if bench.baseline:
            bases["before"] = stack.enter_context(
                gunicorn(bench.baseline.env, bench.args.workers, cwd=bench.baseline.path)
            )
        comparable = answering_before(bench, bases, targets, cookie)
        for number in range(bench.args.repeat):
            log(f"   round {number + 1} of {bench.args.repeat}")
            order = list(bases) if number % 2 == 0 else list(reversed(bases))
            for target in targets:
                for code in order:
                    if code == "before" and target["name"] not in comparable:
                        continue
                    row = bench.measurer.page(
                        server_name(target),
                        bases[code],
                        target,
                        cookie if target["who"] == "member" else None,
                        code=code,
                    )
                    if row is not None:
                        row["round"] = number
                        rounds.setdefault((target["name"], code), []).append(row)
    for target in targets:
        for code in ("after", "before"):
            if rounds.get((target["name"], code)):
                bench.report["runs"].append(median_row(rounds[(target["name"], code)]))
        if target["name"] in comparable:
            after = {r["round"]: r for r in rounds.get((target["name"], "after"), [])}
            before = {r["round"]: r for r in rounds.get((target["name"], "before"), [])}
            both = sorted(set(after) & set(before))
            ratio, ratios = paired_ratio([after[n] for n in both], [before[n] for n in both])
            bench.report.setdefault("comparison", {})[target["name"]] = {
                "server": server_name(target),
                "ratio": ratio,
                "ratios": ratios,
            }
    if any(t["name"] == "search" for t in targets):
        bench.search.timings("database")


def answering_before(bench, bases, targets, cookie):
    """The pages the baseline serves as the current code does (status 200): an old code that
    lacks a table the page needs is noted, not measured."""
    if "before" not in bases:
        return set()
    names = set()
    for target in targets:
        page_cookie = cookie if target["who"] == "member" else None
        status, _headers, _body = fetch(bases["before"] + target["url"], page_cookie)
        if status == 200:
            names.add(target["name"])
        else:
            bench.report["notes"].append(f"baseline {target['url']}: HTTP {status}, not compared")
    return names


def front_cache(bench, anonymous, cookie):
    """nginx with the site configuration (bench/nginx.conf.template or the shipped one) in
    front of gunicorn: each anonymous page from the front cache, then the same HTML as a
    static file from the same nginx, the yardstick of the target."""
    prefix = WORK / "nginx"
    nginx.prepare_prefix(prefix)
    env = {
        **bench.env,
        "PRIVATE_FILES_SERVE_METHOD": "nginx",
        "PRIVATE_FILES_INTERNAL_URL": "/protected/",
    }
    with gunicorn(env, bench.args.workers) as app:
        for target in anonymous:
            _status, _headers, html = fetch(app + target["url"])
            (prefix / "static" / f"{target['name']}.html").write_bytes(html)
        values = {
            "prefix": prefix,
            "port": free_port(),
            "purge_port": free_port(),
            "static_port": free_port(),
            "app_port": app.rsplit(":", 1)[1],
            "cache_path": prefix / "cache",
            "static_root": bench.env["STATIC_ROOT"],
            "media_root": bench.env["MEDIA_ROOT"],
            "private_root": bench.env["PRIVATE_MEDIA_ROOT"],
            "bench_static": prefix / "static",
        }
        conf = nginx.render(bench.nginx_templates, values)
        proxy = f"http://127.0.0.1:{values['port']}"
        static = f"http://127.0.0.1:{values['static_port']}"
        ready = f"{static}/bench-static/{anonymous[0]['name']}.html"
        with nginx_server(conf, prefix, ready, bench.env):
            for target in anonymous:
                row = bench.measurer.page(FRONT_CACHE, proxy, target, expect_cache="HIT")
                static_target = {
                    **target,
                    "label": f"{target['label']}, même HTML",
                    "url": f"/bench-static/{target['name']}.html",
                }
                yardstick = bench.measurer.page(STATIC_FILE, static, static_target)
                bench.report["runs"] += [r for r in (row, yardstick) if r]
            check_private_download(bench, proxy, cookie)
            if "proxy_cache_purge" in conf:
                check_purge(bench, proxy, f"http://127.0.0.1:{values['purge_port']}", anonymous[0])


def check_private_download(bench, proxy, cookie):
    """The documented X-Accel-Redirect route hands a member their file, and the internal
    /protected/ location answers 404 to anyone who asks for it directly."""
    resource = next((t for t in bench.targets if t["name"] == "resource"), None)
    if not resource or not resource.get("url") or not cookie:
        return
    status, _headers, body = fetch(proxy + resource["url"] + "telecharger/", cookie)
    direct, _h, _b = fetch(proxy + "/protected/resources/banc-ressource-0.pdf")
    anonymous, _h, _b = fetch(proxy + resource["url"] + "telecharger/")
    bench.report["private_files"] = {
        "member_download_status": status,
        "member_download_bytes": len(body),
        "member_download_is_pdf": body.startswith(b"%PDF"),
        "direct_protected_url_status": direct,
        "anonymous_download_status": anonymous,
    }
    log(f"   private files through nginx: {bench.report['private_files']}")


def check_purge(bench, proxy, purge, target):
    """A page purged through the configuration's purge location is fetched afresh next time,
    as wagtail.contrib.frontend_cache needs."""
    fetch(proxy + target["url"])
    _status, headers, _body = fetch(proxy + target["url"])
    before = cache_state(headers)
    purged, _h, _b = fetch(purge + target["url"], method="PURGE")
    _status, headers, _body = fetch(proxy + target["url"])
    bench.report["front_cache_purge"] = {
        "url": target["url"],
        "cache_before": before,
        "purge_status": purged,
        "cache_after": cache_state(headers),
    }
    log(f"   purge through nginx: {bench.report['front_cache_purge']}")
    if purged != 200 or cache_state(headers) == "HIT":
        bench.report["notes"].append(
            f"front cache purge did not work: {bench.report['front_cache_purge']}"
        )


PROFILE_CODE = """\
import django, sys
django.setup()
from django.conf import settings
from django.test import Client
from pyinstrument import Profiler
c = Client()
if sys.argv[2]:
    c.cookies[settings.SESSION_COOKIE_NAME] = sys.argv[2]
c.get(sys.argv[1])
p = Profiler(interval=0.0005)
p.start()
for _ in range(5):
    c.get(sys.argv[1])
p.stop()
print(p.output_text(unicode=True, color=False, show_all=False))
"""


def profiles(bench, targets, cookie):
    """A pyinstrument profile (five requests, in-process) of each page that misses a target."""
    if not targets:
        return
    out_dir = RESULTS / f"{bench.stamp}-profiles"
    out_dir.mkdir(parents=True, exist_ok=True)
    for target in targets:
        session = cookie.split("=", 1)[1] if target["who"] == "member" and cookie else ""
        try:
            text = bench.run([PYTHON, "-c", PROFILE_CODE, target["url"], session], capture=True)
        except subprocess.CalledProcessError as error:
            text = f"profile failed: {error}"
        path = out_dir / f"{target['name']}.txt"
        path.write_text(text)
        bench.report.setdefault("profiles", {})[target["name"]] = str(path.relative_to(ROOT))
