"""The English demo texts fit the French ones, so demo.loaders.translations can translate them
segment by segment through wagtail-localize (core.translation.translate)."""

from demo.loaders.data import read
from demo.loaders.text import paragraphs
from demo.loaders.translations import RICH_TEXT_FIELDS, alt_text_en, funder_en, sheet_values

EXPERIENCES = read("experiences")
THEMES = read("themes")
SECTIONS = read("sections")
GALLERY = read("gallery")
GLOSSARY = read("glossary_en")
ALT_TEXTS_EN = GLOSSARY["alt_texts"]
CAPTIONS_EN = GLOSSARY["captions"]
LABELS_EN = GLOSSARY["labels"]
UNITS_EN = GLOSSARY["units"]


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
    for section in SECTIONS:
        assert section["en"]["title"] and section["en"]["slug"], section["slug"]


def test_the_rows_of_english_sheets_have_english_texts():
    """Key figures, funders, captions and document titles are translated with the sheet."""
    for data in EXPERIENCES:
        if not data.get("en"):
            continue
        for figure in data["key_figures"]:
            assert figure["label"] in LABELS_EN, (data["slug"], figure["label"])
            assert (
                not figure["unit"]
                or figure["unit"] in UNITS_EN
                or figure["unit"]
                in {
                    "%",
                    "km",
                    "ha",
                    "m²",
                }
            ), (data["slug"], figure["unit"])
        for funding in data["fundings"]:
            assert funder_en(funding["funder"]), (data["slug"], funding["funder"])
    assert {picture["caption"] for picture in GALLERY} <= set(CAPTIONS_EN)
    assert {picture["alt"] for picture in GALLERY} <= set(ALT_TEXTS_EN)
    assert "Bilan financier détaillé et devis" in GLOSSARY["attachment_titles"]


def test_row_helpers_keep_names_and_brackets():
    assert funder_en("Commune de Gorron") == "Municipality of Gorron"
    assert funder_en("Commune d'Andouillé") == "Municipality of Andouillé"
    assert funder_en("Un financeur inconnu") is None
    alt = GALLERY[0]["alt"]
    assert alt_text_en(f"{alt} (Bais)") == f"{ALT_TEXTS_EN[alt]} (Bais)"
