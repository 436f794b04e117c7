"""The public content's settings and their defaults: a site that installs this plugin overrides
any of them in its own settings."""

from django.conf import settings

DEFAULTS = {
    # The page types under which the sections (lists, themes, communes, events, map) are created.
    "SHEETS_SECTION_PARENTS": ["wagtailcore.Page"],
    # How long the parts of a sheet every visitor sees stay in Django's cache (seconds): a new
    # publication of the sheet changes their key at once; what they show of other pages (cards,
    # the commune) is at most this old, as through the front cache (its s-maxage).
    "SHEETS_FRAGMENT_CACHE_SECONDS": 600,
    # The page type of the site's directory of aids ("app.Model"), which a sheet's funding row may
    # point to; None: the row is free text only.
    "SHEETS_FUNDING_AID_PAGE_TYPE": None,
    # Years after which a live experience or technical sheet whose information was not confirmed
    # since (its "dernière mise à jour", else its first publication) is listed on the
    # facilitator's dashboard, to be reviewed with the commune.
    "SHEETS_REVIEW_AFTER_YEARS": 2,
    # The map's tiles; an empty URL shows the list of initiatives without a background map.
    "MAP_TILE_URL": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
    "MAP_TILE_ATTRIBUTION": (
        '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    ),
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
