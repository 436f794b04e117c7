"""The hooks' contract (activity.sections): the sections of every plugin that reports, in their
order, those that return None left out; the years offered, from the earliest a plugin gives up
to the current one; and the CSV lines a section's figures and table make."""

import datetime

import pytest
from wagtail import hooks

from activity.sections import FIRST_YEAR_HOOK, SECTIONS_HOOK, report_sections, report_years
from activity.spreadsheet import rows

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 3, 1)


def extra_section(year):
    return {"key": "extra", "title": f"Extra {year}", "order": 15, "figures": []}


def no_section(year):
    return None


def test_every_plugin_s_section_in_order(db):
    with (
        hooks.register_temporarily(SECTIONS_HOOK, extra_section),
        hooks.register_temporarily(SECTIONS_HOOK, no_section),
    ):
        sections = report_sections(2024)
    assert [section["key"] for section in sections] == [
        "membership",
        "extra",
        "meetings",
        "publications",
        "documents",
        "exchange",
        "introductions",
    ]
    assert sections[1]["title"] == "Extra 2024"


def test_only_the_current_year_without_data(db):
    assert report_years(TODAY) == [2026]


def test_the_years_from_the_earliest_a_plugin_gives(db):
    with (
        hooks.register_temporarily(FIRST_YEAR_HOOK, lambda: 2023),
        hooks.register_temporarily(FIRST_YEAR_HOOK, lambda: None),
        hooks.register_temporarily(FIRST_YEAR_HOOK, lambda: 2030),  # a date typed wrong
    ):
        assert report_years(TODAY) == [2026, 2025, 2024, 2023]


def test_the_csv_lines_of_a_section():
    section = {
        "key": "documents",
        "title": "Documents",
        "figures": [{"label": "Téléchargements", "value": 5}],
        "table": {
            "columns": ["Collectivité", "Téléchargements", "Personnes"],
            "rows": [["Commune de Bais", 4, 2], ["-Commune", 1, 1]],
        },
    }
    assert list(rows([section, {"key": "empty", "title": "Vide"}])) == [
        ["Rubrique", "Indicateur", "Valeur"],
        ["Documents", "Téléchargements", 5],
        ["Documents", "Commune de Bais – Téléchargements", 4],
        ["Documents", "Commune de Bais – Personnes", 2],
        ["Documents", "-Commune – Téléchargements", 1],
        ["Documents", "-Commune – Personnes", 1],
    ]
