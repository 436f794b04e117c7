"""A database that cannot be reached answers a static 503 page with Retry-After, never a 500:
gunicorn serving the site with DATABASE_URL pointing at a closed port."""

import http.client
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import IntegrityError, InterfaceError, OperationalError, ProgrammingError
from django.test import RequestFactory
from django.utils import translation

from reseau.faults import DatabaseUnavailableMiddleware, is_database_fault

ROOT = Path(__file__).resolve().parents[2]
CLOSED_DATABASE = "postgres://reseau:reseau@127.0.0.1:1/reseau"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def site_without_database(tmp_path_factory):
    """gunicorn (one worker, the project's gunicorn.conf.py) on a free loopback port, its
    database on a closed port; its log is kept for the assertions."""
    port = _free_port()
    log = tmp_path_factory.mktemp("gunicorn") / "error.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "reseau.settings.test",
        "DATABASE_URL": CLOSED_DATABASE,
        "LOG_LEVEL": "INFO",
    }
    gunicorn = Path(sys.executable).parent / "gunicorn"
    with log.open("w") as stream:
        process = subprocess.Popen(
            [str(gunicorn), "reseau.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
            cwd=ROOT,
            env=env,
            stdout=stream,
            stderr=subprocess.STDOUT,
        )
    try:
        for _attempt in range(600):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/static/css/site.css", timeout=30)
                break
            except OSError:
                assert process.poll() is None, log.read_text()
                time.sleep(0.1)
        yield {"url": f"http://127.0.0.1:{port}", "log": log}
    finally:
        process.terminate()
        process.wait(timeout=30)


def fetch(url, headers=None):
    """(status, headers, body) of a GET, whatever the status; redirects are not followed."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        connection.request("GET", target, headers={"Host": "localhost", **(headers or {})})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


SESSION = {"Cookie": f"sessionid={'a' * 32}"}  # a well-formed key: the session is looked up


@pytest.mark.parametrize(
    ("path", "headers", "text"),
    [
        ("/", {}, "Service momentanément indisponible"),
        ("/fiches/", {}, "Service momentanément indisponible"),
        ("/recherche/?q=eau", {}, "Service momentanément indisponible"),
        ("/adherents/", SESSION, "Service momentanément indisponible"),
        ("/en/", {}, "Service temporarily unavailable"),
    ],
)
def test_pages_answer_503_with_retry_after(site_without_database, path, headers, text):
    status, headers, body = fetch(site_without_database["url"] + path, headers)
    assert status == 503, body[:500]
    assert headers["Retry-After"] == "30"
    assert "no-store" in headers["Cache-Control"]
    assert text in body
    assert "/static/css/site.css" in body  # styled like the site's other error pages
    # The security headers too (reseau/security_headers.py, listed before the fault middleware).
    directives = [part.strip() for part in headers["Content-Security-Policy"].split(";")]
    assert "script-src 'self'" in directives  # in whatever order django-csp writes them
    assert "camera=()" in headers["Permissions-Policy"]


def test_a_fault_raised_outside_a_view_answers_503_too(site_without_database):
    """The language switch reads no row, but with a session cookie the Cache-Control middleware
    reads the user after it: the fault reaches Django's 500 handler, which answers the same
    page."""
    status, headers, body = fetch(site_without_database["url"] + "/i18n/setlang/", SESSION)
    assert status == 503, body[:500]
    assert headers["Retry-After"] == "30"
    assert "Service momentanément indisponible" in body


def test_static_files_are_still_served(site_without_database):
    status, _headers, _body = fetch(site_without_database["url"] + "/static/css/site.css")
    assert status == 200


def test_the_outage_is_logged_once_per_interval(site_without_database):
    for _attempt in range(3):
        fetch(site_without_database["url"] + "/")
    log = site_without_database["log"].read_text()
    lines = [line for line in log.splitlines() if "reseau.faults.database" in line]
    assert len(lines) == 1, lines
    assert "WARNING" in lines[0] and "127.0.0.1" in lines[0]
    assert "Service Unavailable" not in log  # django.request does not log each 503 again


def test_the_503_page_needs_no_database():
    """Rendered by the middleware without any query (pytest-django refuses database access to
    this test), in the request's language."""
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    request = RequestFactory().get("/en/")
    with translation.override("en"):
        response = middleware.process_exception(request, OperationalError("connection refused"))
    assert response.status_code == 503
    assert "Service temporarily unavailable" in response.content.decode()
    assert middleware.process_exception(request, ValueError("a bug")) is None


def test_only_faults_of_the_database_s_operation_are_503():
    assert is_database_fault(OperationalError()) and is_database_fault(InterfaceError())
    assert not is_database_fault(ProgrammingError()) and not is_database_fault(IntegrityError())
