"""The drawn illustrations (static SVG, sheets/static/sheets/illustrations/) shown where a page
has no photo: one per theme pictogram (Theme.icon), one per kind of content. They are the
project's own drawings, so they carry no credit line."""

from django.templatetags.static import static

from .models import EventPage, TechnicalSheetPage

FOLDER = "sheets/illustrations"
# Theme.icon values that have a drawing.
THEME_ICONS = frozenset(
    {
        "agenda21",
        "alimentation",
        "batiment",
        "biodiversite",
        "dechets",
        "eau",
        "eclairage",
        "energie",
        "mobilite",
        "participation",
        "urbanisme",
    }
)
# Kinds of content: experience and technical sheets, and each kind of event (EventKind).
KINDS = frozenset(
    {
        "experience",
        "technique",
        "rencontre",
        "conference",
        "visite",
        "formation",
        "reunion_information",
        "intervention_conseil",
    }
)


def content_kind(page) -> str:
    """The kind of content whose drawing stands for `page` when its themes have none."""
    if isinstance(page, EventPage):
        return page.kind if page.kind in KINDS else "rencontre"
    if isinstance(page, TechnicalSheetPage):
        return "technique"
    return "experience"


def illustration_path(page, themes=()) -> str:
    """Static path of the drawing for `page`: its first theme (in editorial order) that has
    one, else its kind's. An event shows its kind first (a visit looks like a visit). `themes`
    are already read: no query."""
    if not isinstance(page, EventPage):
        for theme in themes:
            if theme.icon in THEME_ICONS:
                return f"{FOLDER}/theme-{theme.icon}.svg"
    return f"{FOLDER}/kind-{content_kind(page)}.svg"


def illustration_url(page, themes=()) -> str:
    return static(illustration_path(page, themes))
