"""RSS and Atom feeds of experience sheets and events, the site-wide alternate links, and the
sitemap: well-formed XML, live public pages only, in the URL's language, nothing reserved."""

import datetime
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from lxml import etree
from wagtail.models import PageViewRestriction

from sheets.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
)
from tests.sheets.event_helpers import RESERVED_PHRASE, reserved_event

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
FEEDS = [
    "/flux/fiches-experiences.rss",
    "/flux/fiches-experiences.atom",
    "/flux/rencontres.rss",
    "/flux/rencontres.atom",
]


@pytest.fixture
def agenda(home_page):
    return EventIndexPageFactory(parent=home_page)


@pytest.fixture
def sheets_index(home_page):
    return ExperienceIndexPageFactory(parent=home_page)


def xml(response):
    assert response.status_code == 200
    return etree.fromstring(response.content)


def rss_titles(root):
    return [item.findtext("title") for item in root.iter("item")]


def atom_titles(root):
    return [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_sheet_feeds_list_live_public_sheets(anonymous_client, sheets_index):
    theme = ThemeFactory(name="Énergie", slug="energie")
    ExperienceSheetPageFactory(parent=sheets_index, title="Chaufferie bois", themes=[theme])
    ExperienceSheetPageFactory(parent=sheets_index, title="Fiche brouillon", live=False)
    private = ExperienceSheetPageFactory(parent=sheets_index, title="Fiche privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    rss = xml(anonymous_client.get("/flux/fiches-experiences.rss"))
    assert rss.tag == "rss"
    assert rss_titles(rss) == ["Chaufferie bois"]
    channel = rss.find("channel")
    assert channel.findtext("language") == "fr"
    assert channel.findtext("link").endswith(sheets_index.url)
    (item,) = rss.iter("item")
    assert item.findtext("link").startswith("http://testserver/")
    assert item.findtext("category") == "Énergie"

    atom = xml(anonymous_client.get("/flux/fiches-experiences.atom"))
    assert atom.tag == f"{ATOM}feed"
    assert atom_titles(atom) == ["Chaufferie bois"]


def test_sheet_feeds_never_show_the_contact(anonymous_client, sheets_index):
    ExperienceSheetPageFactory(parent=sheets_index, contact_email="maire@bais.example.fr")
    for url in FEEDS[:2]:
        body = anonymous_client.get(url).content.decode()
        assert "maire@bais.example.fr" not in body
        assert "Claire Dupont" not in body  # the factory's contact name


def test_event_feeds(anonymous_client, agenda):
    EventPageFactory(parent=agenda, title="Visite de la chaufferie", venue="Chaufferie de Bais")
    EventPageFactory(parent=agenda, title="Brouillon", live=False)
    rss = xml(anonymous_client.get("/flux/rencontres.rss"))
    assert rss_titles(rss) == ["Visite de la chaufferie"]
    description = next(rss.iter("item")).findtext("description")
    assert "Chaufferie de Bais" in description
    atom = xml(anonymous_client.get("/flux/rencontres.atom"))
    assert atom_titles(atom) == ["Visite de la chaufferie"]


def test_feeds_never_carry_members_only_text(anonymous_client, admin_client, agenda):
    reserved_event(agenda)
    for client in (anonymous_client, admin_client):
        for url in FEEDS:
            body = client.get(url).content.decode()
            assert RESERVED_PHRASE not in body
            assert "Diaporama réservé" not in body


def test_feeds_follow_the_language(anonymous_client, agenda, english_home_page):
    EventPageFactory(parent=agenda, title="Rencontre en français")
    french = xml(anonymous_client.get("/flux/rencontres.rss"))
    assert rss_titles(french) == ["Rencontre en français"]
    english = xml(anonymous_client.get("/en/flux/rencontres.rss"))
    assert english.find("channel").findtext("language") == "en"
    assert rss_titles(english) == []  # no English translation of the event yet


def test_empty_feeds_are_valid(anonymous_client, home_page):
    for url in FEEDS:
        root = xml(anonymous_client.get(url))
        assert root.tag in ("rss", f"{ATOM}feed")


@pytest.mark.parametrize("count", [3, 30])
def test_feed_query_budget(
    anonymous_client, agenda, sheets_index, django_assert_max_num_queries, count
):
    theme = ThemeFactory(name="Eau", slug="eau")
    for _ in range(count):
        EventPageFactory(parent=agenda, themes=[theme])
        ExperienceSheetPageFactory(parent=sheets_index, themes=[theme])
    for url in FEEDS:
        anonymous_client.get(url)
        with django_assert_max_num_queries(8):
            assert anonymous_client.get(url).status_code == 200


def test_base_template_advertises_the_feeds(anonymous_client, home_page):
    html = anonymous_client.get("/").content.decode()
    for url in FEEDS:
        assert f'href="{url}"' in html
    assert 'type="application/rss+xml"' in html and 'type="application/atom+xml"' in html


def test_sitemap_lists_public_pages_only(anonymous_client, agenda, sheets_index):
    event = reserved_event(agenda)
    sheet = ExperienceSheetPageFactory(parent=sheets_index, title="Fiche publique")
    draft = EventPageFactory(parent=agenda, title="Brouillon", slug="brouillon", live=False)
    private = EventPageFactory(parent=agenda, slug="rencontre-privee")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    upcoming = EventPageFactory(
        parent=agenda, slug="a-venir", start=timezone.now() + datetime.timedelta(days=3)
    )
    response = anonymous_client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    root = etree.fromstring(response.content)
    locations = {
        urlsplit(loc.text).path
        for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    }
    assert {event.url, upcoming.url, sheet.url, agenda.url, agenda.url + "passes/"} <= locations
    assert not any(draft.slug in loc or private.slug in loc for loc in locations)
    assert not any("/adherents/" in loc for loc in locations)
    assert RESERVED_PHRASE not in body
