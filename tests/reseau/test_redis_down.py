"""Redis is an accelerator, never a dependency: with CACHE_URL pointing at a Redis nobody
answers (a closed port), every page still answers 200, signing in included, sessions are kept in
the database, and the fault is logged as one warning per interval."""

import logging
import time

import environ
import pytest
from django.conf import settings as django_settings
from django.contrib.sessions.models import Session
from django.test import Client

from reseau.faults import OncePerInterval
from reseau.settings.base import session_engine
from sheets.factories import (
    CommuneFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from tests.factories import MemberFactory, MemberOrganisationFactory

UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_down(settings):
    """The production cache settings (reseau/settings/base.py) read with an unreachable Redis."""
    cache = environ.Env.cache_url_config(UNREACHABLE_REDIS)
    cache["OPTIONS"] = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    settings.CACHES = {**settings.CACHES, "default": cache}
    settings.SESSION_ENGINE = session_engine(settings.CACHES)
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert settings.DJANGO_REDIS_IGNORE_EXCEPTIONS


@pytest.fixture
def redis_log():
    """The logger django-redis reports to, with a fresh copy of its once-per-interval filter
    (the one LOGGING made keeps its state for the whole process)."""
    log = logging.getLogger(django_settings.DJANGO_REDIS_LOGGER)
    configured = list(log.filters)
    assert [type(f) for f in configured] == [OncePerInterval]
    fresh = OncePerInterval(configured[0].interval, configured[0].message)
    log.removeFilter(configured[0])
    log.addFilter(fresh)
    yield log
    log.removeFilter(fresh)
    log.addFilter(configured[0])


@pytest.fixture
def content(home_page):
    theme = ThemeFactory(name="Eau", slug="eau")
    ThemeIndexPageFactory(parent=home_page, slug="themes")
    index = ExperienceIndexPageFactory(parent=home_page, slug="fiches")
    sheet = ExperienceSheetPageFactory(
        parent=index, slug="chaufferie", commune=CommuneFactory(), themes=[theme]
    )
    return {"sheet": sheet}


def test_every_page_answers_200_when_redis_is_unreachable(redis_down, redis_log, content, caplog):
    client = Client()
    with caplog.at_level(logging.WARNING, logger=redis_log.name):
        for url in (
            "/",
            "/themes/eau/",
            "/fiches/",
            content["sheet"].url,
            "/recherche/?q=chaufferie",
            "/adherents/connexion/",
        ):
            assert client.get(url).status_code == 200, url
    # Logged, not hidden; once per interval (the fixtures' first cache call included), not once
    # per request or per cache call.
    records = [
        r
        for r in caplog.get_records("setup") + caplog.get_records("call")
        if r.name == redis_log.name
    ]
    assert len(records) == 1
    assert records[0].levelno == logging.WARNING and not records[0].exc_info
    assert "Redis unreachable" in records[0].getMessage()
    assert "Connection refused" in records[0].getMessage()

    # Signing in (django-axes counts attempts, the session is written) and a member page.
    MemberFactory(
        organisation=MemberOrganisationFactory(name="Commune de Bais"), email="membre@exemple.fr"
    )
    response = client.post(
        "/adherents/connexion/",
        {"username": "membre@exemple.fr", "password": "motdepasse-demo"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    # The session lives in the database (cached_db), which is all there is while Redis is down.
    assert Session.objects.filter(session_key=client.session.session_key).exists()
    for url in ("/adherents/", "/", content["sheet"].url):
        assert client.get(url).status_code == 200, url


def test_the_warning_says_how_many_failures_it_held_back():
    log = logging.getLogger("tests.redis_down")
    limiter = OncePerInterval(interval=0.2, message="Redis unreachable")
    log.addFilter(limiter)
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    log.addHandler(handler)
    try:
        for _attempt in range(5):
            try:
                raise ConnectionError("Connection refused")
            except ConnectionError:
                log.exception("Exception ignored")
        time.sleep(0.25)
        log.error("Exception ignored")
    finally:
        log.removeHandler(handler)
        log.removeFilter(limiter)
    assert [r.getMessage() for r in records] == [
        "Redis unreachable (Connection refused)",
        "Redis unreachable; 4 more in the last 0.2 s, not logged",
    ]
    assert all(r.levelname == "WARNING" and not r.exc_info for r in records)
