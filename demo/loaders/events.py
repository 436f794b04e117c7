"""Events, from events.yaml: the network's meetings since 2010 and the next ones.

An event is looked up by its slug under the agenda: only missing ones are created. Upcoming
events are written relative to today ("in 12 days at 18:00"); on a later run, one whose date has
drifted is moved back to that offset, so that the agenda always has upcoming events, and its
translations follow. The slides are small PDFs written by hand. The registration settings are
demo.loaders.event_registration's; the English texts of the few events that have one are
translated by translate_events.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone
from django.utils.html import escape

from core.translation import other_locales, translate
from sheets import factories
from sheets.models import Commune, EventAttachment, EventPage, EventSpeaker, Theme

from .data import read
from .event_registration import configure, follow_start, questions, registration_settings
from .files import make_document
from .text import paragraphs

PARIS = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def event_dates(item, today=None):
    """(start, end) as aware datetimes: a fixed "start" for a past event, or "offset_days" and
    "time" counted from today for an upcoming one."""
    if "start" in item:
        start = datetime.datetime.fromisoformat(item["start"]).replace(tzinfo=PARIS)
    else:
        today = today or timezone.localdate()
        hour, minute = (int(part) for part in item["time"].split(":"))
        day = today + datetime.timedelta(days=item["offset_days"])
        start = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=PARIS)
    duration = item.get("duration_hours")
    end = start + datetime.timedelta(hours=duration) if duration else None
    return start, end


def programme_html(lines) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def slides_document(item, start):
    """The slide deck shown at the event, as a one-page PDF summary."""
    lines = [
        start.strftime("%d/%m/%Y"),
        f"{item.get('venue', '')}, {item.get('address', '')}".strip(", "),
        "",
        *item.get("programme", []),
        "",
        *(f"{s['name']} : {s['role']}" for s in item.get("speakers", [])),
    ]
    return make_document(
        f"Diaporama : {item['title']}",
        f"diaporama-{item['slug']}.pdf",
        lines,
        description=f"Les supports présentés lors de la rencontre « {item['title']} ».",
    )


def _create(item, event_index, themes, communes):
    start, end = event_dates(item)
    attachments = []
    if item.get("slides"):
        attachments.append(
            EventAttachment(
                document=slides_document(item, start),
                title="Diaporama de la rencontre",
                sort_order=0,
                members_only=item.get(
                    "slides_members_only", item.get("report_members_only", False)
                ),
            )
        )
    event = factories.EventPageFactory(
        parent=event_index,
        title=item["title"],
        slug=item["slug"],
        kind=item["kind"],
        start=start,
        end=end,
        venue=item.get("venue", ""),
        address=item.get("address", ""),
        host_commune=communes.get(item.get("host_commune")),
        summary=item["summary"],
        programme=programme_html(item.get("programme")),
        registration=paragraphs(item.get("registration", "")) if "start" not in item else "",
        registration_url=item.get("registration_url", ""),
        **registration_settings(item, start),
        registration_questions=questions(item),
        report=paragraphs(item.get("report", "")),
        report_members_only=item.get("report_members_only", False),
        speakers=[
            EventSpeaker(name=s["name"], role=s.get("role", ""), sort_order=k)
            for k, s in enumerate(item.get("speakers", []))
        ],
        attachments=attachments,
        themes=[themes[slug] for slug in item.get("themes", []) if slug in themes],
    )
    if event.last_published_at is None:
        event.save_revision().publish()
    return event


def _keep_upcoming(event, item) -> bool:
    """Moves an upcoming demo event back to its offset from today if the date has drifted."""
    start, end = event_dates(item)
    if event.start == start:
        return False
    event.start, event.end = start, end
    follow_start(event, item)
    return True


def _update(event, item) -> tuple[bool, bool]:
    """An existing event: moved back to its date if upcoming, given its registration settings
    if it has none yet; published once, with its translations, if either changed. Returns
    (moved, configured)."""
    moved = "offset_days" in item and _keep_upcoming(event, item)
    configured = configure(event, item)
    if moved or configured:
        event.save_revision().publish()
        for locale in other_locales():
            if event.get_translation_or_none(locale) is not None:
                translate(event, locale)
    return moved, configured


def build_events(stdout, event_index, items=None) -> int:
    """The missing events under `event_index` (`items`: events.yaml's by default); returns how
    many were created."""
    items = read("events") if items is None else items
    themes = {t.slug: t for t in Theme.objects.filter(locale_id=event_index.locale_id)}
    communes = {c.insee_code: c for c in Commune.objects.all()}
    existing = {e.slug: e for e in EventPage.objects.child_of(event_index)}
    created = moved = configured = 0
    for item in items:
        event = existing.get(item["slug"])
        if event is None:
            _create(item, event_index, themes, communes)
            created += 1
            continue
        was_moved, was_configured = _update(event, item)
        moved, configured = moved + was_moved, configured + was_configured
    upcoming = sum(1 for item in items if "offset_days" in item)
    stdout.write(
        f"Rencontres : {created} créées, {moved} remises à leur date à venir, {configured} "
        f"dotées de leurs inscriptions ({len(items)} dans les données, dont {upcoming} à venir)."
    )
    return created
