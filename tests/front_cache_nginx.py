"""The front cache as shipped (deploy/nginx/reseau.conf.template), started for real: Debian's
nginx with the cache-purge module, on free loopback ports, in front of one application server or
several (the template's UPSTREAM and UPSTREAM_INCLUDE)."""

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from string import Template

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = REPO_ROOT / "deploy" / "nginx" / "reseau.conf.template"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PURGE_MODULE = Path("/usr/lib/nginx/modules/ngx_http_cache_purge_module.so")
HOST = "localhost"  # the test Site's host name: the one the purges name


def missing():
    """What this machine lacks to run the front cache ('' when nothing)."""
    absent = [
        what
        for what, present in (
            ("nginx", Path(NGINX).exists()),
            ("libnginx-mod-http-cache-purge", PURGE_MODULE.exists()),
        )
        if not present
    ]
    return " and ".join(absent)


def skip_marks():
    """A skip, with the reason, where nginx or its module is missing, unless
    FRONT_CACHE_TESTS_REQUIRED=1 (.ci/run installs both and sets it)."""
    lacking = missing()
    if lacking and os.environ.get("FRONT_CACHE_TESTS_REQUIRED") != "1":
        reason = f"{lacking} not installed (apt-get install nginx libnginx-mod-http-cache-purge)"
        return [pytest.mark.skip(reason=reason)]
    return []


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(port):
    for _attempt in range(100):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on port {port}")


def start(folder, upstreams, purge_from="127.0.0.1"):
    """nginx from the shipped template in `folder`, balancing `upstreams` ("host:port"):
    (process, {"site", "purge", "cache_dir", "static_dir"})."""
    folder.mkdir()
    port, purge_port = free_port(), free_port()
    (folder / "server.conf").write_text("")
    (folder / "upstreams.conf").write_text(
        "".join(f"server {upstream};\n" for upstream in upstreams[1:])
    )
    for name in ("cache", "static", "media", "private"):
        (folder / name).mkdir()
    site = Template(TEMPLATE.read_text()).safe_substitute(
        SERVER_NAME=HOST,
        LISTEN=f"127.0.0.1:{port}",
        PURGE_LISTEN=f"127.0.0.1:{purge_port}",
        PURGE_FROM=purge_from,
        PUBLIC_SCHEME="http",
        SERVER_INCLUDE=folder / "server.conf",
        UPSTREAM=upstreams[0],
        UPSTREAM_INCLUDE=folder / "upstreams.conf",
        CACHE_DIR=folder / "cache",
        STATIC_ROOT=folder / "static",
        MEDIA_ROOT=folder / "media",
        PRIVATE_MEDIA_ROOT=folder / "private",
    )
    assert "${" not in site, "every variable of the template is filled in"
    (folder / "site.conf").write_text(site)
    (folder / "nginx.conf").write_text(
        f"load_module {PURGE_MODULE};\n"
        # One process as the current user: no worker to switch to another account.
        "daemon off;\nmaster_process off;\n"
        f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log warn;\n"
        "events {}\n"
        "http {\n"
        "    access_log off;\n"
        f"    client_body_temp_path {folder}/body;\n"
        f"    proxy_temp_path {folder}/proxy;\n"
        f"    include {folder}/site.conf;\n"
        "}\n"
    )
    check = subprocess.run(
        [NGINX, "-t", "-q", "-p", str(folder), "-c", str(folder / "nginx.conf")],
        capture_output=True,
        text=True,
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf")])
    _wait_for(port)
    return process, {
        "site": f"http://127.0.0.1:{port}",
        "purge": f"http://127.0.0.1:{purge_port}",
        "cache_dir": folder / "cache",
        "static_dir": folder / "static",
    }
