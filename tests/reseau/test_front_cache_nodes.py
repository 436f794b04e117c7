"""Several front cache nodes (docs/scaling.md): FRONTEND_CACHE_PURGE_URL lists their purge
addresses, and a purge reaches each of them."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from wagtail.contrib.frontend_cache.utils import purge_url_from_cache

from reseau.settings.base import front_caches


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 (the method's name is the HTTP verb)
        self.server.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        """Quiet: the test reads what was received."""


@pytest.fixture
def nodes():
    """Two loopback HTTP servers standing for two front cache nodes' purge locations."""
    servers = []
    for _node in range(2):
        server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
        server.received = []
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    yield servers
    for server in servers:
        server.shutdown()
        server.server_close()


def test_no_address_purges_nothing():
    assert front_caches([]) == {}


def test_one_address_keeps_the_single_backend():
    assert front_caches(["http://127.0.0.1:8080"]) == {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:8080",
        }
    }


def test_every_node_listed_is_purged(nodes, settings):
    addresses = [f"http://127.0.0.1:{server.server_port}" for server in nodes]
    settings.WAGTAILFRONTENDCACHE = front_caches(addresses)
    purge_url_from_cache("http://localhost/fiches/chaufferie/")
    for server in nodes:
        assert server.received == [("localhost", "/fiches/chaufferie/")]
