"""The letter's settings and their defaults; a site overrides any in its settings."""

from django.conf import settings

from sheets import conf as sheets_conf

DEFAULTS = {
    # The page types under which the letters' archive is created: the sheets' sections' by
    # default.
    "LETTERS_SECTION_PARENTS": None,
    # Letters per page of the archive.
    "LETTERS_PER_PAGE": 12,
    # The most items a block that pulls content (latest sheets, events, aids) may show.
    "LETTERS_MAX_ITEMS": 6,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    value = getattr(settings, name, DEFAULTS[name])
    if name == "LETTERS_SECTION_PARENTS" and value is None:
        return sheets_conf.get("SHEETS_SECTION_PARENTS")
    return value
