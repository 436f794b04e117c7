"""An Elasticsearch that accepts connections and never answers: short timeouts, an answer from
the database with the notice, and a circuit breaker that stops trying for a while after repeated
failures, shared between processes through the cache and still working without it."""

import contextlib
import json
import logging
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import environ
import pytest
from wagtail.search.backends import get_search_backend

from search.backends import reading_backend
from search.fallback import CircuitBreaker, breaker
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from sheets.models import ExperienceSheetPage
from tests.search.conftest import module_content, osmem_backend_settings

NOTICE = "momentanément indisponible"


class SilentServer:
    """A loopback socket that accepts every connection, reads nothing and never answers;
    `accepted` counts the connections, that is Elasticsearch requests tried."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.accepted = 0
        self.connections = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.sock.accept()
            except OSError:
                return
            self.connections.append(connection)
            self.accepted += 1

    def wait_for(self, count):
        """The accept thread may lag the client by a moment."""
        deadline = time.monotonic() + 2
        while self.accepted < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.accepted

    def close(self):
        self.sock.close()
        for connection in self.connections:
            connection.close()


class SlowServer:
    """A loopback HTTP server that answers every request as an Elasticsearch with no hits would,
    `delay` seconds late: each request stays within a 2 s timeout, several of them do not."""

    EMPTY = {
        "took": 1,
        "timed_out": False,
        "_shards": {"total": 1, "successful": 1, "skipped": 0, "failed": 0},
        "hits": {"total": {"value": 0, "relation": "eq"}, "max_score": None, "hits": []},
    }

    def __init__(self, delay):
        server = self
        self.requests = 0

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                server.requests += 1
                time.sleep(delay)
                body = json.dumps(SlowServer.EMPTY).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Elastic-Product", "Elasticsearch")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(OSError):  # the client gave up waiting
                    self.wfile.write(body)

            do_POST = do_GET

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def content_db(django_db_setup, django_db_blocker):
    """One public sheet, built once for the module."""
    with module_content(django_db_blocker) as home_page:
        index = ExperienceIndexPageFactory(parent=home_page)
        sheet = ExperienceSheetPageFactory(
            parent=index,
            title="Récupération des eaux pluviales",
            summary="Une cuve recueille l'eau de pluie du toit de l'école.",
        )
        yield sheet.pk


@pytest.fixture
def content(content_db, db):
    """The module's sheet, read again for this test."""
    return ExperienceSheetPage.objects.get(pk=content_db)


@pytest.fixture
def silent_elasticsearch(settings, content, client):
    """The site's Elasticsearch settings (reseau/settings/base.py: a 5 s TIMEOUT for indexing,
    one retry, none on a timeout) pointing at a SilentServer, the database backend beside it.
    The content is indexed before, in the database backend only; the page is served once and
    the client imported, so that timings measure the fault, not this process's first search."""
    client.get("/recherche/", {"q": "pluie"})
    client.get("/recherche/suggestions/", {"q": "Récup"})
    server = SilentServer()
    _elasticsearch_at(settings, server.url)
    reading_backend()  # imports the Elasticsearch client, as a worker's first search does
    yield server
    server.close()


def _elasticsearch_at(settings, url):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch9",
            "URLS": [url],
            "INDEX_PREFIX": "silent_",
            "TIMEOUT": 5,
            "OPTIONS": {"max_retries": 1, "retry_on_timeout": False},
        },
        "database": settings.DATABASE_SEARCH_BACKEND,
    }


@pytest.fixture
def slow_elasticsearch(settings, content, client):
    """An Elasticsearch that answers every request 1.5 s late, with no hits: a visitor's search
    then asks twice (the pages, then the pages again forgiving typos; a member's, four times)."""
    client.get("/recherche/", {"q": "pluie"})
    server = SlowServer(delay=1.5)
    _elasticsearch_at(settings, server.url)
    reading_backend()
    yield server
    server.close()


# The Elasticsearch TIMEOUT of the site's settings, which indexing needs and a reader must not wait.
INDEXING_TIMEOUT = 5


def timed(client, path, params):
    start = time.monotonic()
    response = client.get(path, params)
    return response, time.monotonic() - start


@pytest.fixture
def reading_timeouts(monkeypatch):
    """The TIMEOUT each Elasticsearch client for a reader is built with, in order: what a search
    waits is asserted through the option it sets, not through the wall clock of a loaded machine."""
    timeouts = []

    def recording(name="default", **params):
        if "TIMEOUT" in params:
            timeouts.append(params["TIMEOUT"])
        return get_search_backend(name, **params)

    monkeypatch.setattr("search.backends.get_search_backend", recording)
    return timeouts


def test_searches_wait_for_a_short_timeout_then_answer_from_the_database(
    client, silent_elasticsearch, reading_timeouts, caplog, settings
):
    response, elapsed = timed(client, "/recherche/", {"q": "pluie"})
    html = response.content.decode()
    assert response.status_code == 200
    assert NOTICE in html and "Récupération des eaux pluviales" in html
    assert silent_elasticsearch.wait_for(1) == 1  # Elasticsearch was tried, once
    assert reading_timeouts[0] == settings.SEARCH_TIMEOUT
    assert all(timeout <= settings.SEARCH_TIMEOUT for timeout in reading_timeouts)
    assert elapsed < INDEXING_TIMEOUT, elapsed  # never the indexing timeout

    reading_timeouts.clear()
    response, elapsed = timed(client, "/recherche/suggestions/", {"q": "Récup"})
    data = response.json()
    assert data["degraded"] is True
    assert [s["title"] for s in data["suggestions"]] == ["Récupération des eaux pluviales"]
    assert silent_elasticsearch.wait_for(2) == 2
    assert reading_timeouts[0] == settings.SEARCH_AUTOCOMPLETE_TIMEOUT
    assert all(timeout <= settings.SEARCH_AUTOCOMPLETE_TIMEOUT for timeout in reading_timeouts)
    assert elapsed < INDEXING_TIMEOUT, elapsed
    assert "Search failed on Elasticsearch, answering from the database" in caplog.text


