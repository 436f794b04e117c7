"""The front cache as shipped (deploy/nginx/reseau.conf.template), run for real: Debian's nginx
with the cache-purge module, on loopback ports, in front of the site (pytest-django's
live_server). Skipped, with the reason, where nginx or the module is missing, unless
FRONT_CACHE_TESTS_REQUIRED=1 (.ci/run installs both and sets it): tests/front_cache_nginx.py."""

import gzip
import urllib.error
import urllib.request
from urllib.parse import urlsplit

import pytest
from django.db import connections
from django.test import Client

from home.setup import ensure_home_page, ensure_locales
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from tests import front_cache_nginx
from tests.front_cache_nginx import HOST

# The live server reads what the test writes: committed rows. The rows Wagtail's migrations made
# (root page, locale, site) come back after each test's flush.
pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    *front_cache_nginx.skip_marks(),
]


@pytest.fixture(scope="module", autouse=True)
def migrations_rows_back(django_db_setup, django_db_blocker):
    """Django's serialized rollback brings the migrations' rows back before each transactional
    test, not after the last one: the tests that run after this module in the same worker (module
    fixtures that build the demo) must find them too."""
    yield
    with django_db_blocker.unblock():
        for connection in connections.all(initialized_only=True):
            contents = getattr(connection, "_test_serialized_contents", None)
            if contents:
                connection.creation.deserialize_db_from_string(contents)


@pytest.fixture
def front_cache(live_server, tmp_path):
    """nginx on free loopback ports in front of the live server: `front_cache()` starts it and
    returns its base URLs and cache folder (PURGE allowed from `purge_from`)."""
    processes = []

    def start(purge_from="127.0.0.1"):
        folder = tmp_path / f"nginx{len(processes)}"
        upstream = urlsplit(live_server.url).netloc
        process, urls = front_cache_nginx.start(folder, [upstream], purge_from)
        processes.append(process)
        return urls

    yield start
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


def _get(base, path, cookie=None):
    request = urllib.request.Request(base + path, headers={"Host": HOST})
    if cookie:
        request.add_header("Cookie", cookie)
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        return response.headers.get("X-Cache-Status"), response.read().decode()


def _purge(base, path):
    request = urllib.request.Request(base + path, method="PURGE", headers={"Host": HOST})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.fixture
def pages():
    ensure_locales()
    home = ensure_home_page()
    index = ExperienceIndexPageFactory(parent=home, slug="fiches")
    sheet = ExperienceSheetPageFactory(parent=index, slug="chaufferie", title="Chaufferie bois")
    return {"home": home, "index": index, "sheet": sheet}


def test_anonymous_pages_are_served_from_the_cache(front_cache, pages):
    site = front_cache()["site"]
    assert _get(site, "/fiches/chaufferie/")[0] == "MISS"
    status, html = _get(site, "/fiches/chaufferie/")
    assert status == "HIT"
    assert "Chaufferie bois" in html


def test_a_signed_in_visitor_bypasses_the_cache(front_cache, pages, admin_user):
    site = front_cache()["site"]
    _get(site, "/fiches/")
    assert _get(site, "/fiches/")[0] == "HIT"
    client = Client()
    client.force_login(admin_user)
    session = f"sessionid={client.cookies['sessionid'].value}"
    assert _get(site, "/fiches/", cookie=session)[0] == "BYPASS"
    assert _get(site, "/fiches/", cookie="messages=pending")[0] == "BYPASS"
    assert _get(site, "/fiches/")[0] == "HIT"  # and their copy replaced nobody's


def test_junk_query_strings_create_no_entry(front_cache, pages):
    nginx = front_cache()
    site = nginx["site"]
    for path in ("/fiches/?utm_source=lettre", "/fiches/?x=1", "/fiches/?page=1&page=2"):
        assert _get(site, path)[0] == "BYPASS", path
        assert _get(site, path)[0] == "BYPASS", path
    # Known parameters are cached, in whatever order they come.
    assert _get(site, "/fiches/?theme=eau&page=1")[0] == "MISS"
    assert _get(site, "/fiches/?page=1&theme=eau")[0] == "HIT"
    assert _get(site, "/fiches/?page=1&theme=eau&status=")[0] == "HIT"
    cached = [path for path in nginx["cache_dir"].rglob("*") if path.is_file()]
    assert len(cached) == 1


def test_publishing_purges_the_page_through_wagtails_http_backend(front_cache, pages, settings):
    nginx = front_cache()
    site = nginx["site"]
    for path in ("/fiches/chaufferie/", "/fiches/"):
        _get(site, path)
        assert _get(site, path)[0] == "HIT"

    settings.WAGTAILFRONTENDCACHE = {
        "nginx": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": nginx["purge"],
        }
    }
    sheet = pages["sheet"]
    sheet.title = "Chaufferie bois rénovée"
    sheet.save_revision().publish()

    status, html = _get(site, "/fiches/chaufferie/")
    assert status == "MISS"
    assert "Chaufferie bois rénovée" in html
    assert _get(site, "/fiches/")[0] == "MISS"  # its listing was purged too


def test_purge_is_refused_from_other_addresses(front_cache, pages):
    """Only the addresses in PURGE_FROM may purge (loopback and the app servers)."""
    allowed = front_cache(purge_from="127.0.0.1")
    _get(allowed["site"], "/")
    assert _purge(allowed["purge"], "/") == 200
    assert _purge(allowed["purge"], "/") == 404  # nothing left to purge

    refused = front_cache(purge_from="192.0.2.10")
    _get(refused["site"], "/")
    assert _purge(refused["purge"], "/") == 403
    assert _get(refused["site"], "/")[0] == "HIT"


def _get_gzip(base, path, accept="gzip"):
    """(Content-Encoding, Vary, body as received) of a GET that accepts `accept`."""
    request = urllib.request.Request(base + path, headers={"Host": HOST})
    if accept:
        request.add_header("Accept-Encoding", accept)
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        return (
            response.headers.get("Content-Encoding"),
            response.headers.get("Vary"),
            response.read(),
        )


def test_static_files_are_sent_precompressed(front_cache, pages):
    """collectstatic's .gz beside each file (whitenoise's storage) is what nginx sends."""
    nginx = front_cache()
    css = nginx["static_dir"] / "css" / "site.css"
    css.parent.mkdir()
    css.write_text("body { color: #123f27; }\n" * 100)
    packed = gzip.compress(css.read_bytes())
    css.with_name("site.css.gz").write_bytes(packed)

    encoding, vary, body = _get_gzip(nginx["site"], "/static/css/site.css")
    assert encoding == "gzip" and "Accept-Encoding" in vary
    assert body == packed
    encoding, _vary, body = _get_gzip(nginx["site"], "/static/css/site.css", accept=None)
    assert encoding is None and body == css.read_bytes()


def test_pages_are_sent_compressed(front_cache, pages):
    site = front_cache()["site"]
    for _attempt in ("MISS", "HIT"):
        encoding, vary, body = _get_gzip(site, "/fiches/chaufferie/")
        assert encoding == "gzip" and "Accept-Encoding" in vary
        assert "Chaufferie bois" in gzip.decompress(body).decode()
    encoding, _vary, body = _get_gzip(site, "/fiches/chaufferie/", accept=None)
    assert encoding is None and "Chaufferie bois" in body.decode()
