"""The figures for the funders: per event and per year, right on a small set, in the same number
of queries with more events and registrations; the admin's report and its export; who sees
them."""

import csv
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from registrations import figures
from registrations.factories import RegistrationFactory
from registrations.models import Registration, Status
from registrations.personal_data import anonymise
from sheets.models import RegistrationMode

from .admin_helpers import KEPT_OUT, client_of, dated_event, in_year

REPORT = "registrations_figures:index"


@pytest.fixture
def events(event):
    """2024: a meeting with 4 confirmed (2 present, 1 absent, 1 not marked), 1 waiting, 1
    cancelled, communes Bais (twice, in two cases), Ernée, and an empty one; a visit with 1
    present from Bais. 2025: a training with 2 confirmed, attendance not marked."""
    index = event.get_parent()
    meeting = dated_event(index, "Rencontre 2024", in_year(2024, 3))
    visit = dated_event(index, "Visite 2024", in_year(2024, 10))
    training = dated_event(index, "Formation 2025", in_year(2025, 2))
    RegistrationFactory(event=meeting, commune="Bais", attended=True)
    RegistrationFactory(event=meeting, commune="BAIS", attended=True)
    RegistrationFactory(event=meeting, commune="Ernée", attended=False)
    RegistrationFactory(event=meeting, commune="", attended=None)
    RegistrationFactory(event=meeting, commune="Craon", status=Status.WAITING)
    RegistrationFactory(event=meeting, commune="Évron", status=Status.CANCELLED)
    RegistrationFactory(event=visit, commune="Bais", attended=True)
    RegistrationFactory.create_batch(2, event=training, commune="Laval")
    return {"meeting": meeting, "visit": visit, "training": training, "upcoming": event}


def by_title(rows):
    return {row.title: row for row in rows}


def test_per_event(events):
    rows = by_title(figures.per_event())
    meeting = rows["Rencontre 2024"]
    assert (meeting.confirmed, meeting.waiting, meeting.cancelled) == (4, 1, 1)
    assert (meeting.present, meeting.marked) == (2, 3)
    assert meeting.rate == 50
    assert meeting.communes == 1  # Bais (either case); Ernée was absent; one left it empty
    assert rows["Visite 2024"].rate == 100
    training = rows["Formation 2025"]
    assert (training.confirmed, training.present, training.rate, training.communes) == (
        2,
        0,
        None,
        1,
    )
    # An upcoming event taking registrations is listed before any registration.
    assert rows[events["upcoming"].title].confirmed == 0
    assert list(rows)[0] == events["upcoming"].title  # newest first


def test_an_event_without_registration_on_the_site_is_left_out(events):
    events["upcoming"].registration_mode = RegistrationMode.NONE
    events["upcoming"].save()
    assert events["upcoming"].title not in by_title(figures.per_event())


def test_per_year(events):
    years = {row["year"]: row for row in figures.per_year()}
    assert list(years) == [2025, 2024]
    assert years[2024]["events"] == 2
    assert years[2024]["confirmed"] == 5
    assert years[2024]["present"] == 3
    assert years[2024]["rate"] == 60
    assert years[2024]["communes"] == 1
    assert years[2025]["rate"] is None
    assert (years[2025]["events"], years[2025]["confirmed"], years[2025]["communes"]) == (1, 2, 1)


def test_anonymised_registrations_still_count(events):
    anonymise(Registration.objects.filter(event=events["meeting"]))
    meeting = by_title(figures.per_event())["Rencontre 2024"]
    assert (meeting.confirmed, meeting.present, meeting.communes) == (4, 2, 1)


def _queries(function):
    with CaptureQueriesContext(connection) as captured:
        list(function())
    return len(captured.captured_queries)


def test_the_figures_take_the_same_queries_with_more_events(events):
    before = [_queries(f) for f in (figures.per_event, figures.per_year, figures.upcoming_places)]
    index = events["meeting"].get_parent()
    for year in (2019, 2020, 2021, 2022, 2023):
        more = dated_event(index, f"Rencontre {year}", in_year(year))
        RegistrationFactory.create_batch(4, event=more, attended=True)
    for n in range(3):
        RegistrationFactory.create_batch(3, event=dated_event(index, f"À venir {n}", in_year(2031)))
    after = [_queries(f) for f in (figures.per_event, figures.per_year, figures.upcoming_places)]
    assert before == after == [1, 1, 1]


def test_upcoming_places(events):
    RegistrationFactory.create_batch(3, event=events["upcoming"])
    RegistrationFactory(event=events["upcoming"], status=Status.WAITING)
    (upcoming,) = figures.upcoming_places()
    assert (upcoming.confirmed, upcoming.waiting, upcoming.capacity) == (3, 1, 3)


# --- The report in the admin ------------------------------------------------------------------


def test_the_report_shows_both_tables(events):
    response = client_of("reader").get(reverse(REPORT))
    assert response.status_code == 200
    page = response.content.decode()
    assert "Par année" in page and "Par rendez-vous" in page
    assert (
        '<th scope="row">2024</th><td>2</td><td>5</td><td>3</td><td>60\u202f%</td><td>1</td>'
        in page
    )
    assert "Rencontre 2024" in page and "50\u202f%" in page


def test_the_report_filters_by_year(events):
    response = client_of("reader").get(reverse(REPORT), {"year": "2025"})
    assert [e.title for e in response.context["object_list"]] == ["Formation 2025"]


def test_the_report_exports_in_csv(events):
    response = client_of("reader").get(reverse(REPORT), {"export": "csv", "year": "2024"})
    body = b"".join(response.streaming_content).decode()
    heading, *rows = list(csv.reader(io.StringIO(body)))
    assert heading[0] == "Rendez-vous" and "Collectivités représentées" in heading
    meeting = dict(zip(heading, next(r for r in rows if r[0] == "Rencontre 2024"), strict=True))
    assert meeting["Inscrit·e·s"] == "4" and meeting["Présent·e·s"] == "2"
    assert meeting["Date"] == "15/03/2024 14:00"


def test_the_report_costs_the_same_with_more_events(events, django_assert_max_num_queries):
    reader = client_of("reader")
    with django_assert_max_num_queries(40) as few:
        assert reader.get(reverse(REPORT)).status_code == 200
    index = events["meeting"].get_parent()
    for year in (2020, 2021, 2022):
        RegistrationFactory.create_batch(
            5, event=dated_event(index, f"Rencontre {year}", in_year(year))
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert reader.get(reverse(REPORT)).status_code == 200


@pytest.mark.parametrize("kind", KEPT_OUT)
def test_the_report_is_closed_to_everyone_else(events, kind):
    client = client_of(kind)
    for params in ({}, {"export": "csv"}):
        response = client.get(reverse(REPORT), params)
        assert response.status_code in (302, 403), kind
        body = b"".join(response) if response.streaming else response.content
        assert b"Rencontre 2024" not in body


def test_the_menu_shows_the_report_to_the_team_only(events):
    assert reverse(REPORT) in client_of("reader").get(reverse("wagtailadmin_home")).content.decode()
    editor_home = client_of("editor").get(reverse("wagtailadmin_home")).content.decode()
    assert reverse(REPORT) not in editor_home
    assert reverse("registrations_admin:index") not in editor_home