def test_the_requests_of_one_search_share_its_timeout(client, slow_elasticsearch, caplog):
    """Each request would answer within the 2 s timeout, but together they would take 3 s (6 s
    for a member): the second waits only for what is left of the search's 2 s, then the
    database answers."""
    response = client.get("/recherche/", {"q": "pluie"})
    assert response.status_code == 200
    assert NOTICE in response.content.decode()  # with 2 s per request, both would have answered
    assert "Récupération des eaux pluviales" in response.content.decode()
    assert slow_elasticsearch.requests == 2
    assert "answering from the database" in caplog.text


def test_a_search_within_its_time_is_not_cut_short(client, slow_elasticsearch, settings):
    """With time enough for its requests, the search is Elasticsearch's (no notice)."""
    settings.SEARCH_TIMEOUT = 4
    response = client.get("/recherche/", {"q": "pluie"})
    assert NOTICE not in response.content.decode()
    assert slow_elasticsearch.requests == 2


def test_the_timeouts_are_for_reading_only(silent_elasticsearch):
    assert get_search_backend().timeout == 5  # indexing keeps the configured TIMEOUT
    assert reading_backend().timeout == 2
    assert reading_backend(autocomplete=True).timeout == 1


def test_after_repeated_failures_searches_skip_elasticsearch_for_a_while(
    client, silent_elasticsearch, settings, caplog
):
    settings.SEARCH_TIMEOUT = settings.SEARCH_AUTOCOMPLETE_TIMEOUT = 1
    settings.SEARCH_BREAKER_FAILURES = 2
    settings.SEARCH_BREAKER_COOLDOWN = 3
    for tried in (1, 2):
        response = client.get("/recherche/", {"q": "pluie"})
        assert NOTICE in response.content.decode()
        assert silent_elasticsearch.wait_for(tried) == tried
    assert "failed 2 times in a row" in caplog.text

    # Open: answered from the database at once, Elasticsearch not even tried.
    for _attempt in range(3):
        response = client.get("/recherche/", {"q": "pluie"})
        assert NOTICE in response.content.decode()
    assert client.get("/recherche/suggestions/", {"q": "Récup"}).json()["degraded"] is True
    time.sleep(0.1)
    assert silent_elasticsearch.accepted == 2

    # Once the cooldown has passed, Elasticsearch is tried again; still failing, the breaker
    # opens again at once.
    time.sleep(3)
    client.get("/recherche/", {"q": "pluie"})
    assert silent_elasticsearch.wait_for(3) == 3
    client.get("/recherche/", {"q": "pluie"})
    time.sleep(0.1)
    assert silent_elasticsearch.accepted == 3


def test_the_breaker_works_when_redis_is_down_too(client, silent_elasticsearch, settings):
    cache = environ.Env.cache_url_config("redis://127.0.0.1:1/0")
    cache["OPTIONS"] = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    settings.CACHES = {**settings.CACHES, "default": cache}
    settings.SEARCH_TIMEOUT = 0.3
    settings.SEARCH_BREAKER_FAILURES = 2
    for _attempt in range(4):
        assert NOTICE in client.get("/recherche/", {"q": "pluie"}).content.decode()
    time.sleep(0.1)
    assert silent_elasticsearch.accepted == 2


def test_the_breaker_state_is_shared_between_processes(settings):
    """A second CircuitBreaker of the same name stands for another gunicorn worker: it shares
    only Django's cache with the first."""
    settings.SEARCH_BREAKER_FAILURES = 3
    worker_a, worker_b = CircuitBreaker("shared-test"), CircuitBreaker("shared-test")
    assert worker_a.allows() and not worker_a.failed()
    assert worker_b.allows() and not worker_b.failed()
    assert worker_a.allows() and worker_a.failed()  # the third failure in a row, across workers
    assert not worker_b.allows()

    # A success in any worker ends the streak.
    third = CircuitBreaker("another-test")
    assert not third.failed() and not third.failed()
    fourth = CircuitBreaker("another-test")
    assert fourth.allows()
    fourth.succeeded()
    assert not third.failed()


@pytest.mark.elasticsearch
def test_a_working_elasticsearch_ends_the_streak(client, elasticsearch, content, settings):
    """Through the real Elasticsearch client against osmem-server: failures short of the
    threshold are forgotten after one search that succeeds."""
    settings.SEARCH_BREAKER_FAILURES = 2
    elasticsearch.rebuild()
    breaker.failed()
    response = client.get("/recherche/", {"q": "pluviales"})
    assert NOTICE not in response.content.decode()
    assert "Récupération des eaux pluviales" in response.content.decode()
    assert not breaker.failed()  # one failure again, not the second in a row


@pytest.mark.elasticsearch
def test_an_unreachable_elasticsearch_opens_the_breaker_too(client, content, settings, caplog):
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": osmem_backend_settings("http://127.0.0.1:9", "closed_"),
        "database": settings.DATABASE_SEARCH_BACKEND,
    }
    settings.SEARCH_BREAKER_FAILURES = 2
    with caplog.at_level(logging.INFO, logger="search"):
        for _attempt in range(3):
            assert NOTICE in client.get("/recherche/", {"q": "pluie"}).content.decode()
    failures = [r for r in caplog.records if "answering from the database" in r.getMessage()]
    assert len(failures) == 2  # the third search did not try
