"""`--servers 2` (make bench BENCH_SERVERS=2): the uncached pages through one nginx load balancer
in front of one application server, then of two (each a gunicorn with `--workers` workers,
sharing the database and Redis), so that the report says how throughput grows when a server is
added (docs/scaling.md). Both arms go through the same proxy: only the number of servers
changes."""

import contextlib

from .common import WORK, free_port, log
from .measure import median_row
from .nginx import prepare_prefix
from .servers import gunicorn
from .servers import nginx as nginx_server

BALANCER = """\
include /etc/nginx/modules-enabled/*.conf;
worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{
    worker_connections 1024;
}}
http {{
    access_log off;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    upstream reseau_app {{
{servers}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_pass http://reseau_app;
        }}
    }}
}}
"""


# The pages measured behind one server then two: anonymous and member, light and heavy.
PAGES = ("home", "experience_list", "experience_sheet", "dashboard")


def server_label(count):
    return f"nginx → {count} gunicorn"


def scale_out(bench, targets, cookie, counts=(1, 2)):
    """Each of PAGES `--repeat` times behind one server then two, alternating which goes first
    from round to round; the figures are medians, their ratio goes to report["scale_out"]."""
    targets = [t for t in targets if t["name"] in PAGES]
    rounds = {}
    for number in range(bench.args.repeat):
        log(f"   round {number + 1} of {bench.args.repeat}")
        for count in counts if number % 2 == 0 else reversed(counts):
            with balanced(bench, count) as base:
                for target in targets:
                    page_cookie = cookie if target["who"] == "member" else None
                    row = bench.measurer.page(server_label(count), base, target, page_cookie)
                    if row is not None:
                        row["round"] = number
                        rounds.setdefault((target["name"], count), []).append(row)
    pages = []
    for target in targets:
        measured = {c: rounds.get((target["name"], c)) for c in counts}
        medians = {c: median_row(rows) for c, rows in measured.items() if rows}
        bench.report["runs"] += list(medians.values())
        if len(medians) == len(counts) and medians[counts[0]]["rps"]:
            pages.append(
                {
                    "name": target["name"],
                    "label": target["label"],
                    **{f"rps_{c}": medians[c]["rps"] for c in counts},
                    "ratio": round(medians[counts[-1]]["rps"] / medians[counts[0]]["rps"], 2),
                }
            )
    bench.report["scale_out"] = {
        "workers_per_server": bench.args.workers,
        "servers": list(counts),
        "pages": pages,
    }


@contextlib.contextmanager
def balanced(bench, count):
    """`count` gunicorn servers behind one nginx on free loopback ports; yields nginx's URL."""
    prefix = WORK / f"balancer{count}"
    prepare_prefix(prefix)  # its folders, and Debian's modules where their includes look
    with contextlib.ExitStack() as stack:
        apps = [stack.enter_context(gunicorn(bench.env, bench.args.workers)) for _ in range(count)]
        port = free_port()
        servers = "\n".join(f"        server {app.split('://', 1)[1]};" for app in apps)
        conf = BALANCER.format(prefix=prefix, port=port, servers=servers)
        base = f"http://127.0.0.1:{port}"
        stack.enter_context(nginx_server(conf, prefix, f"{base}/robots.txt", bench.env))
        yield base


def markdown(report):
    """The report's section: throughput with one server and with two, and why it grows little
    on one machine."""
    scale = report.get("scale_out")
    if not scale:
        return []
    counts = scale["servers"]
    lines = [
        "",
        f"## Un serveur d'application, puis deux ({scale['workers_per_server']} workers chacun)",
        "",
        "Pages non mises en cache, à travers le même nginx (répartition de charge), serveurs sur "
        "cette même machine, base et Redis partagés.",
        "",
        "| Page | " + " | ".join(f"{c} serveur(s), req/s" for c in counts) + " | Rapport |",
        "|---|" + "---|" * (len(counts) + 1),
    ]
    for page in scale["pages"]:
        figures = " | ".join(str(page[f"rps_{c}"]) for c in counts)
        lines.append(f"| {page['label']} | {figures} | ×{page['ratio']} |")
    lines += [
        "",
        "Les deux serveurs se partagent ici les mêmes cœurs que PostgreSQL, Redis, nginx et wrk : "
        "un seul serveur occupe déjà tous les cœurs, un second n'ajoute que des processus qui "
        "attendent le processeur. Le gain d'un serveur de plus vient de ses propres cœurs, sur "
        "une autre machine (docs/scaling.md).",
    ]
    return lines
