"""Dates, times and file sizes as a French reader writes them: "1er janvier 2026", "14 h 30",
"2,3 Mo" (other languages keep their own formats and units)."""

import math

from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _


def _french():
    return (get_language() or "fr").startswith("fr")


def long_date(value, weekday=False):
    """ "1er janvier 2026", "jeudi 12 mars 2026" with `weekday`; in English "1 January 2026".
    French writes the first day of a month as an ordinal, which no date format letter gives."""
    if value is None or value == "":
        return ""
    if hasattr(value, "hour") and timezone.is_aware(value):
        value = timezone.localtime(value)
    day = "1er" if _french() and value.day == 1 else str(value.day)
    text = f"{day} {date_format(value, 'F Y')}"
    return f"{date_format(value, 'l')} {text}" if weekday else text


def clock(value):
    """French writes 14 h 30 and 9 h; other languages use their TIME_FORMAT."""
    if _french():
        return f"{value.hour} h" if not value.minute else f"{value.hour} h {value.minute:02d}"
    return date_format(value, "TIME_FORMAT")


def grouped_number(value):
    """A number with the language's grouping: "2 000" in French, "2,000" in English."""
    return number_format(value, use_l10n=True, force_grouping=True)


KILO = 1024


def file_size(size):
    """A file's size in one style, the one French readers know: "12 Ko", "2,3 Mo", "1,1 Go"
    (KB, MB, GB in English). Kilo-octets are rounded up, as a file manager shows them: a file
    of 961 octets is "1 Ko"."""
    try:
        size = int(size)
    except (TypeError, ValueError):
        return ""
    if size >= KILO**3:
        return _("%(size)s Go") % {"size": number_format(round(size / KILO**3, 1), decimal_pos=1)}
    if size >= KILO**2:
        return _("%(size)s Mo") % {"size": number_format(round(size / KILO**2, 1), decimal_pos=1)}
    return _("%(size)s Ko") % {"size": max(1, math.ceil(size / KILO))}
