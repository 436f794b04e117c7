"""The aids directory's settings and their defaults: a site that installs this plugin overrides
any of them in its own settings."""

from django.conf import settings

from sheets import conf as sheets_conf

DEFAULTS = {
    # The page types under which the directory's page is created: the sheets' sections' by default.
    "AIDS_SECTION_PARENTS": None,
    # An aid not checked for this many days is listed on the facilitator's dashboard.
    "AIDS_CHECK_AFTER_DAYS": 183,
    # An aid whose closing date is at most this many days away is flagged "clôture proche".
    "AIDS_CLOSING_SOON_DAYS": 30,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    value = getattr(settings, name, DEFAULTS[name])
    if name == "AIDS_SECTION_PARENTS" and value is None:
        return sheets_conf.get("SHEETS_SECTION_PARENTS")
    return value
