"""The calendar invitation that stays right: the same UID for the whole life of a registration,
SEQUENCE raised when the date, time or place changes (everyone with a place gets the update),
METHOD:CANCEL when they cancel or the event is cancelled, sent as `text/calendar; method=…`."""

import datetime

import pytest
from django.core import mail
from icalendar import Calendar

from registrations import places
from registrations.invitations import uid_of
from registrations.models import CancelledBy, Registration, Status
from tests.registrations.conftest import visitor

pytestmark = pytest.mark.django_db


def calendar_of(message):
    """The METHOD and the VEVENT of the e-mail's text/calendar alternative."""
    parts = [
        (content, mimetype)
        for content, mimetype in message.alternatives
        if mimetype.startswith("text/calendar")
    ]
    assert len(parts) == 1, message.alternatives
    content, mimetype = parts[0]
    calendar = Calendar.from_ical(content)
    (vevent,) = calendar.walk("VEVENT")
    assert mimetype == f"text/calendar; method={calendar['METHOD']}"
    return str(calendar["METHOD"]), vevent


def _sent_to(address):
    return [m for m in mail.outbox if m.to == [address]]


@pytest.fixture
def registered(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = places.register(event, [visitor(1), visitor(2), visitor(3), visitor(4)])
    return made


def test_the_confirmation_carries_a_request(event, registered):
    method, vevent = calendar_of(_sent_to(registered[0].email)[0])
    assert method == "REQUEST"
    assert vevent["UID"] == uid_of(registered[0])
    assert vevent["SEQUENCE"] == 0
    assert vevent["SUMMARY"] == event.title
    assert vevent["LOCATION"] == "Mairie de Bais, 1 place de l'Église, 53160 Bais"
    assert vevent.decoded("DTSTART") == event.start.astimezone(datetime.UTC)
    assert str(vevent["ATTENDEE"]) == f"mailto:{registered[0].email}"
    attachment = _sent_to(registered[0].email)[0].attachments[0]
    assert attachment[0] == "invitation.ics"


def test_the_waiting_list_gets_no_invitation(registered):
    message = _sent_to(registered[3].email)[0]
    assert not any(m.startswith("text/calendar") for _c, m in message.alternatives)


def test_a_new_date_updates_every_place_with_the_same_uid(
    event, registered, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    for registration in registered[:3]:
        (message,) = _sent_to(registration.email)
        method, vevent = calendar_of(message)
        assert (method, vevent["SEQUENCE"]) == ("REQUEST", 1)
        assert vevent["UID"] == uid_of(registration)
        assert vevent.decoded("DTSTART") == event.start.astimezone(datetime.UTC)
    assert _sent_to(registered[3].email) == []  # waiting: nothing to update
    # Publishing again without a change sends nothing.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert mail.outbox == []


def test_a_new_title_alone_sends_no_update(event, registered, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    event.title = "Visite de la chaufferie (programme complet)"
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert mail.outbox == []


def test_cancelling_removes_it_from_the_calendar(registered, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        places.cancel(registered[0])
    method, vevent = calendar_of(_sent_to(registered[0].email)[0])
    assert (method, vevent["SEQUENCE"], vevent["STATUS"]) == ("CANCEL", 1, "CANCELLED")
    assert vevent["UID"] == uid_of(registered[0])
    # The first on the waiting list gets the place and the invitation.
    method, vevent = calendar_of(_sent_to(registered[3].email)[0])
    assert (method, vevent["SEQUENCE"]) == ("REQUEST", 0)


def test_a_cancelled_event_cancels_everyone(event, registered, django_capture_on_commit_callbacks):
    mail.outbox.clear()
    event.is_cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    assert set(Registration.objects.values_list("status", "cancelled_by")) == {
        (Status.CANCELLED, CancelledBy.EVENT)
    }
    for registration in registered[:3]:
        method, vevent = calendar_of(_sent_to(registration.email)[0])
        assert (method, vevent["SEQUENCE"]) == ("CANCEL", 1)
    (waiting_message,) = _sent_to(registered[3].email)
    assert waiting_message.subject.startswith("Rendez-vous annulé")
    assert not any(m.startswith("text/calendar") for _c, m in waiting_message.alternatives)


def test_an_english_registration_gets_english_mail(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        places.register(event, [visitor(1, language="en")])
    assert mail.outbox[0].subject.startswith("Registration confirmed")
