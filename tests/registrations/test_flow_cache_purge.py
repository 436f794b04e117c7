"""The front cache forgets an event's page, in every language, and its registration page when
its places change: a registration, a cancellation, a place given to the waiting list
(registrations.cache_purge, called by registrations.places once the change commits)."""

import pytest
from django.utils import translation
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from core.translation import translate
from registrations import places
from tests.registrations.conftest import visitor
from tests.registrations.flow import register_url

pytestmark = pytest.mark.django_db
PURGED = []
ROOT = "http://localhost"


class RecordingBackend(BaseBackend):
    """A front cache that writes down what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def front_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "recorder": {"BACKEND": "tests.registrations.test_flow_cache_purge.RecordingBackend"}
    }
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@pytest.fixture
def english(event, locales, english_home_page):
    translate(event.get_parent(), locales["en"], {"title": "Meetings"})
    return translate(event, locales["en"], {"title": "Visit of the Bais wood boiler"})


def expected(event, english):
    with translation.override("en"):
        english_form = register_url(english)
    return {
        ROOT + event.url,
        ROOT + english.url,
        ROOT + register_url(event),
        ROOT + english_form,
    }


def test_registering_purges_the_event_in_every_language(
    event, english, front_cache, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        places.register(event, [visitor(1)])
    assert set(front_cache) == expected(event, english)


def test_nothing_is_sent_before_the_commit(event, front_cache, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        places.register(event, [visitor(1)])
        assert front_cache == []


def test_cancelling_and_promoting_purge(
    event, english, front_cache, django_capture_on_commit_callbacks
):
    first, *_others = places.register(event, [visitor(n) for n in (1, 2, 3, 4)])
    front_cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        places.cancel(first)
    assert set(front_cache) == expected(event, english)


def test_without_front_cache_nothing_is_computed(
    event, settings, django_assert_num_queries, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        places.register(event, [visitor(1)])
    assert PURGED == []
    assert len(callbacks) == 1  # the e-mail's task alone
