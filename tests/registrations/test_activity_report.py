"""The registrations' section of the yearly activity report: the meetings held in a year (published,
not cancelled, over; translations not counted twice), who came (present where attendance was
marked, else confirmed; waiting and cancelled never), and the organisations represented; in the
same number of queries whatever the number of events."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.translation import translate
from registrations import activity_report
from registrations.factories import RegistrationFactory
from registrations.models import Status
from sheets.models import EventKind, EventPage, RegistrationMode
from tests.factories import MemberFactory, MemberOrganisationFactory

from .admin_helpers import dated_event, in_year

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_2024(event, english_home_page, locales):
    """2024: a meeting with attendance marked (2 present from Bais, 1 absent from Ernée, 1 not
    marked, 1 waiting, 1 cancelled), translated into English; a visit without attendance marked
    (3 confirmed: Laval, Bais and a member of the Commune de Quelaines; 1 waiting, 1 cancelled);
    a training without registration on the site. Left out: a cancelled meeting, an unpublished
    one, one of 2025 and the upcoming one of the fixture."""
    index = event.get_parent()
    meeting = dated_event(index, "Rencontre 2024", in_year(2024, 3))
    RegistrationFactory(event=meeting, commune="Bais", attended=True)
    RegistrationFactory(event=meeting, commune="BAIS", attended=True)
    RegistrationFactory(event=meeting, commune="Ernée", attended=False)
    RegistrationFactory(event=meeting, commune="Craon", attended=None)
    RegistrationFactory(event=meeting, commune="Évron", status=Status.WAITING)
    RegistrationFactory(event=meeting, commune="Meslay", status=Status.CANCELLED)
    translate(index, locales["en"], {"title": "Meetings"})
    translate(meeting, locales["en"], {"title": "Meeting 2024"})

    visit = dated_event(index, "Visite 2024", in_year(2024, 10), kind=EventKind.VISIT)
    quelaines = MemberOrganisationFactory(name="Commune de Quelaines")
    RegistrationFactory(event=visit, commune="Laval")
    RegistrationFactory(event=visit, commune="bais")
    RegistrationFactory(event=visit, user=MemberFactory(organisation=quelaines))
    RegistrationFactory(event=visit, commune="Évron", status=Status.WAITING)
    RegistrationFactory(event=visit, commune="Mayenne", status=Status.CANCELLED)

    training = dated_event(index, "Formation 2024", in_year(2024, 5), kind=EventKind.TRAINING)
    training.registration_mode = RegistrationMode.NONE
    training.save_revision().publish()
    cancelled = dated_event(index, "Rencontre annulée", in_year(2024, 6), is_cancelled=True)
    RegistrationFactory(event=cancelled, commune="Laval")
    unpublished = dated_event(index, "Rencontre retirée", in_year(2024, 7))
    unpublished.unpublish()
    RegistrationFactory(event=unpublished, commune="Laval")
    later = dated_event(index, "Rencontre 2025", in_year(2025, 2))
    RegistrationFactory(event=later, commune="Laval")
    return index


def test_the_figures_of_a_year(year_2024):
    assert EventPage.objects.live().filter(title="Meeting 2024").exists()  # not counted twice
    counted = activity_report.figures(2024)
    assert counted["meetings"] == 3
    # 2 present at the meeting, 3 confirmed at the visit, none at the training.
    assert counted["attendances"] == 5
    # bais, laval, commune de quelaines (Ernée was absent, Craon not marked at a marked meeting).
    assert counted["communes"] == 3
    assert counted["organisations"] == 1
    assert counted["by_kind"] == [
        (EventKind.MEETING, 1, 2),
        (EventKind.VISIT, 1, 3),
        (EventKind.TRAINING, 1, 0),
    ]


def test_the_section(year_2024):
    section = activity_report.section(2024)
    assert section["key"] == "meetings"
    assert [(f["label"], f["value"]) for f in section["figures"]] == [
        ("Rendez-vous tenus", 3),
        ("Participations", 5),
        ("Collectivités et structures représentées", 3),
        ("Collectivités adhérentes représentées", 1),
    ]
    assert section["table"]["rows"] == [
        ["Rencontre", 1, 2],
        ["Visite de réalisation", 1, 3],
        ["Formation", 1, 0],
    ]


def test_a_year_without_meetings(year_2024):
    counted = activity_report.figures(2023)
    assert counted == {
        "by_kind": [],
        "meetings": 0,
        "attendances": 0,
        "communes": 0,
        "organisations": 0,
    }


def test_an_event_of_the_year_still_to_come_is_not_held(year_2024):
    counted = activity_report.figures(2024, now=in_year(2024, 4))
    assert (counted["meetings"], counted["attendances"]) == (1, 2)


def count_queries(year):
    with CaptureQueriesContext(connection) as queries:
        activity_report.section(year)
    return len(queries)


def test_the_same_queries_whatever_the_number_of_events(event):
    index = event.get_parent()
    for month in (1, 2):
        meeting = dated_event(index, f"Rencontre {month}", in_year(2024, month))
        RegistrationFactory(event=meeting, attended=True)
    few = count_queries(2024)
    for month in range(3, 12):
        for kind in (EventKind.MEETING, EventKind.VISIT):
            meeting = dated_event(index, f"{kind} {month}", in_year(2024, month), kind=kind)
            RegistrationFactory.create_batch(2, event=meeting)
    assert count_queries(2024) == few == 3
