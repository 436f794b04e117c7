"""The English demo texts fit the French ones, so home.demo can translate them segment by
segment through wagtail-localize (reseau.translation.translate)."""

from home.demo import INDEX_PAGES_EN, RICH_TEXT_FIELDS, sheet_values
from sheets.demo import INDEX_PAGES, paragraphs
from sheets.demo_data.experiences import EXPERIENCES
from sheets.demo_data.themes import THEMES


def test_at_least_ten_sheets_have_an_english_version():
    assert len([data for data in EXPERIENCES if data.get("en")]) >= 10


def test_english_sheets_have_the_french_paragraphs():
    for data in EXPERIENCES:
        if not data.get("en"):
            continue
        values = sheet_values(data)
        assert values["title"] and values["summary"], data["slug"]
        for field in RICH_TEXT_FIELDS:
            if data.get(field):
                assert field in values, (data["slug"], field)
                assert paragraphs(data["en"][field]).count("<p>") == paragraphs(data[field]).count(
                    "<p>"
                )


def test_every_theme_and_section_has_an_english_name():
    for theme in THEMES:
        assert theme.get("en_name"), theme["slug"]
    for _key, _factory, fields in INDEX_PAGES:
        assert fields["slug"] in INDEX_PAGES_EN, fields["slug"]
