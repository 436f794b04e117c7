"""Redis is an accelerator, never a dependency: with CACHE_URL pointing at a Redis nobody
answers (a closed port), every page still answers 200, signing in included."""

import logging

import pytest
from django.test import Client

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
    import environ

    from reseau.settings.base import session_engine

    cache = environ.Env.cache_url_config(UNREACHABLE_REDIS)
    cache["OPTIONS"] = {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5}
    settings.CACHES = {**settings.CACHES, "default": cache}
    settings.SESSION_ENGINE = session_engine(settings.CACHES)
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.cached_db"
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert settings.DJANGO_REDIS_IGNORE_EXCEPTIONS


@pytest.fixture
def content(home_page):
    theme = ThemeFactory(name="Eau", slug="eau")
    ThemeIndexPageFactory(parent=home_page, slug="themes")
    index = ExperienceIndexPageFactory(parent=home_page, slug="fiches")
    sheet = ExperienceSheetPageFactory(
        parent=index, slug="chaufferie", commune=CommuneFactory(), themes=[theme]
    )
    return {"sheet": sheet}


def test_every_page_answers_200_when_redis_is_unreachable(redis_down, content, caplog):
    client = Client()
    with caplog.at_level(logging.WARNING, logger="django_redis"):
        for url in (
            "/",
            "/themes/eau/",
            "/fiches/",
            content["sheet"].url,
            "/recherche/?q=chaufferie",
            "/adherents/connexion/",
        ):
            assert client.get(url).status_code == 200, url
    assert caplog.records, "each failure is logged, not hidden"

    # Signing in (django-axes counts attempts, the session is written) and a member page.
    MemberFactory(
        organisation=MemberOrganisationFactory(name="Commune de Bais"), email="membre@exemple.fr"
    )
    response = client.post(
        "/adherents/connexion/",
        {"username": "membre@exemple.fr", "password": "motdepasse-demo"},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    for url in ("/adherents/", "/", content["sheet"].url):
        assert client.get(url).status_code == 200, url
