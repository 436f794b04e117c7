"""The anonymous page cache (reseau/cache.py): who gets cached pages, who never does, and the
purges that follow an editor's changes."""

import itertools

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from reseau.cache import HIT_HEADER, purge_all, remember, reset_local
from reseau.models import NetworkSettings
from sheets.factories import CommuneFactory, ThemeFactory


@pytest.fixture
def page_cache(settings, site):
    settings.PAGE_CACHE_ENABLED = True
    settings.SHARED_VALUE_CACHE_ENABLED = True
    # The footer's settings row is created on first use, which (rightly) purges the cache.
    NetworkSettings.for_site(site)
    cache.clear()
    reset_local()
    yield
    cache.clear()
    reset_local()


def _get(client, url="/", **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def _publish_new_title(page, title):
    page.title = title
    page.save_revision().publish()


def test_anonymous_second_request_is_served_from_the_cache(page_cache, anonymous_client):
    first, first_queries = _get(anonymous_client)
    second, second_queries = _get(anonymous_client)

    assert first.status_code == second.status_code == 200
    assert first[HIT_HEADER] == "MISS"
    assert second[HIT_HEADER] == "HIT"
    assert second.content == first.content
    assert first_queries > 0
    assert second_queries == 0
    assert "public" in second["Cache-Control"]
    assert "s-maxage=60" in second["Cache-Control"]
    assert second["Content-Type"].startswith("text/html")


def test_cache_key_includes_query_string_and_language(
    page_cache, anonymous_client, english_home_page
):
    _get(anonymous_client, "/")
    assert _get(anonymous_client, "/?page=2")[0][HIT_HEADER] == "MISS"
    english, _ = _get(anonymous_client, "/en/")
    assert english.status_code == 200
    assert english[HIT_HEADER] == "MISS"
    assert _get(anonymous_client, "/en/")[0][HIT_HEADER] == "HIT"
    assert _get(anonymous_client, "/")[0][HIT_HEADER] == "HIT"


def test_head_request_is_answered_from_the_cache(page_cache, anonymous_client):
    _get(anonymous_client)
    response = anonymous_client.head("/")
    assert response.status_code == 200
    assert response[HIT_HEADER] == "HIT"


def test_signed_in_user_neither_gets_nor_fills_the_cache(
    page_cache, anonymous_client, non_member_client, admin_client
):
    # A signed-in visit first: it must not fill the cache…
    response, _ = _get(non_member_client)
    assert response.status_code == 200
    assert HIT_HEADER not in response
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]
    assert _get(anonymous_client)[0][HIT_HEADER] == "MISS"

    # …and once the anonymous page is cached, signed-in people still never get it.
    assert _get(anonymous_client)[0][HIT_HEADER] == "HIT"
    for client in (non_member_client, admin_client):
        response, queries = _get(client)
        assert response.status_code == 200
        assert HIT_HEADER not in response
        assert queries > 0
        assert "public" not in response["Cache-Control"]


def test_members_pages_are_private_and_never_cached(
    page_cache, anonymous_client, non_member_client
):
    for client in (anonymous_client, non_member_client):
        for url in ("/adherents/", "/adherents/connexion/", "/recherche/?q=eau"):
            for _attempt in range(2):
                response = client.get(url)
                assert HIT_HEADER not in response, url
                assert "private" in response["Cache-Control"], url
                assert "no-store" in response["Cache-Control"], url
                assert "public" not in response["Cache-Control"], url


def test_page_with_csrf_token_is_not_cached(page_cache, settings):
    """The sign-in form carries a CSRF token and sets its cookie: never stored, even if it
    were not under the member area."""
    settings.PAGE_CACHE_EXCLUDED_PATHS = [r"^/admin/"]
    for _attempt in range(2):
        response = Client().get("/adherents/connexion/")
        assert response.status_code == 200
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert response.cookies
        assert HIT_HEADER not in response


def test_messages_cookie_skips_the_cache(page_cache, anonymous_client):
    _get(anonymous_client)
    anonymous_client.cookies["messages"] = "pending"
    response, queries = _get(anonymous_client)
    assert HIT_HEADER not in response
    assert queries > 0


def test_publishing_a_page_purges_the_cache(page_cache, anonymous_client, home_page):
    _get(anonymous_client)
    assert _get(anonymous_client)[0][HIT_HEADER] == "HIT"

    _publish_new_title(home_page, "Un titre tout neuf pour le réseau")

    response, _ = _get(anonymous_client)
    assert response[HIT_HEADER] == "MISS"
    assert "Un titre tout neuf pour le réseau" in response.content.decode()


