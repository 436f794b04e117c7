"""Shared fixtures: the page tree's top, locales, and a client for each kind of user."""

import pytest
from django.test import Client

from home.setup import ensure_home_page, ensure_home_translations, ensure_locales
from tests.factories import UserFactory


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty Django cache: what a previous test cached (the network
    settings, Wagtail's site root paths) refers to rows its rolled-back database no longer has."""
    from django.core.cache import caches

    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture
def locales(db):
    return ensure_locales()


@pytest.fixture
def home_page(locales):
    """The French home page, root of the default Site."""
    return ensure_home_page()


@pytest.fixture
def english_home_page(home_page):
    return ensure_home_translations(home_page)["en"]


@pytest.fixture
def site(home_page):
    return home_page.get_site()


@pytest.fixture
def admin_user(db):
    return UserFactory(
        email="admin@exemple.fr", is_staff=True, is_superuser=True, first_name="Admin"
    )


@pytest.fixture
def non_member_user(db):
    """Signed in, but belongs to no member organisation."""
    return UserFactory(email="visiteur@exemple.fr")


@pytest.fixture
def anonymous_client(site):
    return Client()


@pytest.fixture
def admin_client(site, admin_user):
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def non_member_client(site, non_member_user):
    client = Client()
    client.force_login(non_member_user)
    return client
