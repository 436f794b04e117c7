"""The demo events: data that holds together, and a builder that is idempotent and keeps the
upcoming events upcoming."""

import datetime
import io

import pytest
from django.utils import timezone

from demo.loaders import events as demo_events
from demo.loaders.data import read
from demo.loaders.sections import ensure_index_pages
from demo.loaders.taxonomy import ensure_communes, ensure_themes
from sheets.communes_data import read_rows
from sheets.models import EventAttachment, EventKind, EventPage

COMMUNES = read_rows()
EVENTS = read("events")
THEMES = read("themes")


def test_event_data_holds_together():
    assert len(EVENTS) >= 70
    slugs = [item["slug"] for item in EVENTS]
    assert len(slugs) == len(set(slugs))
    insee_codes = {c["insee_code"] for c in COMMUNES}
    theme_slugs = {t["slug"] for t in THEMES}
    for item in EVENTS:
        assert item["kind"] in EventKind.values, item["slug"]
        assert item["host_commune"] in insee_codes, item["slug"]
        assert set(item["themes"]) <= theme_slugs, item["slug"]
        assert ("start" in item) != ("offset_days" in item), item["slug"]
    past = [item for item in EVENTS if "start" in item]
    assert min(item["start"] for item in past) < "2011"
    assert any("offset_days" in item for item in EVENTS)
    assert any(item.get("report_members_only") for item in past)


def test_event_dates():
    past = {"start": "2012-06-14T18:30", "duration_hours": 2.5}
    start, end = demo_events.event_dates(past)
    assert start.isoformat() == "2012-06-14T18:30:00+02:00"
    assert end - start == datetime.timedelta(hours=2, minutes=30)
    upcoming = {"offset_days": 10, "time": "09:15", "duration_hours": None}
    start, end = demo_events.event_dates(upcoming, today=datetime.date(2030, 1, 1))
    assert start.isoformat() == "2030-01-11T09:15:00+01:00"
    assert end is None


@pytest.mark.django_db
def test_build_events_is_idempotent_and_keeps_upcoming(home_page):
    ensure_themes(home_page.locale)
    ensure_communes()
    agenda = ensure_index_pages(home_page).events
    past = next(i for i in EVENTS if i.get("slides") and i.get("report_members_only"))
    public_past = next(i for i in EVENTS if i.get("slides") and not i.get("report_members_only"))
    upcoming = next(i for i in EVENTS if "offset_days" in i)
    items = [past, public_past, upcoming]

    assert demo_events.build_events(io.StringIO(), agenda, items) == 3
    assert demo_events.build_events(io.StringIO(), agenda, items) == 0
    assert EventPage.objects.count() == 3

    reserved = EventPage.objects.get(slug=past["slug"])
    assert reserved.live and reserved.report_members_only and reserved.report
    assert reserved.speakers.count() == len(past["speakers"])
    assert set(reserved.themes.values_list("slug", flat=True)) == set(past["themes"])
    assert reserved.host_commune.insee_code == past["host_commune"]
    slides = EventAttachment.objects.get(page=reserved)
    assert slides.members_only
    assert slides.document.file.read().startswith(b"%PDF-")
    assert not EventAttachment.objects.get(page__slug=public_past["slug"]).members_only

    soon = EventPage.objects.get(slug=upcoming["slug"])
    assert soon.is_upcoming
    # A year later, a new run moves it back to its offset from today.
    EventPage.objects.filter(pk=soon.pk).update(start=timezone.now() - datetime.timedelta(days=300))
    demo_events.build_events(io.StringIO(), agenda, items)
    soon.refresh_from_db()
    assert soon.is_upcoming
