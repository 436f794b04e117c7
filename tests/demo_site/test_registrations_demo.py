"""The registrations' demo: the data files hold together, then the whole demo (loaded once for
the package: tests/demo_site/conftest.py): an upcoming event full with its waiting list, one not
open yet, attendance on past events over two years, the demo member's registrations, and no
update sent when a later load moves an event back to its date."""

import datetime
import io
from collections import Counter

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from demo.loaders import events as demo_events
from demo.loaders.data import read
from demo.loaders.registrations import people
from registrations.invitations import schedule_of
from registrations.models import Registration, Status
from registrations.places import places_left, source_event
from sheets.models import EventIndexPage, EventPage, EventQuestion, RegistrationMode
from tests.demo_site.conftest import registration_emails

DATA = read("registrations")
EVENTS = {item["slug"]: item for item in read("events")}
MEMBERS = {member["email"] for member in read("members")}
VISITORS = {visitor["key"] for visitor in DATA["visitors"]}
DEMO_MEMBER = "sophie.guerin@laval-agglomeration.exemple.fr"  # README's "broad member"


def _check_block(block):
    item = EVENTS[block["event"]]
    mode = item.get("registration_mode")
    assert mode in (RegistrationMode.OPEN, RegistrationMode.MEMBERS)
    questions = {q["label"]: q for q in item.get("registration_questions", [])}
    everyone = people(block)
    refs = [person["who"] for _status, person in everyone]
    assert len(refs) == len(set(refs))
    for _status, person in everyone:
        assert person["who"] in MEMBERS | VISITORS
        if person.get("by"):
            assert person["by"] in refs and person["by"] in MEMBERS
        elif mode == RegistrationMode.MEMBERS:
            assert person["who"] in MEMBERS
        for label, answer in person.get("answers", {}).items():
            assert questions[label].get("kind") != "choice" or answer in questions[label]["choices"]
    confirmed = len(block.get("confirmed", []))
    assert confirmed <= (item.get("capacity") or confirmed)
    if block.get("waiting"):
        assert confirmed == item["capacity"] and item.get("waiting_list", True)
    confirmed_refs = {person["who"] for status, person in everyone if status == Status.CONFIRMED}
    assert set(block.get("absent", []) + block.get("not_marked", [])) <= confirmed_refs


def test_the_data_files_hold_together():
    for block in DATA["events"]:
        _check_block(block)
    waiting = [len(b["waiting"]) for b in DATA["events"] if b.get("waiting")]
    assert len(waiting) == 1 and 3 <= waiting[0] <= 4
    upcoming = [item for item in EVENTS.values() if "offset_days" in item]
    assert any(item.get("registration_mode", "none") == "none" for item in upcoming)
    # Registrations open in the future: nobody registered yet.
    not_open = {
        item["slug"]
        for item in upcoming
        if item.get("registration_opens_days_before", item["offset_days"]) < item["offset_days"]
    }
    assert not_open and not not_open & {block["event"] for block in DATA["events"]}


pytestmark = pytest.mark.django_db


def _upcoming():
    return EventPage.objects.filter(locale__language_code="fr", start__gt=timezone.now())


def test_an_upcoming_event_is_full_with_a_waiting_list_and_one_is_not_open_yet(demo_db):
    assert demo_db == []
    full = [
        event
        for event in _upcoming().exclude(capacity=None)
        if places_left(event) == 0 and event.registration_is_open()
    ]
    assert len(full) == 1
    event = full[0]
    assert event.registrations.confirmed().count() == event.capacity
    assert 3 <= event.registrations.waiting().count() <= 4
    not_open = [e for e in _upcoming() if e.takes_registrations and not e.registration_is_open()]
    assert not_open and not_open[0].registration_opens_at > timezone.now()
    assert _upcoming().filter(registration_mode="none").exclude(registration="").exists()
    # Its English translation asks the questions in English and registers on the French event.
    english = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="en"
    )
    assert english.registration_questions.get().label == "Accessibility needs"
    assert source_event(english) == event
    assert Client().get(english.url).status_code == 200


def test_past_events_have_attendance_over_two_years(demo_db):
    past = Registration.objects.filter(event__start__lt=timezone.now()).select_related("event")
    by_year = Counter(
        (r.event.start.year, r.attended) for r in past.filter(status=Status.CONFIRMED)
    )
    years = {year for year, _attended in by_year}
    assert len(years) >= 2
    for year in years:
        assert by_year[(year, True)] > 2 * by_year[(year, False)] > 0
    assert any(attended is None for _year, attended in by_year)
    assert past.filter(status=Status.CANCELLED).exists()
    # Visitors of events over for more than a year are anonymised, and still counted.
    anonymised = past.exclude(anonymised_at=None)
    assert anonymised.exists() and not anonymised.exclude(email="").exists()
    assert not anonymised.filter(commune="").exists()


def test_the_demo_member_has_an_upcoming_and_a_past_registration(demo_db):
    mine = Registration.objects.filter(user__email=DEMO_MEMBER, status=Status.CONFIRMED)
    upcoming = [r for r in mine if r.event.is_upcoming]
    past = [r for r in mine if not r.event.is_upcoming]
    assert len(upcoming) == len(past) == 1 and past[0].attended
    assert upcoming[0].answers[0]["question"] == "Régime alimentaire"
    colleague = Registration.objects.get(event=upcoming[0].event, registered_by__isnull=False)
    assert colleague.user is None and colleague.email.endswith("@exemple.fr")
    client = Client()
    client.force_login(mine[0].user)
    assert client.get(reverse("members_area:dashboard")).status_code == 200


def _state():
    registrations = Registration.objects.order_by("uid")
    return {
        "registrations": list(registrations.values_list("uid", "status", "sequence")),
        "questions": EventQuestion.objects.count(),
    }


def _as_loaded_yesterday(event):
    """The event, its translation and its invitations as a load the day before left them: one
    day earlier."""
    event.start -= datetime.timedelta(days=1)
    event.end -= datetime.timedelta(days=1)
    pages = EventPage.objects.filter(translation_key=event.translation_key)
    pages.update(start=event.start, end=event.end)
    event.registrations.confirmed().update(sent_schedule=schedule_of(event))


def test_moving_an_event_back_to_its_date_sends_nothing(
    demo_db, django_capture_on_commit_callbacks
):
    """A later load changes nothing (tests/demo_site/test_demo_content.py); the next day, the
    demo moves its upcoming events back to their offset from today."""
    before = _state()
    # The demo moves its upcoming events back to their offset from today: the
    # registrations' invitations follow without an update sent (nothing changed for them).
    event = EventPage.objects.get(slug="visite-legumerie-ouverture", locale__language_code="fr")
    _as_loaded_yesterday(event)
    item = EVENTS[event.slug]
    with django_capture_on_commit_callbacks() as moving:
        agenda = EventIndexPage.objects.parent_of(event).get()
        demo_events.build_events(io.StringIO(), agenda, [item])
    event.refresh_from_db()
    assert event.start == demo_events.event_dates(item)[0]
    assert _state() == before and registration_emails(moving) == []
    assert set(event.registrations.confirmed().values_list("sent_schedule", flat=True)) == {
        schedule_of(event)
    }
    english = EventPage.objects.get(
        translation_key=event.translation_key, locale__language_code="en"
    )
    assert english.start == event.start
