"""The nginx configuration of the front-cache phase, generated from a site configuration.

The site configuration is what a deployment puts in nginx's `http` context (the cache zone, the
upstream, the `server`): by default bench/nginx.conf.template, or with `--nginx-template` the
file(s) the project ships in deploy/nginx/. It is wrapped in a main configuration that runs
nginx unprivileged under the run's work folder, loads Debian's modules (the cache-purge module
among them) and adds a second `server`, the yardstick, that serves the same HTML as a static
file.

A template may name these placeholders, replaced as they are: {port} (where the site listens),
{purge_port} (where the cache-purge location listens, if any), {app_port} (gunicorn), {cache_path}, {static_root}, {media_root}, {private_root}, {prefix}. A
configuration written for production (no placeholders) is adapted instead, directive by
directive: `listen` becomes the loopback port (the purge port in a server that purges), TLS directives and HTTP-to-HTTPS redirect servers
go, upstream servers point at gunicorn, `proxy_cache_path` and the /static/, /media/ and
/protected/ folders move under the work folder, logs go off. Everything else (cache key,
bypass, purge, Cache-Control handling) is measured as shipped.
"""

import re
import shutil
import subprocess
from pathlib import Path

MAIN = """\
include /etc/nginx/modules-enabled/*.conf;
worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;

events {{
    worker_connections 1024;
}}

http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;

    # --- site configuration: {sources}
{site}
    # --- end of the site configuration

    # Yardstick: the same HTML as the pages, as plain static files.
    server {{
        listen 127.0.0.1:{static_port};
        location /bench-static/ {{
            alias {bench_static}/;
        }}
    }}
}}
"""

PLACEHOLDERS = (
    "port",
    "purge_port",
    "app_port",
    "cache_path",
    "static_root",
    "media_root",
    "private_root",
    "prefix",
)
FOLDERS = {"/static/": "static_root", "/media/": "media_root", "/protected/": "private_root"}


def prepare_prefix(prefix):
    """nginx's folders under `prefix`, with `modules` pointing at Debian's modules: the files
    of /etc/nginx/modules-enabled load them by a path relative to the prefix."""
    shutil.rmtree(prefix, ignore_errors=True)
    for sub in ("cache", "client_body", "proxy", "fastcgi", "uwsgi", "scgi", "static"):
        (prefix / sub).mkdir(parents=True)
    version = subprocess.run(
        ["nginx", "-V"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    found = re.search(r"--modules-path=(\S+)", version)
    (prefix / "modules").symlink_to(found.group(1) if found else "/usr/lib/nginx/modules")


def render(template_paths, values):
    """The whole nginx.conf: the site configuration from `template_paths`, adapted to `values`,
    inside the bench's main configuration."""
    site = "\n".join(site_part(Path(path), values) for path in template_paths)
    sources = ", ".join(str(path) for path in template_paths)
    return MAIN.format(site=indent(site), sources=sources, **values)


def site_part(path, values):
    text = inline_includes(path.read_text(), path.parent)
    if any("{" + name + "}" in text for name in PLACEHOLDERS):
        for name in PLACEHOLDERS:
            text = text.replace("{" + name + "}", str(values[name]))
        return text
    return adapt(text, values)


def inline_includes(text, folder):
    """`include x.conf;` of a file shipped beside the template is read from there."""

    def replace(match):
        candidate = folder / Path(match.group(1)).name
        if candidate.is_file():
            return inline_includes(candidate.read_text(), folder)
        return match.group(0)

    return re.sub(r"^\s*include\s+([^;*\s]+)\s*;", replace, text, flags=re.MULTILINE)


def adapt(text, values):
    """A production configuration made to run on loopback under the work folder."""
    text = "\n".join(line for line in text.splitlines() if not _dropped(line))
    text = _without_redirect_servers(text)
    text = _listen_on_loopback(text, values)
    text = re.sub(
        r"(upstream\s+\S+\s*\{[^}]*?)\bserver\s+[^;]+;",
        rf"\1server 127.0.0.1:{values['app_port']};",
        text,
    )
    text = re.sub(
        r"(proxy_pass\s+https?://)(127\.0\.0\.1|localhost|\[::1\])(:\d+)?",
        rf"\g<1>127.0.0.1:{values['app_port']}",
        text,
    )
    text = re.sub(r"(proxy_cache_path\s+)\S+", rf"\g<1>{values['cache_path']}", text)
    for location, key in FOLDERS.items():
        text = re.sub(
            rf"(location\s+(?:\^~\s+)?{re.escape(location)}\s*\{{[^}}]*?\b(?:alias|root)\s+)[^;]+;",
            rf"\g<1>{values[key]}/;",
            text,
        )
    text = re.sub(r"^(\s*)access_log\s+[^;]+;", r"\1access_log off;", text, flags=re.M)
    return re.sub(
        r"^(\s*)error_log\s+[^;]+;", rf"\1error_log {values['prefix']}/error.log;", text, flags=re.M
    )


def _dropped(line):
    """TLS belongs to production only; the bench speaks plain HTTP on loopback."""
    return bool(re.match(r"\s*(ssl_\w+|http2|ssl)\s", line))


def _listen_on_loopback(text, values):
    """Each server's `listen` on the bench's port; a server that purges gets the purge port."""
    out, position = [], 0
    for match in re.finditer(r"^\s*server\s*\{", text, flags=re.MULTILINE):
        if match.start() < position:
            continue
        end = _block_end(text, match.end())
        body = text[match.start() : end + 1]
        port = values["purge_port"] if "proxy_cache_purge" in body else values["port"]
        seen = []

        def listen(found, port=port, seen=seen):
            # One listen per server: production's IPv6 and TLS twins would repeat the same one.
            seen.append(found)
            return f"{found.group(1)}listen 127.0.0.1:{port};" if len(seen) == 1 else ""

        out.append(text[position : match.start()])
        out.append(re.sub(r"^(\s*)listen\s+[^;]+;", listen, body, flags=re.M))
        position = end + 1
    out.append(text[position:])
    return "".join(out)


def _without_redirect_servers(text):
    """Drops `server` blocks that only send visitors to HTTPS (they would take the port)."""
    out, position = [], 0
    for match in re.finditer(r"^\s*server\s*\{", text, flags=re.MULTILINE):
        if match.start() < position:
            continue
        end = _block_end(text, match.end())
        body = text[match.end() : end]
        if re.search(r"return\s+30[18]\s+https://", body) and "proxy_pass" not in body:
            out.append(text[position : match.start()])
            position = end + 1
    out.append(text[position:])
    return "".join(out)


def _block_end(text, start):
    depth = 1
    for index in range(start, len(text)):
        if text[index] == "{":
            depth += 1
        elif text[index] == "}":
            depth -= 1
            if depth == 0:
                return index
    raise ValueError("unbalanced braces in the nginx template")


def indent(text):
    return "\n".join(("    " + line) if line.strip() else "" for line in text.splitlines())
