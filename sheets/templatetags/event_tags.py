"""Dates of events as people write them ("jeudi 12 mars 2026, de 14 h 30 à 17 h"), each part
inside a <time datetime> element so machines read the exact instant."""

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()


def _clock(value) -> str:
    """French writes 14 h 30 and 9 h; other languages use their TIME_FORMAT."""
    if (get_language() or "fr").startswith("fr"):
        return f"{value.hour} h" if not value.minute else f"{value.hour} h {value.minute:02d}"
    return date_format(value, "TIME_FORMAT")


def _time(value, text):
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)


@register.simple_tag
def event_when(event):
    """The event's date and times, in the site's time zone."""
    start = timezone.localtime(event.start)
    end = timezone.localtime(event.end) if event.end and event.end > event.start else None
    day = date_format(start, "l j F Y")
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
        end=_time(end, f"{date_format(end, 'l j F Y')}, {_clock(end)}"),
    )


@register.simple_tag
def event_day(event):
    """Just the day, for cards: <time datetime="2026-03-12T14:30:00+01:00">12 mars 2026</time>."""
    start = timezone.localtime(event.start)
    return _time(start, date_format(start, "j F Y"))
