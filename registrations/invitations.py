"""A registration's calendar invitation (iTIP, RFC 5546): METHOD:REQUEST adds or updates the
event in the person's calendar, METHOD:CANCEL removes it. The UID is the registration's for its
whole life and SEQUENCE its `sequence`, raised with each change sent, so that a calendar
replaces the event it holds instead of adding another."""

import datetime
import hashlib
from email.utils import parseaddr
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress

REQUEST, CANCEL = "REQUEST", "CANCEL"
# An event without an end shows as two hours long.
DEFAULT_LENGTH = datetime.timedelta(hours=2)


def schedule_of(event):
    """A fingerprint of what an invitation says of the date, time and place: when it changes,
    everyone registered receives the update."""
    end = str(int(event.end.timestamp())) if event.end else ""
    parts = (str(int(event.start.timestamp())), end, event.venue, event.address)
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def uid_of(registration):
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"{registration.uid}@{host}"


def _organizer():
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    organizer = vCalAddress(f"mailto:{address}")
    organizer.params["cn"] = name or settings.WAGTAIL_SITE_NAME
    return organizer


def _attendee(registration, method):
    attendee = vCalAddress(f"mailto:{registration.email}")
    attendee.params["cn"] = registration.full_name
    attendee.params["role"] = "REQ-PARTICIPANT"
    attendee.params["partstat"] = "DECLINED" if method == CANCEL else "ACCEPTED"
    attendee.params["rsvp"] = "FALSE"
    return attendee


def invitation(registration, event, url, method=REQUEST, now=None) -> bytes:
    """The VCALENDAR of `registration` for `event` (the page in the person's language), as the
    bytes of an .ics part."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{settings.WAGTAIL_SITE_NAME}//Inscriptions//FR")
    calendar.add("version", "2.0")
    calendar.add("method", method)
    vevent = Event()
    vevent.add("uid", uid_of(registration))
    vevent.add("sequence", registration.sequence)
    vevent.add("dtstamp", now or timezone.now())
    start = event.start.astimezone(datetime.UTC)
    vevent.add("dtstart", start)
    vevent.add("dtend", (event.end or event.start + DEFAULT_LENGTH).astimezone(datetime.UTC))
    vevent.add("summary", event.title)
    location = ", ".join(part for part in (event.venue, event.address) if part)
    if location:
        vevent.add("location", location)
    if event.summary:
        vevent.add("description", f"{event.summary}\n\n{url}")
    vevent.add("url", url)
    vevent.add("status", "CANCELLED" if method == CANCEL else "CONFIRMED")
    vevent.add("organizer", _organizer())
    vevent.add("attendee", _attendee(registration, method))
    calendar.add_component(vevent)
    return calendar.to_ical()
