"""Themes and communes (snippets), from themes.yaml and communes.yaml.

Looked up by their natural key (theme slug and locale, INSEE code): only what is missing is
created.
"""

from decimal import Decimal

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
    """The communes, by INSEE code and by slug."""
    communes = {}
    for data in read("communes"):
        commune, _created = Commune.objects.get_or_create(
            insee_code=data["insee_code"],
            defaults={
                "name": data["name"],
                "slug": data["slug"],
                "postal_code": data["postal_code"],
                "population": data.get("population"),
                "epci": data.get("epci", ""),
                "latitude": Decimal(str(data["latitude"])),
                "longitude": Decimal(str(data["longitude"])),
            },
        )
        communes[commune.insee_code] = commune
        communes[commune.slug] = commune
    return communes
