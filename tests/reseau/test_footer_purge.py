"""The footer of every page shows the network's settings, texts and legal pages: changing them
purges every live page from the front cache (reseau/cache_purge.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from core.translation import translate
from home.factories import LegalPageFactory
from reseau import cache_purge
from reseau.models import NetworkSettings, NetworkTexts
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory

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
        "recorder": {"BACKEND": "tests.reseau.test_footer_purge.RecordingBackend"}
    }
    PURGED.clear()
    yield PURGED
    PURGED.clear()


@pytest.fixture
def pages(home_page, english_home_page, locales):
    fiches = ExperienceIndexPageFactory(parent=home_page, slug="fiches")
    ExperienceSheetPageFactory(parent=fiches, slug="chaufferie")
    legal = LegalPageFactory(parent=home_page, slug="mentions-legales")
    draft = ExperienceSheetPageFactory(parent=fiches, slug="brouillon")
    draft.unpublish()
    translate(fiches, locales["en"], {"title": "Sheets"})
    return legal


EVERY_PAGE = {
    ROOT + "/",
    ROOT + "/fiches/",
    ROOT + "/fiches/chaufferie/",
    ROOT + "/mentions-legales/",
    ROOT + "/en/",
    ROOT + "/en/sheets/",
    ROOT + "/recherche/",
    ROOT + "/en/recherche/",
}


def _purged_by(capture, action):
    with capture(execute=True):
        action()
    return set(PURGED)


def test_saving_the_network_settings_purges_every_live_page(
    pages, site, front_cache, django_capture_on_commit_callbacks
):
    network = NetworkSettings.for_site(site)
    front_cache.clear()
    network.phone = "02 43 00 00 00"
    assert _purged_by(django_capture_on_commit_callbacks, network.save) == EVERY_PAGE


def test_saving_the_network_texts_purges_every_live_page(
    pages, front_cache, django_capture_on_commit_callbacks
):
    texts, _created = NetworkTexts.objects.get_or_create(locale=pages.locale)
    front_cache.clear()
    texts.association_name = "Synergies"
    assert _purged_by(django_capture_on_commit_callbacks, texts.save) == EVERY_PAGE


def test_publishing_or_unpublishing_a_legal_page_purges_every_live_page(
    pages, front_cache, django_capture_on_commit_callbacks
):
    pages.title = "Mentions légales et crédits"
    publish = pages.save_revision().publish
    assert _purged_by(django_capture_on_commit_callbacks, publish) == EVERY_PAGE
    front_cache.clear()
    purged = _purged_by(django_capture_on_commit_callbacks, pages.unpublish)
    assert purged == EVERY_PAGE  # the page itself is purged by Wagtail as it leaves


def test_without_a_front_cache_nothing_is_read_or_sent(pages, site, settings):
    settings.WAGTAILFRONTENDCACHE = {}
    PURGED.clear()
    network = NetworkSettings.for_site(site)
    with CaptureQueriesContext(connection) as queries:
        network.save()
    assert not [q for q in queries.captured_queries if "wagtailcore_page" in q["sql"]]
    assert PURGED == []


def test_the_batch_costs_the_same_queries_whatever_the_number_of_pages(pages, home_page):
    fiches = home_page.get_children().get(slug="fiches")

    def count():
        with CaptureQueriesContext(connection) as queries:
            cache_purge.PurgeBatch().add_pages(cache_purge.live_pages(home_page.get_site()))
        return len(queries.captured_queries)

    before = count()
    for number in range(5):
        ExperienceSheetPageFactory(parent=fiches, slug=f"fiche-{number}")
    assert count() == before
