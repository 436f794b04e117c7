"""Themes (snippets, from themes.yaml) and the communes of Mayenne (the official data file
sheets/data/communes_mayenne.csv, through sheets.communes_data.load_communes).

Looked up by their natural key (theme slug and locale, INSEE code): only what is missing is
created, and a second load changes nothing.
"""

from sheets.communes_data import load_communes
from sheets.models import Commune, Theme

from .data import read


def ensure_themes(locale) -> dict:
    """The themes in `locale` (the source language), by slug."""
    themes = {}
    for order, data in enumerate(read("themes")):
        theme, _created = Theme.objects.get_or_create(
            slug=data["slug"],
            locale=locale,
            defaults={
                "name": data["name"],
                "description": data.get("description", ""),
                "icon": data.get("icon", ""),
                "colour": data.get("colour", "#1f6f43"),
                "sort_order": order,
            },
        )
        themes[theme.slug] = theme
    return themes


def ensure_communes() -> dict:
    """Every commune of Mayenne with its official facts, by INSEE code and by slug (the demo's
    sheets, events and organisations name theirs by INSEE code)."""
    load_communes()
    communes = {}
    for commune in Commune.objects.all():
        communes[commune.insee_code] = commune
        communes[commune.slug] = commune
    return communes
