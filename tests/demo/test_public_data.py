"""Self-checks on the public site's demo data files: the loader trusts them, so broken references
fail here."""

import re
from collections import Counter
from datetime import datetime

import pytest

from demo.loaders.data import read
from sheets.communes_data import read_rows

COMMUNES = read_rows()  # the official file: the demo adds nothing to it
EVENTS = read("events")
EXPERIENCES = read("experiences")
TECHNICAL_SHEETS = read("technical")
THEMES = read("themes")

COMMUNE_CODES = {commune["insee_code"] for commune in COMMUNES}
THEME_SLUGS = {theme["slug"] for theme in THEMES}
EXPERIENCE_SLUGS = {sheet["slug"] for sheet in EXPERIENCES}
PAST_EVENTS = [item for item in EVENTS if "start" in item]
UPCOMING_EVENTS = [item for item in EVENTS if "offset_days" in item]
EXPERIENCE_TEXT_FIELDS = (
    "summary",
    "context",
    "approach",
    "results",
    "costs",
    "difficulties",
    "advice",
)


def _relative_luminance(colour):
    def channel(value):
        value = int(value, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(colour[i : i + 2]) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


@pytest.mark.parametrize(
    "items",
    [THEMES, EXPERIENCES, TECHNICAL_SHEETS, EVENTS],
    ids=["themes", "experiences", "technical", "events"],
)
def test_slugs_are_unique_and_url_safe(items):
    slugs = [item["slug"] for item in items]
    assert len(slugs) == len(set(slugs))
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) for slug in slugs)


def test_communes_are_the_240_of_mayenne_with_codes_facts_and_coordinates():
    assert len(COMMUNES) == 240
    assert len(COMMUNE_CODES) == len(COMMUNES)
    for commune in COMMUNES:
        assert re.fullmatch(r"53\d{3}", commune["insee_code"]), commune["name"]
        assert re.fullmatch(r"\d{5}", commune["postal_code"]), commune["name"]
        assert int(commune["population"]) > 0 and float(commune["area_km2"]) > 0
        assert commune["epci"] and commune["canton"], commune["name"]
        assert 47.7 < float(commune["latitude"]) < 48.6
        assert -1.3 < float(commune["longitude"]) < 0.0


def test_themes_are_the_eleven_agreed_ones_with_readable_colours():
    assert [theme["slug"] for theme in THEMES] == [
        "urbanisme",
        "economies-d-eau",
        "energie",
        "mobilite",
        "biodiversite",
        "alimentation",
        "dechets",
        "batiments-publics",
        "eclairage-public",
        "participation-citoyenne",
        "demarches-globales",
    ]
    for theme in THEMES:
        contrast = 1.05 / (_relative_luminance(theme["colour"]) + 0.05)
        assert contrast >= 4.5, theme["slug"]
        assert theme["en_name"] and theme["en_description"]


def test_experiences_reference_existing_communes_themes_and_sheets():
    assert len(EXPERIENCES) >= 62
    assert len({sheet["commune"] for sheet in EXPERIENCES}) >= 25
    for sheet in EXPERIENCES:
        assert sheet["commune"] in COMMUNE_CODES, sheet["slug"]
        assert 1 <= len(sheet["themes"]) <= 3
        assert set(sheet["themes"]) <= THEME_SLUGS, sheet["slug"]
        assert set(sheet["related"]) <= EXPERIENCE_SLUGS - {sheet["slug"]}, sheet["slug"]
        assert sheet["status"] in {"en_projet", "en_cours", "realise"}
        assert 2008 <= sheet["year_start"] <= 2026
        assert sheet["year_end"] is None or sheet["year_end"] >= sheet["year_start"]
        assert 2 <= len(sheet["key_figures"]) <= 4, sheet["slug"]
        assert all(funding["amount"] > 0 for funding in sheet["fundings"]), sheet["slug"]
        assert sheet["contact"]["role"] in {"elu", "technicien"}
        assert re.fullmatch(r"02 43( \d\d){3}", sheet["contact"]["phone"])
        assert "2022-01-01" <= sheet["last_reviewed"] <= "2026-12-31"
        assert all(sheet[field].strip() for field in EXPERIENCE_TEXT_FIELDS), sheet["slug"]


def test_every_theme_has_at_least_four_experiences_and_statuses_are_mixed():
    usage = Counter(theme for sheet in EXPERIENCES for theme in sheet["themes"])
    assert all(usage[slug] >= 4 for slug in THEME_SLUGS), usage
    assert set(Counter(sheet["status"] for sheet in EXPERIENCES)) == {
        "en_projet",
        "en_cours",
        "realise",
    }


def test_english_translations_are_complete():
    translated = [sheet for sheet in EXPERIENCES if "en" in sheet]
    assert len(translated) >= 12
    for sheet in translated:
        assert set(sheet["en"]) == {"title", *EXPERIENCE_TEXT_FIELDS}
        assert sheet["en"]["title"] != sheet["title"]


def test_technical_sheets_blocks_and_references():
    assert len(TECHNICAL_SHEETS) >= 16
    for sheet in TECHNICAL_SHEETS:
        assert set(sheet["themes"]) <= THEME_SLUGS, sheet["slug"]
        assert set(sheet["related"]) <= EXPERIENCE_SLUGS, sheet["slug"]
        kinds = {kind for block in sheet["body"] for kind in block}
        assert all(len(block) == 1 for block in sheet["body"]), sheet["slug"]
        assert kinds <= {"text", "checklist", "regulation", "key_figures"}
        assert "text" in kinds and "regulation" in kinds, sheet["slug"]


def test_events_schedule_hosts_and_reports():
    assert len(EVENTS) >= 76
    assert len(UPCOMING_EVENTS) >= 6
    assert len([item for item in PAST_EVENTS if item.get("report")]) >= 40
    kinds = {
        "rencontre",
        "conference",
        "visite",
        "formation",
        "reunion_information",
        "intervention_conseil",
    }
    for item in EVENTS:
        assert item["kind"] in kinds, item["slug"]
        assert item["host_commune"] in COMMUNE_CODES, item["slug"]
        assert set(item["themes"]) <= THEME_SLUGS, item["slug"]
        assert item["programme"] and item["speakers"] and item["registration"]
    for item in PAST_EVENTS:
        start = datetime.strptime(item["start"], "%Y-%m-%dT%H:%M")
        assert datetime(2010, 1, 1) <= start <= datetime(2026, 10, 31, 23, 59), item["slug"]
        assert isinstance(item["slides"], bool) and isinstance(item["report_members_only"], bool)
    for item in UPCOMING_EVENTS:
        assert item["offset_days"] > 0 and re.fullmatch(r"\d\d:\d\d", item["time"])
    years = Counter(item["start"][:4] for item in PAST_EVENTS)
    assert all(years[str(year)] >= 3 for year in range(2010, 2027)), years


def test_programme_hours_are_written_as_the_site_writes_them():
    """ "14 h", "14 h 30", as on the event's page (core.formats.clock), never "14h00"."""
    for item in EVENTS:
        for line in item["programme"]:
            assert not re.search(r"\d[hH]\d|\dh\b", line), (item["slug"], line)
            assert re.match(r"\d{1,2} h( \d\d)? : ", line), (item["slug"], line)


def test_no_placeholder_text_anywhere():
    blob = repr([THEMES, EXPERIENCES, TECHNICAL_SHEETS, EVENTS]).lower()
    assert "lorem" not in blob
    assert "ipsum" not in blob
    assert "todo" not in blob
