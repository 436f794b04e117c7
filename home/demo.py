"""English demo content: the themes, the index pages and the sheets that have an English text.

Called by `manage.py load_demo` after `sheets.demo` built the French site (and after the home
page was translated by `home.setup.ensure_home_translations`). Every translation goes through
wagtail-localize (reseau.translation.translate), exactly as if an editor had translated it in
the admin, so the demo shows the real workflow: open an English sheet in the admin and
wagtail-localize's editor shows each French sentence beside its English translation.
Idempotent: what is already translated is left alone (an editor may have changed it since).
What has no English text here (technical sheets, events...) stays French-only, which shows the
language switcher's fallback to the English home page.
"""

import time

from wagtail.models import Locale

from home.setup import ensure_home_page
from reseau.translation import translate
from sheets.demo import paragraphs
from sheets.demo_data.experiences import EXPERIENCES
from sheets.demo_data.themes import THEMES
from sheets.models import ExperienceIndexPage, ExperienceSheetPage, Theme

LANGUAGE = "en"

# The home page's sections, by their French slug.
INDEX_PAGES_EN = {
    "fiches-experiences": {
        "title": "Experience sheets",
        "slug": "experience-sheets",
        "intro": (
            "<p>What the network's communes have achieved, told by their elected members and "
            "their staff: the background, the approach, the figures, the funding and their "
            "advice for anyone who wants to follow suit.</p>"
        ),
    },
    "carte": {
        "title": "Map",
        "slug": "map",
        "seo_title": "Map of initiatives",
        "intro": (
            "<p>The experiences of the network's communes on the map of Mayenne. Without the "
            "map, the list below gives the same sheets, commune by commune.</p>"
        ),
    },
    "themes": {
        "title": "Themes",
        "slug": "themes",
        "intro": (
            "<p>Water saving, energy, mobility, food… Choose a theme to find the experiences, "
            "technical sheets and meetings related to it.</p>"
        ),
    },
    "communes": {
        "title": "Communes",
        "slug": "communes",
        "intro": (
            "<p>The local authorities of Mayenne that share their experience, grouped by "
            "inter-municipal community.</p>"
        ),
    },
    "fiches-techniques": {
        "title": "Technical sheets",
        "slug": "technical-sheets",
        "intro": (
            "<p>Know-how that every commune can use: regulations, method, points to watch and "
            "lessons learnt, written with the network's partners.</p>"
        ),
    },
    "rencontres": {
        "title": "Meetings and visits",
        "slug": "events",
        "intro": (
            "<p>Since 2010 the network has held its meetings with a partner authority that "
            "shares its experience and shows its achievements on site. They are open to "
            "elected members, staff and members of local development councils.</p>"
        ),
    },
}

RICH_TEXT_FIELDS = ("context", "approach", "results", "costs", "difficulties", "advice")


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
    for data in THEMES:
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


def translate_index_pages(home, locale) -> int:
    count = 0
    for page in home.get_children().specific():
        values = INDEX_PAGES_EN.get(page.slug)
        if values is not None:
            values = {key: value for key, value in values.items() if getattr(page, key, None)}
            count += _translate_missing(page, locale, values)
    return count


def _paragraph_count(text) -> int:
    return paragraphs(text).count("<p>")


def sheet_values(data, stdout=None) -> dict:
    """The English fields of a sheet; a section whose English text does not have as many
    paragraphs as the French one is left to wagtail-localize's fallback (French) and reported,
    rather than failing the whole demo."""
    english = data["en"]
    values = {"title": english["title"], "summary": english["summary"]}
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
    for data in EXPERIENCES:
        page = sheets.get(data["slug"])
        if page is not None and data.get("en"):
            count += _translate_missing(page, locale, sheet_values(data, stdout))
    return count


def build(stdout) -> list:
    locale = Locale.objects.filter(language_code=LANGUAGE).first()
    if locale is None:
        return []
    started = time.monotonic()
    home = ensure_home_page()
    themes = translate_themes(locale)
    index_pages = translate_index_pages(home, locale)
    experiences = translate_experiences(locale, stdout)
    stdout.write(
        f"Traductions anglaises : {themes} thèmes, {index_pages} pages de rubrique, "
        f"{experiences} fiches expériences ({time.monotonic() - started:.1f} s)."
    )
    return []