def test_purge_waits_for_commit_too(
    page_cache, anonymous_client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        _publish_new_title(home_page, "Encore un titre")
    assert callbacks, "the purge is repeated once the editor's transaction commits"


def test_unpublishing_and_deleting_a_page_purge_the_cache(page_cache, anonymous_client, home_page):
    from sheets.factories import ExperienceIndexPageFactory

    index = ExperienceIndexPageFactory(parent=home_page, title="Fiches", slug="fiches")
    for action in (index.unpublish, index.delete):
        _get(anonymous_client)
        assert _get(anonymous_client)[0][HIT_HEADER] == "HIT"
        action()
        assert _get(anonymous_client)[0][HIT_HEADER] == "MISS"


def test_moving_a_page_purges_the_cache(page_cache, anonymous_client, home_page):
    from sheets.factories import ExperienceIndexPageFactory, TechnicalIndexPageFactory

    index = ExperienceIndexPageFactory(parent=home_page, title="Fiches", slug="fiches")
    other = TechnicalIndexPageFactory(parent=home_page, title="Techniques", slug="techniques")
    _get(anonymous_client)
    assert _get(anonymous_client)[0][HIT_HEADER] == "HIT"
    other.move(index, pos="last-child")
    assert _get(anonymous_client)[0][HIT_HEADER] == "MISS"


@pytest.mark.parametrize("factory", [ThemeFactory, CommuneFactory])
def test_changing_a_theme_or_a_commune_purges_the_cache(page_cache, anonymous_client, factory):
    item = factory()
    _get(anonymous_client)
    assert _get(anonymous_client)[0][HIT_HEADER] == "HIT"

    item.name = "Nouveau nom"
    item.save()
    assert _get(anonymous_client)[0][HIT_HEADER] == "MISS"
    assert _get(anonymous_client)[0][HIT_HEADER] == "HIT"

    item.delete()
    assert _get(anonymous_client)[0][HIT_HEADER] == "MISS"


def test_not_found_pages_are_not_cached(page_cache, anonymous_client):
    for _attempt in range(2):
        response = anonymous_client.get("/cette-page-nexiste-pas/")
        assert response.status_code == 404
        assert HIT_HEADER not in response


def test_disabled_cache_serves_nothing_from_it(settings, anonymous_client):
    settings.PAGE_CACHE_ENABLED = False
    for _attempt in range(2):
        response, queries = _get(anonymous_client)
        assert HIT_HEADER not in response
        assert queries > 0


def test_purge_all_invalidates_every_page(page_cache, anonymous_client):
    _get(anonymous_client)
    purge_all()
    assert _get(anonymous_client)[0][HIT_HEADER] == "MISS"


@pytest.fixture
def shared_values(settings, site):
    """remember() on, the page cache off: the benchmark's "uncached" pages, and every page
    that misses the page cache in production."""
    settings.PAGE_CACHE_ENABLED = False
    settings.SHARED_VALUE_CACHE_ENABLED = True
    cache.clear()
    reset_local()
    yield
    cache.clear()
    reset_local()


def _counter():
    """A compute() that answers 1, 2, 3...: how many times remember() called it."""
    return itertools.count(1).__next__


def test_remember_keeps_a_value_until_the_next_editorial_change(page_cache):
    compute = _counter()
    assert remember("figures:fr", compute) == 1
    assert remember("figures:fr", compute) == 1
    assert remember("figures:en", compute) == 2
    ThemeFactory()  # an editorial change: a new generation
    assert remember("figures:fr", compute) == 3


def test_remember_works_with_the_page_cache_off(shared_values):
    """Shared values are still remembered, and an editorial change still renews them."""
    compute = _counter()
    assert remember("counts", compute) == 1
    assert remember("counts", compute) == 1
    CommuneFactory()
    assert remember("counts", compute) == 2


def test_home_figures_are_remembered_until_a_sheet_is_published(
    shared_values, home_page, anonymous_client
):
    from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory

    index = ExperienceIndexPageFactory(parent=home_page)
    ExperienceSheetPageFactory(parent=index)
    first, queries = _get(anonymous_client)
    assert first.context["figures"]["sheet_count"] == 1
    again, fewer = _get(anonymous_client)
    assert again.context["figures"]["sheet_count"] == 1
    assert fewer < queries
    ExperienceSheetPageFactory(parent=index).save_revision().publish()
    assert _get(anonymous_client)[0].context["figures"]["sheet_count"] == 2


def test_remember_computes_every_time_when_the_cache_is_off(settings):
    settings.SHARED_VALUE_CACHE_ENABLED = False
    values = iter(range(10))
    assert remember("x", lambda: next(values)) == 0
    assert remember("x", lambda: next(values)) == 1


def test_other_processes_see_a_purge_within_the_local_delay(page_cache, anonymous_client, settings):
    """Another process's purge (a new generation written to the shared cache) reaches this
    process's in-memory copies once PAGE_CACHE_LOCAL_SECONDS have passed."""
    settings.PAGE_CACHE_LOCAL_SECONDS = 0
    _get(anonymous_client)
    assert _get(anonymous_client)[0][HIT_HEADER] == "HIT"
    cache.set("pagecache:generation", "set-by-another-process", timeout=None)
    assert _get(anonymous_client)[0][HIT_HEADER] == "MISS"


def test_in_memory_copy_expires_with_the_page_cache_timeout(page_cache, anonymous_client, settings):
    settings.PAGE_CACHE_TIMEOUT = 0  # expired as soon as stored, here and in the shared cache
    _get(anonymous_client)
    assert _get(anonymous_client)[0][HIT_HEADER] == "MISS"


def test_footer_settings_and_texts_follow_an_edit_with_shared_values_on(
    shared_values, site, home_page, anonymous_client
):
    """The network settings and texts are read on each request (Wagtail's settings, kept for
    the request only): the next page shows the values just saved."""
    from reseau.models import NetworkTexts

    anonymous_client.get("/")
    settings_row = NetworkSettings.for_site(site)
    texts = NetworkTexts.for_language("fr")
    settings_row.phone = "02 43 00 11 22"
    settings_row.save()
    texts.network_name = "Réseau renommé pour le test"
    texts.save()
    html = anonymous_client.get("/").content.decode()
    assert "02 43 00 11 22" in html
    assert "Réseau renommé pour le test" in html
    assert NetworkSettings.for_site(site).phone == "02 43 00 11 22"
