"""Dates of events as people write them ("jeudi 1er octobre 2026, de 14 h 30 à 17 h": core.formats),
each part inside a <time datetime> element so machines read the exact instant."""

import re
from urllib.parse import quote

from django import template
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.translation import gettext as _

from core.formats import clock as _clock
from core.formats import long_date

register = template.Library()

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _time(value, text):
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)


@register.simple_tag
def event_when(event):
    """The event's date and times, in the site's time zone."""
    start = timezone.localtime(event.start)
    end = timezone.localtime(event.end) if event.end and event.end > event.start else None
    day = long_date(start, weekday=True)
    if end is None:
        return format_html(
            _("{date} à {start}"), date=_time(start, day), start=_time(start, _clock(start))
        )
    if end.date() == start.date():
        return format_html(
            _("{date}, de {start} à {end}"),
            date=_time(start.date(), day),
            start=_time(start, _clock(start)),
            end=_time(end, _clock(end)),
        )
    return format_html(
        _("du {start} au {end}"),
        start=_time(start, f"{day}, {_clock(start)}"),
        end=_time(end, f"{long_date(end, weekday=True)}, {_clock(end)}"),
    )


@register.simple_tag
def event_day(event):
    """Just the day, for cards: <time datetime="2026-03-12T14:30:00+01:00">12 mars 2026</time>."""
    start = timezone.localtime(event.start)
    return _time(start, long_date(start))


@register.simple_tag
def registration_mailto(event):
    """A mailto: URL to the first e-mail address of the event's registration text, with the
    subject « Inscription : <title> », so that registering is one click; '' without an address."""
    match = EMAIL_RE.search(strip_tags(str(event.registration or "")))
    if match is None:
        return ""
    address = match.group().rstrip(".")
    try:
        validate_email(address)
    except ValidationError:
        return ""
    subject = _("Inscription : %(title)s") % {"title": event.title}
    return f"mailto:{address}?subject={quote(subject)}"
