"""The English demo content: themes, footer texts, sections, the funders and aids of the
directory, the sheets and the few events that have an English text (`en` in the data files;
glossary_en.yaml for the sheets' rows).

Every translation goes through wagtail-localize (core.translation.translate), as if an editor had
translated it in the admin: open an English sheet there and wagtail-localize's editor shows each
French sentence beside its English translation. What is already translated is left alone (an
editor may have changed it since). What has no English text (technical sheets, most events...)
stays French-only, which shows the language switcher's fallback to the English home page.
"""

import re
import time

from wagtail.models import Locale

from core.translation import translate
from sheets.models import ExperienceIndexPage, ExperienceSheetPage, Theme

from .aids import translate_aids
from .data import read
from .event_translations import translate_events
from .network import network_texts_en, network_texts_model
from .text import paragraphs

LANGUAGE = "en"
RICH_TEXT_FIELDS = ("context", "approach", "results", "costs", "difficulties", "advice")
_COMMUNE_FUNDER = re.compile(r"^Commune (?:de |d')(?P<name>.+)$")
_BRACKETED_END = re.compile(r"^(?P<text>.*?)(?P<end> \([^()]*\))?$")


def glossary(kind) -> dict:
    """French -> English for one kind of row text (glossary_en.yaml)."""
    return read("glossary_en")[kind]


def funder_en(name):
    """The English form of a funder's name; a commune's own funds read "Municipality of X"."""
    if name in glossary("funders"):
        return glossary("funders")[name]
    match = _COMMUNE_FUNDER.match(name)
    return f"Municipality of {match['name']}" if match else None


def alt_text_en(text):
    """The English of a gallery's alternative text, keeping the commune's name in brackets."""
    match = _BRACKETED_END.match(text)
    english = glossary("alt_texts").get(match["text"])
    return f"{english}{match['end'] or ''}" if english else None


ROW_VALUES = {
    "key_figures": lambda row: {
        "unit": glossary("units").get(row.unit),
        "label": glossary("labels").get(row.label),
    },
    "fundings": lambda row: {"funder": funder_en(row.funder)},
    "gallery_images": lambda row: {
        "caption": glossary("captions").get(row.caption),
        "alt_text": alt_text_en(row.alt_text),
    },
    "attachments": lambda row: {"title": glossary("attachment_titles").get(row.title)},
}


def _translate_missing(instance, locale, values):
    """Translate `instance` unless a live translation already exists; True if it did."""
    existing = instance.get_translation_or_none(locale)
    if existing is not None and getattr(existing, "live", True):
        return False
    translate(instance, locale, values)
    return True


def translate_themes(locale) -> int:
    count = 0
    source_locale = Locale.get_default()
    for data in read("themes"):
        if "en_name" not in data:
            continue
        theme = Theme.objects.filter(slug=data["slug"], locale=source_locale).first()
        if theme is None:
            continue
        values = {"name": data["en_name"]}
        if data.get("en_description") and theme.description:
            values["description"] = data["en_description"]
        count += _translate_missing(theme, locale, values)
    return count


def translate_network_texts(locale) -> int:
    """The footer's texts, when the host site has them."""
    model = network_texts_model()
    if model is None:
        return 0
    source = Locale.get_default()
    texts = model.objects.filter(locale=source).first()
    if texts is None:
        texts = model.objects.create(locale=source)
    values = {key: value for key, value in network_texts_en().items() if getattr(texts, key)}
    return _translate_missing(texts, locale, values)


def translate_index_pages(home, locale) -> int:
    english = {section["slug"]: section["en"] for section in read("sections")}
    count = 0
    for page in home.get_children().specific():
        values = english.get(page.slug)
        if values is not None:
            values = {key: value for key, value in values.items() if getattr(page, key, None)}
            count += _translate_missing(page, locale, values)
    return count


def _paragraph_count(text) -> int:
    return paragraphs(text).count("<p>")


def sheet_values(data, stdout=None) -> dict:
    """The English fields of a sheet, its rows' included (ROW_VALUES); a section whose English
    text does not have as many paragraphs as the French one is left to wagtail-localize's
    fallback (French) and reported, rather than failing the whole demo."""
    english = data["en"]
    values = {"title": english["title"], "summary": english["summary"], **ROW_VALUES}
    for field in RICH_TEXT_FIELDS:
        if not (english.get(field) and data.get(field)):
            continue
        if _paragraph_count(english[field]) != _paragraph_count(data[field]):
            if stdout is not None:
                stdout.write(
                    f"  {data['slug']} : « {field} » non traduit (paragraphes différents)."
                )
            continue
        values[field] = paragraphs(english[field])
    return values


def translate_experiences(locale, stdout=None) -> int:
    index = ExperienceIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None or index.get_translation_or_none(locale) is None:
        return 0
    sheets = {page.slug: page for page in ExperienceSheetPage.objects.child_of(index).specific()}
    count = 0
    for data in read("experiences"):
        page = sheets.get(data["slug"])
        if page is not None and data.get("en"):
            count += _translate_missing(page, locale, sheet_values(data, stdout))
    return count


def build(stdout, home):
    """The English translations, when the site has an English locale."""
    locale = Locale.objects.filter(language_code=LANGUAGE).first()
    if locale is None:
        return
    started = time.monotonic()
    themes = translate_themes(locale)
    translate_network_texts(locale)
    index_pages = translate_index_pages(home, locale)
    funders, aids = translate_aids(locale)
    experiences = translate_experiences(locale, stdout)
    events = translate_events(locale)
    stdout.write(
        f"Traductions anglaises : {themes} thèmes, {index_pages} pages de rubrique, "
        f"{funders} financeurs, {aids} aides, {experiences} fiches expériences, "
        f"{events} rencontres "
        f"({time.monotonic() - started:.1f} s)."
    )
