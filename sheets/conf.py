"""The public content's settings and their defaults: a site that installs this plugin overrides
any of them in its own settings."""

from django.conf import settings

DEFAULTS = {
    # The page types under which the sections (lists, themes, communes, events, map) are created.
    "SHEETS_SECTION_PARENTS": ["wagtailcore.Page"],
    # The map's tiles; an empty URL shows the list of initiatives without a background map.
    "MAP_TILE_URL": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "MAP_TILE_ATTRIBUTION": (
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    ),
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
