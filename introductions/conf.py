"""The introductions' settings and their defaults; a site overrides any in its settings."""

from django.conf import settings

DEFAULTS = {
    # Requests one account may send per day (against a script or a stuck button).
    "INTRODUCTIONS_REQUESTS_PER_DAY": 10,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
