"""The FAQ's settings and their defaults: a site that installs this plugin overrides any of them
in its own settings."""

from django.conf import settings

from sheets import conf as sheets_conf

DEFAULTS = {
    # The page types under which the FAQ page is created: the sheets' sections' by default.
    "FAQ_SECTION_PARENTS": None,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    value = getattr(settings, name, DEFAULTS[name])
    if name == "FAQ_SECTION_PARENTS" and value is None:
        return sheets_conf.get("SHEETS_SECTION_PARENTS")
    return value
