"""End to end through a real SMTP server on loopback (aiosmtpd): what a mail client receives
when someone registers, when the event moves and when they cancel, parsed with Python's email
package and the calendar part with icalendar; and a mail server down loses nothing."""

import datetime
import logging

import pytest
from django.conf import settings as django_settings
from icalendar import Calendar

from registrations import places
from registrations.invitations import uid_of
from registrations.models import Registration, Status
from tests.registrations.conftest import visitor
from tests.registrations.smtp_server import LoopbackSMTP, free_port, use_smtp

pytestmark = pytest.mark.django_db

ADDRESS = visitor(1)["email"]


@pytest.fixture
def inbox(settings):
    server = LoopbackSMTP()
    use_smtp(settings, server.port)
    yield server.inbox
    server.stop()


def parts_of(message):
    """The leaf parts of a message, as (content type, part)."""
    return [(part.get_content_type(), part) for part in message.walk() if not part.is_multipart()]


def subject(message):
    """The Subject as a mail client shows it (Django folds a long encoded subject onto the next
    line, which the email package's parser keeps as a leading space)."""
    return str(message["Subject"]).strip()


def calendar_of(message):
    """The METHOD and the VEVENT of the message's text/calendar part, whose Content-Type names
    the same method (what calendar clients act on)."""
    (part,) = [part for kind, part in parts_of(message) if kind == "text/calendar"]
    calendar = Calendar.from_ical(part.get_content())
    (vevent,) = calendar.walk("VEVENT")
    assert part.get_param("method") == calendar["METHOD"]
    return str(calendar["METHOD"]), vevent


def test_what_arrives_for_a_registration_a_new_date_and_a_cancellation(
    event, inbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        (registration,) = places.register(event, [visitor(1)])

    (confirmation,) = inbox.to(ADDRESS)
    assert subject(confirmation) == f"Inscription confirmée : {event.title}"
    assert confirmation["To"] == ADDRESS
    assert confirmation["From"] == django_settings.DEFAULT_FROM_EMAIL
    assert confirmation.get_content_type() == "multipart/mixed"
    alternative, ics_file = confirmation.iter_parts()
    assert [part.get_content_type() for part in alternative.iter_parts()] == [
        "text/plain",
        "text/html",
        "text/calendar",
    ]
    assert ics_file.get_content_type() == "application/ics"
    assert ics_file.get_filename() == "invitation.ics"
    text = confirmation.get_body(("plain",)).get_content()
    html = confirmation.get_body(("html",)).get_content()
    assert "Bonjour Camille Visiteur 1," in text and "Mairie de Bais" in text
    assert "http://testserver/inscriptions/" in text  # the signed link to cancel
    assert '<html lang="fr">' in html and event.title in html

    method, vevent = calendar_of(confirmation)
    uid = uid_of(registration)
    assert (method, vevent["UID"], vevent["SEQUENCE"]) == ("REQUEST", uid, 0)
    assert vevent.decoded("DTSTART") == event.start.astimezone(datetime.UTC)
    assert str(vevent["ATTENDEE"]) == f"mailto:{ADDRESS}"
    assert vevent["ATTENDEE"].params["CN"] == "Camille Visiteur 1"

    # The facilitator moves the event a day later and publishes: the same UID, SEQUENCE raised.
    event.start += datetime.timedelta(days=1)
    event.end += datetime.timedelta(days=1)
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    update = inbox.to(ADDRESS)[-1]
    assert subject(update) == f"Changement de date ou de lieu : {event.title}"
    method, vevent = calendar_of(update)
    assert (method, vevent["UID"], vevent["SEQUENCE"]) == ("REQUEST", uid, 1)
    assert vevent.decoded("DTSTART") == event.start.astimezone(datetime.UTC)

    # They cancel: the calendar removes the same event.
    with django_capture_on_commit_callbacks(execute=True):
        places.cancel(registration)
    cancellation = inbox.to(ADDRESS)[-1]
    assert subject(cancellation) == f"Inscription annulée : {event.title}"
    method, vevent = calendar_of(cancellation)
    assert (method, vevent["UID"], vevent["SEQUENCE"]) == ("CANCEL", uid, 2)
    assert vevent["STATUS"] == "CANCELLED"
    assert len(inbox.to(ADDRESS)) == 3


def test_a_cancelled_event_arrives_as_a_cancel(event, inbox, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        (registration,) = places.register(event, [visitor(1)])
    event.is_cancelled = True
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision().publish()
    message = inbox.to(ADDRESS)[-1]
    assert subject(message) == f"Rendez-vous annulé : {event.title}"
    method, vevent = calendar_of(message)
    assert (method, vevent["UID"], vevent["SEQUENCE"]) == ("CANCEL", uid_of(registration), 1)


def test_with_the_mail_server_down_registering_still_succeeds(
    event, settings, caplog, django_capture_on_commit_callbacks
):
    use_smtp(settings, free_port())  # nothing listens there
    settings.EMAIL_TIMEOUT = 1
    with (
        caplog.at_level(logging.WARNING, logger="registrations.emails"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        (registration,) = places.register(event, [visitor(1)])
    assert Registration.objects.get(pk=registration.pk).status == Status.CONFIRMED
    assert places.places_left(event) == 2
    (record,) = [r for r in caplog.records if r.name == "registrations.emails"]
    assert record.levelno == logging.WARNING
    assert "mail server unavailable" in record.getMessage()
