"""The .ics file of one event and the .ics feed of upcoming events: RFC 5545 that real parsers
read, stable UIDs, UTC times, escaping and folding, and nothing reserved to members."""

import datetime

import icalendar
import pytest
from django.utils import timezone

from sheets import ical
from sheets.factories import CommuneFactory, EventIndexPageFactory, EventPageFactory, ThemeFactory
from tests.sheets.event_helpers import RESERVED_PHRASE, reserved_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(home_page):
    return EventIndexPageFactory(parent=home_page)


def days(n):
    return timezone.now() + datetime.timedelta(days=n)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content
    for line in body.split(b"\r\n"):
        assert len(line) <= 75, line
    assert body.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in body.replace(b"\r\n", b"")  # every line ends with CRLF
    return icalendar.Calendar.from_ical(body)


def test_event_ics_fields(anonymous_client, agenda):
    bais = CommuneFactory(name="Bais", slug="bais", insee_code="53016")
    theme = ThemeFactory(name="Énergie", slug="energie")
    start = timezone.make_aware(datetime.datetime(2031, 3, 13, 14, 30))
    event = EventPageFactory(
        parent=agenda,
        title="Visite : chaufferie bois, réseau de chaleur; bilan",
        start=start,
        end=start + datetime.timedelta(hours=2),
        venue="Salle des fêtes",
        address="Rue du Stade, 53160 Bais",
        host_commune=bais,
        summary="Ligne un, avec virgule; point-virgule\\ et barre.\nLigne deux. " + "é" * 60,
        programme="<ul><li>14 h : accueil</li><li>15 h : visite</li></ul>",
        themes=[theme],
    )
    response = anonymous_client.get(event.url + "ics/")
    assert 'filename="' in response["Content-Disposition"]
    cal = parse(response)
    assert cal["VERSION"] == "2.0"
    assert cal["PRODID"] == ical.PRODID
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == f"{event.translation_key}@{ical.UID_DOMAIN}"
    assert vevent["SUMMARY"] == "Visite : chaufferie bois, réseau de chaleur; bilan"
    assert vevent.decoded("DTSTART") == start
    assert vevent.decoded("DTSTART").utcoffset() == datetime.timedelta(0)
    assert vevent.decoded("DTEND") == start + datetime.timedelta(hours=2)
    assert vevent["LOCATION"] == "Salle des fêtes, Rue du Stade, 53160 Bais, Bais"
    description = str(vevent["DESCRIPTION"])
    assert description.startswith("Ligne un, avec virgule; point-virgule\\ et barre.\nLigne deux.")
    assert "é" * 60 in description  # folded across lines without breaking a character
    assert "• 14 h : accueil" in description
    assert str(vevent["URL"]).endswith(event.url)
    assert str(vevent["URL"]).startswith("http://")
    assert "DTSTAMP" in vevent
    assert [str(c) for c in vevent["CATEGORIES"].cats] == ["Énergie"]


def test_uid_is_stable_across_edits(anonymous_client, agenda):
    event = EventPageFactory(parent=agenda)
    first = parse(anonymous_client.get(event.url + "ics/")).walk("VEVENT")[0]["UID"]
    event.title = "Nouveau titre"
    event.save_revision().publish()
    second = parse(anonymous_client.get(event.url + "ics/")).walk("VEVENT")[0]["UID"]
    assert first == second


def test_event_without_end(anonymous_client, agenda):
    event = EventPageFactory(parent=agenda, end=None)
    (vevent,) = parse(anonymous_client.get(event.url + "ics/")).walk("VEVENT")
    assert "DTEND" not in vevent


def test_ics_never_contains_the_members_only_report(anonymous_client, admin_client, agenda):
    event = reserved_event(agenda)
    for client in (anonymous_client, admin_client):
        body = client.get(event.url + "ics/").content.decode()
        assert RESERVED_PHRASE not in body
        assert "Diaporama" not in body


def test_ics_of_draft_event_is_404(anonymous_client, agenda):
    draft = EventPageFactory(parent=agenda, live=False)
    assert anonymous_client.get(f"{agenda.url}{draft.slug}/ics/").status_code == 404


def test_upcoming_feed_lists_only_upcoming_public_events(anonymous_client, agenda):
    soon = EventPageFactory(parent=agenda, title="Bientôt", start=days(2))
    later = EventPageFactory(parent=agenda, title="Plus tard", start=days(30))
    EventPageFactory(parent=agenda, title="Passée", start=days(-30))
    EventPageFactory(parent=agenda, title="Brouillon", start=days(3), live=False)
    reserved_event(agenda)
    response = anonymous_client.get("/flux/rencontres.ics")
    cal = parse(response)
    assert [str(v["SUMMARY"]) for v in cal.walk("VEVENT")] == ["Bientôt", "Plus tard"]
    uids = {str(v["UID"]) for v in cal.walk("VEVENT")}
    assert uids == {ical.event_uid(soon), ical.event_uid(later)}
    assert RESERVED_PHRASE not in response.content.decode()


def test_upcoming_feed_is_valid_when_empty(anonymous_client, agenda):
    cal = parse(anonymous_client.get("/flux/rencontres.ics"))
    assert cal.walk("VEVENT") == []


@pytest.mark.parametrize("count", [3, 30])
def test_upcoming_feed_query_budget(anonymous_client, agenda, django_assert_max_num_queries, count):
    theme = ThemeFactory(name="Énergie", slug="energie")
    for n in range(count):
        EventPageFactory(parent=agenda, start=days(n + 1), themes=[theme])
    anonymous_client.get("/flux/rencontres.ics")
    with django_assert_max_num_queries(6):
        anonymous_client.get("/flux/rencontres.ics")


def test_escape_and_fold_units():
    assert ical.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "DESCRIPTION:" + "é" * 100
    folded = ical.fold(line)
    parts = folded.split("\r\n")
    assert all(len(p.encode()) <= 75 for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join([parts[0], *(p[1:] for p in parts[1:])]) == line
