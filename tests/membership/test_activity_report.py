"""The membership's section of the yearly activity report: the member organisations at the end
of a year (today for the current year), those that joined in it, and the applications received
and approved; two queries whatever the number of organisations."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from members_area.models import MemberOrganisation
from membership import activity_report
from membership.applications import ApplicationStatus, MembershipApplication
from membership.factories import MembershipApplicationFactory
from tests.factories import MemberOrganisationFactory

pytestmark = pytest.mark.django_db

Kind = MemberOrganisation.Kind


def organisation(name, kind=Kind.COMMUNE, since=None, until=None):
    return MemberOrganisationFactory(name=name, kind=kind, member_since=since, active_until=until)


def application(submitted, status=ApplicationStatus.PENDING, decided=None):
    made = MembershipApplicationFactory(status=status)
    MembershipApplication.objects.filter(pk=made.pk).update(
        submitted_at=timezone.make_aware(datetime.datetime(*submitted, 10)),
        decided_at=timezone.make_aware(datetime.datetime(*decided, 10)) if decided else None,
    )


@pytest.fixture
def organisations(db):
    """Members at the end of 2024: Bais (since 2020, no end), the CC des Coëvrons (joined 2024)
    and a council with no year of joining, ending on 31 December 2024. Not: Craon (ended in
    June 2024), Évron (joined 2025), Meslay (joined 2024, ended in March). Applications: three
    received in 2024 (one approved in 2024, one declined, one approved in 2025), one in 2025."""
    organisation("Commune de Bais", since=2020)
    organisation("CC des Coëvrons", Kind.EPCI, 2024, datetime.date(2025, 12, 31))
    organisation("Conseil de développement", Kind.COUNCIL, None, datetime.date(2024, 12, 31))
    organisation("Commune de Craon", since=2018, until=datetime.date(2024, 6, 30))
    organisation("Commune d'Évron", since=2025)
    organisation("Commune de Meslay", since=2024, until=datetime.date(2024, 3, 1))
    application((2024, 2, 1), ApplicationStatus.APPROVED, (2024, 2, 20))
    application((2024, 5, 1), ApplicationStatus.DECLINED, (2024, 5, 20))
    application((2024, 12, 20), ApplicationStatus.APPROVED, (2025, 1, 5))
    application((2025, 3, 1))


def test_the_figures_of_a_past_year(organisations):
    assert activity_report.figures(2024) == {
        "members": 3,
        "joined": 2,
        "received": 3,
        "approved": 1,
        "by_kind": [(Kind.COMMUNE, 1), (Kind.EPCI, 1), (Kind.COUNCIL, 1)],
    }


def test_the_current_year_counts_the_members_of_today(organisations):
    counted = activity_report.figures(2025, today=datetime.date(2025, 3, 1))
    # Bais, the CC des Coëvrons and Évron; the council's membership ended.
    assert counted["members"] == 3
    assert counted["by_kind"] == [(Kind.COMMUNE, 2), (Kind.EPCI, 1), (Kind.COUNCIL, 0)]
    assert (counted["joined"], counted["received"], counted["approved"]) == (1, 1, 1)


def test_the_section(organisations):
    section = activity_report.section(2024)
    assert section["key"] == "membership"
    assert [(f["label"], f["value"]) for f in section["figures"]] == [
        ("Collectivités adhérentes en fin d'année", 3),
        ("Nouvelles adhérentes dans l'année", 2),
        ("Demandes d'adhésion reçues", 3),
        ("Demandes d'adhésion acceptées", 1),
    ]
    assert section["table"]["rows"] == [
        ["Commune", 1],
        ["Intercommunalité (EPCI)", 1],
        ["Conseil de développement", 1],
    ]


def test_two_queries_whatever_the_number_of_organisations(organisations):
    with CaptureQueriesContext(connection) as few:
        activity_report.section(2024)
    for n in range(10):
        organisation(f"Commune n° {n}", since=2024)
    with CaptureQueriesContext(connection) as many:
        counted = activity_report.figures(2024)
    assert counted["members"] == 13
    assert len(few) == len(many) == 2
