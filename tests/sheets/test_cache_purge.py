"""What the front cache is told to forget when an editor changes a sheet, an event, a theme or
a commune (sheets/cache_purge.py, home/cache_purge.py, and Wagtail's own purge of the page)."""

import re

import pytest
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import PageViewRestriction

from core.translation import translate
from sheets.factories import (
    CommuneFactory,
    CommuneIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    MapPageFactory,
    TechnicalIndexPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from sheets.models import ExperienceRelatedSheet

PURGED = []
OTHER_PLUGINS = re.compile(r"/(impression|donnees)/")
ROOT = "http://localhost"


class RecordingBackend(BaseBackend):
    """A front cache that writes down what it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    """The set of URLs purged by what the test does inside `with purged() as urls:`."""
    settings.WAGTAILFRONTENDCACHE = {
        "recorder": {"BACKEND": "tests.sheets.test_cache_purge.RecordingBackend"}
    }

    class Recorder:
        def __init__(self, ignore=OTHER_PLUGINS):
            self.urls = set()
            self.ignore = ignore
            self.capture = None

        def __enter__(self):
            PURGED.clear()
            self.capture = django_capture_on_commit_callbacks(execute=True)
            self.capture.__enter__()
            return self.urls

        def __exit__(self, *exc):
            self.capture.__exit__(*exc)
            # The printing plugin's PDFs and the open data's files are purged too; their own
            # tests check them (tests/printing/test_purge.py, tests/opendata/: ignore=None).
            self.urls.update(url for url in PURGED if not (self.ignore and self.ignore.search(url)))
            PURGED.clear()

    return Recorder


@pytest.fixture
def network(home_page):
    """A site with every listing, two themes and a commune."""
    eau = ThemeFactory(name="Eau", slug="eau")
    energie = ThemeFactory(name="Énergie", slug="energie")
    laval = CommuneFactory(name="Laval", slug="laval", insee_code="53130")
    indexes = {
        "experiences": ExperienceIndexPageFactory(parent=home_page, slug="fiches"),
        "technical": TechnicalIndexPageFactory(parent=home_page, slug="techniques"),
        "events": EventIndexPageFactory(parent=home_page, slug="agenda"),
        "themes": ThemeIndexPageFactory(parent=home_page, slug="themes"),
        "communes": CommuneIndexPageFactory(parent=home_page, slug="communes"),
        "map": MapPageFactory(parent=home_page, slug="carte"),
    }
    return {"eau": eau, "energie": energie, "laval": laval, **indexes}


def url(path):
    return ROOT + path


SHOWING_A_SHEET = {
    url("/"),
    url("/fiches/"),
    url("/themes/"),
    url("/themes/eau/"),
    url("/themes/energie/"),
    url("/communes/"),
    url("/communes/laval/"),
    url("/carte/"),
    url("/flux/fiches-experiences.rss"),
    url("/flux/fiches-experiences.atom"),
}


def _sheet(network, **kwargs):
    return ExperienceSheetPageFactory(
        parent=network["experiences"],
        slug="chaufferie",
        commune=network["laval"],
        themes=[network["eau"]],
        **kwargs,
    )


def test_publishing_a_sheet_purges_it_and_every_page_that_shows_it(network, purged):
    sheet = _sheet(network)
    with purged() as urls:
        sheet.title = "Chaufferie bois de Laval"
        sheet.save_revision().publish()
    assert urls == SHOWING_A_SHEET | {url("/fiches/chaufferie/")}


def test_publishing_a_sheet_purges_the_sheets_that_show_its_card(network, purged):
    sheet = _sheet(network)
    showing = ExperienceSheetPageFactory(
        parent=network["experiences"], slug="reseau-de-chaleur", commune=network["laval"]
    )
    showing.related_sheets = [ExperienceRelatedSheet(related=sheet)]
    showing.save_revision().publish()
    with purged() as urls:
        sheet.save_revision().publish()
    assert url("/fiches/reseau-de-chaleur/") in urls


def test_unpublishing_a_sheet_purges_the_same_pages(network, purged):
    sheet = _sheet(network)
    with purged() as urls:
        sheet.unpublish()
    assert urls == SHOWING_A_SHEET | {url("/fiches/chaufferie/")}


def test_deleting_a_sheet_purges_the_same_pages(network, purged):
    sheet = _sheet(network)
    with purged() as urls:
        sheet.delete()
    assert urls == SHOWING_A_SHEET | {url("/fiches/chaufferie/")}


def test_deleting_a_draft_purges_nothing(network, purged):
    draft = _sheet(network)
    draft.unpublish()
    with purged() as urls:
        draft.delete()
    assert urls == set()


def test_moving_a_sheet_purges_its_old_and_new_addresses(network, purged, home_page):
    sheet = _sheet(network)
    other = ExperienceIndexPageFactory(parent=home_page, slug="autres-fiches")
    with purged() as urls:
        sheet.move(other, pos="last-child")
    assert urls == SHOWING_A_SHEET | {
        url("/fiches/chaufferie/"),
        url("/autres-fiches/chaufferie/"),
        url("/autres-fiches/"),
        # Wagtail's own: the redirect it creates from the old address (wagtail.contrib.redirects).
        url("/fiches/chaufferie"),
    }


def test_publishing_an_event_purges_its_calendar_file_agenda_and_feeds(network, purged):
    event = EventPageFactory(
        parent=network["events"],
        slug="visite",
        host_commune=network["laval"],
        themes=[network["energie"]],
    )
    with purged() as urls:
        event.save_revision().publish()
    assert urls == {
        url("/agenda/visite/"),
        url("/agenda/visite/ics/"),
        url("/agenda/"),
        url("/agenda/passes/"),
        url("/themes/"),
        url("/themes/eau/"),
        url("/themes/energie/"),
        url("/communes/"),
        url("/communes/laval/"),
        url("/"),
        url("/flux/rencontres.rss"),
        url("/flux/rencontres.atom"),
        url("/flux/rencontres.ics"),
    }


def test_editing_a_theme_purges_the_pages_that_show_its_name(network, purged):
    sheet = _sheet(network)
    untagged = ExperienceSheetPageFactory(parent=network["experiences"], slug="sans-theme")
    with purged() as urls:
        network["eau"].name = "Eau et assainissement"
        network["eau"].save()
    assert url("/fiches/chaufferie/") in urls
    assert url(untagged.url) not in urls
    assert urls == {
        url("/"),
        url("/fiches/"),
        url("/fiches/chaufferie/"),
        url("/techniques/"),
        url("/agenda/"),
        url("/agenda/passes/"),
        url("/themes/"),
        url("/themes/eau/"),
        url("/themes/energie/"),
        url("/communes/"),
        url("/carte/"),
        url("/flux/fiches-experiences.rss"),
        url("/flux/fiches-experiences.atom"),
    }
    assert sheet.live


def test_editing_a_commune_purges_its_page_and_what_it_hosts(network, purged):
    _sheet(network)
    with purged() as urls:
        network["laval"].name = "Laval (53)"
        network["laval"].save()
    assert urls == {
        url("/fiches/chaufferie/"),
        url("/communes/"),
        url("/communes/laval/"),
        url("/carte/"),
    }


def test_english_pages_are_purged_under_their_own_prefix(purged, english_home_page):
    index = ExperienceIndexPageFactory(parent=english_home_page, slug="sheets")
    sheet = ExperienceSheetPageFactory(parent=index, slug="wood-boiler")
    with purged() as urls:
        sheet.save_revision().publish()
    assert urls == {
        url("/en/"),
        url("/en/sheets/"),
        url("/en/sheets/wood-boiler/"),
        url("/en/flux/fiches-experiences.rss"),
        url("/en/flux/fiches-experiences.atom"),
    }


def test_a_french_sheet_purges_the_english_lists_that_show_it_untranslated(
    network, purged, english_home_page, locales
):
    english_sheets = translate(network["experiences"], locales["en"], {"title": "Sheets"})
    sheet = _sheet(network)
    with purged() as urls:
        sheet.save_revision().publish()
    assert url("/en/") in urls and english_sheets.full_url in urls
    # Its feeds stay French: the English feeds list English pages only.
    assert url("/en/flux/fiches-experiences.rss") not in urls


def test_without_a_front_cache_nothing_is_sent(
    network, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {}
    sheet = _sheet(network)
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sheet.save_revision().publish()
    assert PURGED == []


def test_a_view_restriction_added_changed_or_removed_purges_the_page_and_its_listings(
    network, purged
):
    """A sheet cached while public must not stay in the front cache once restricted (nor its
    card on the listings), and the other way round."""
    sheet = _sheet(network)
    with purged() as urls:
        restriction = PageViewRestriction.objects.create(
            page=sheet, restriction_type=PageViewRestriction.LOGIN
        )
    assert urls == SHOWING_A_SHEET | {url("/fiches/chaufferie/")}
    with purged() as urls:
        restriction.restriction_type = PageViewRestriction.PASSWORD
        restriction.password = "secret"
        restriction.save()
    assert urls == SHOWING_A_SHEET | {url("/fiches/chaufferie/")}
    with purged() as urls:
        restriction.delete()
    assert urls == SHOWING_A_SHEET | {url("/fiches/chaufferie/")}


def test_a_view_restriction_on_an_index_purges_every_page_under_it(network, purged):
    _sheet(network)
    with purged() as urls:
        PageViewRestriction.objects.create(
            page=network["experiences"], restriction_type=PageViewRestriction.LOGIN
        )
    assert urls == SHOWING_A_SHEET | {url("/fiches/chaufferie/")}
