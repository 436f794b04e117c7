"""iCalendar (RFC 5545) files for events, written by hand: the format needs a few dozen lines
and no dependency. Times are written in UTC (``...Z``), which every calendar reads and which
needs no VTIMEZONE block; calendars show them in the reader's own time zone.

Only public fields go into a file (title, dates, place, summary, programme, link): never the
report, which may be reserved to members.
"""

import datetime

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines

PRODID = "-//Association Synergies//Reseau des collectivites mayennaises//FR"
UID_DOMAIN = "reseau-collectivites-mayenne"
MAX_LINE_OCTETS = 75
CRLF = "\r\n"


def escape_text(value) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, newline."""
    value = normalize_newlines(str(value or ""))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Folds a content line at 75 octets (§3.1) without cutting a UTF-8 character in two."""
    if len(line.encode("utf-8")) <= MAX_LINE_OCTETS:
        return line
    parts, current, size = [], "", 0
    limit = MAX_LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            # Continuation lines start with a space, which counts in their 75 octets.
            current, size, limit = char, width, MAX_LINE_OCTETS - 1
        else:
            current += char
            size += width
    parts.append(current)
    return (CRLF + " ").join(parts)


def format_utc(value: datetime.datetime) -> str:
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def _plain(html: str) -> str:
    """Rich text to plain text: one line per block, no markup."""
    text = html.replace("</p>", "\n").replace("<br/>", "\n").replace("<br>", "\n")
    text = text.replace("</li>", "\n").replace("<li>", "• ")
    lines = [line.strip() for line in strip_tags(text).splitlines()]
    return "\n".join(line for line in lines if line)


def event_uid(event) -> str:
    """Stable across edits and shared by an event's translations (it is the same meeting)."""
    return f"{event.translation_key}@{UID_DOMAIN}"


def event_lines(event, url: str, stamp: datetime.datetime) -> list[str]:
    """The VEVENT of one event. Expects host_commune loaded and themes prefetched."""
    location = ", ".join(
        part
        for part in (event.venue, event.address, event.host_commune and event.host_commune.name)
        if part
    )
    description = event.summary.strip()
    programme = _plain(event.programme or "")
    if programme:
        description += "\n\n" + programme
    description += "\n\n" + url
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event_uid(event)}",
        f"DTSTAMP:{format_utc(stamp)}",
        f"DTSTART:{format_utc(event.start)}",
    ]
    if event.end and event.end > event.start:
        lines.append(f"DTEND:{format_utc(event.end)}")
    lines += [
        f"SUMMARY:{escape_text(event.title)}",
        f"DESCRIPTION:{escape_text(description)}",
        f"URL:{url}",
        "STATUS:CONFIRMED",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    themes = [escape_text(theme.name) for theme in event.themes.all()]
    if themes:
        lines.append("CATEGORIES:" + ",".join(themes))
    if event.last_published_at:
        lines.append(f"LAST-MODIFIED:{format_utc(event.last_published_at)}")
    lines.append("END:VEVENT")
    return lines


def calendar(events_with_urls, name: str) -> bytes:
    """A VCALENDAR from (event, absolute url) pairs, as the bytes of an .ics file."""
    stamp = datetime.datetime.now(datetime.UTC).replace(microsecond=0)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        "X-WR-TIMEZONE:Europe/Paris",
    ]
    for event, url in events_with_urls:
        lines += event_lines(event, url, stamp)
    lines.append("END:VCALENDAR")
    return (CRLF.join(fold(line) for line in lines) + CRLF).encode("utf-8")
