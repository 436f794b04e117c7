"""How long registrations name people: visitors' anonymised 12 months after the event by the
daily command, members' kept with their account and erased when it is closed (its places at
events to come freed for the waiting list); what is left still counts. And the person's export."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from members_area import personal_data as account_data
from registrations import places, retention
from registrations.factories import RegistrationFactory
from registrations.models import Registration, Status
from registrations.personal_data import export
from sheets.factories import EventPageFactory
from tests.registrations.conftest import visitor

pytestmark = pytest.mark.django_db

ANSWERS = [{"question": "Régime alimentaire", "answer": "Végétarien"}]


def days_ago(parent, days, **fields):
    return EventPageFactory(
        parent=parent, start=timezone.now() - datetime.timedelta(days=days), **fields
    )


def erased(registration):
    registration.refresh_from_db()
    return (
        registration.first_name,
        registration.last_name,
        registration.email,
        registration.role,
        registration.answers,
    ) == ("", "", "", "", []) and registration.anonymised_at is not None


def test_visitors_are_anonymised_twelve_months_after_the_event(event, member):
    parent = event.get_parent()
    old = days_ago(parent, 370, title="Rencontre de l'an dernier")
    no_end = days_ago(parent, 370, end=None)
    recent = days_ago(parent, 330)
    old_visitor = RegistrationFactory(event=old, attended=True, answers=ANSWERS, commune="Bais")
    old_member = RegistrationFactory(event=old, user=member, attended=True, answers=ANSWERS)
    absent = RegistrationFactory(event=old, attended=False)
    no_end_visitor = RegistrationFactory(event=no_end)
    recent_visitor = RegistrationFactory(event=recent)

    out = StringIO()
    call_command("send_event_reminders", stdout=out)
    assert "Inscriptions de visiteurs anonymisées : 3." in out.getvalue()
    assert erased(old_visitor) and erased(absent) and erased(no_end_visitor)
    assert not erased(old_member) and not erased(recent_visitor)
    assert old_member.answers == ANSWERS and old_member.email == member.email
    # What is left still counts: the event, the commune, the status and the attendance.
    assert (old_visitor.commune, old_visitor.status, old_visitor.attended) == (
        "Bais",
        Status.CONFIRMED,
        True,
    )
    assert Registration.objects.filter(event=old).count() == 3
    assert Registration.objects.filter(event=old, attended=True).count() == 2
    assert retention.anonymise_expired() == 0  # once only


def test_the_retention_period_is_a_setting(event, settings):
    RegistrationFactory(event=days_ago(event.get_parent(), 100))
    assert retention.anonymise_expired(dry_run=True) == 0
    settings.REGISTRATIONS_VISITOR_RETENTION_MONTHS = 3
    assert retention.anonymise_expired(dry_run=True) == 1


def _member_details(user):
    profile = user.member_profile
    return {
        "user": user,
        "organisation": profile.organisation,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
    }


def test_closing_an_account_erases_its_registrations_and_frees_its_places(
    event, member, django_capture_on_commit_callbacks
):
    past = RegistrationFactory(event=days_ago(event.get_parent(), 30), user=member, attended=True)
    people = [_member_details(member), visitor(1), visitor(2), visitor(3)]
    mine, first, second, waiting = places.register(event, people)
    address = member.email
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        account_data.anonymise(member)
    assert erased(past) and past.attended is True
    assert erased(mine) and mine.status == Status.CANCELLED
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED  # the freed place went to the waiting list
    assert [m.to for m in mail.outbox] == [[waiting.email]]
    assert all(address not in m.to for m in mail.outbox)
    for other in (first, second):
        assert not erased(other)


def test_the_export_lists_the_persons_registrations(event, member, colleague):
    parent = event.get_parent()
    RegistrationFactory(event=event, user=member, answers=ANSWERS)
    # Made without signing in, with the account's address.
    RegistrationFactory(
        event=days_ago(parent, 40, title="Visite sans compte"),
        email=member.email.upper(),
        first_name="Hélène",
        attended=True,
    )
    RegistrationFactory(event=event, user=colleague)
    RegistrationFactory(event=days_ago(parent, 500), user=None, email="autre@exemple.fr")

    rows = export(member)["event_registrations"]
    assert [row["event"] for row in rows] == [event.title, "Visite sans compte"]
    first, second = rows
    assert first["email"] == member.email and first["answers"] == ANSWERS
    assert first["status"] == "Inscrit·e" and first["date"] == event.start.isoformat()
    assert second["first_name"] == "Hélène" and second["attended"] is True
    assert export(colleague)["event_registrations"][0]["email"] == colleague.email


def test_the_members_data_export_includes_them(event, member):
    RegistrationFactory(event=event, user=member, answers=ANSWERS)
    (row,) = account_data.export(member)["event_registrations"]
    assert row["event"] == event.title and row["answers"] == ANSWERS
