"""The public API's settings and their defaults: a site that installs this plugin overrides any
of them in its own settings."""

from django.conf import settings

DEFAULTS = {
    # Requests one client (an IP address) may make, DRF's notation: "60/minute", "1000/day".
    "PUBLIC_API_RATE": "60/minute",
    # How long browsers and the front cache keep an answer (seconds): an unpublished page
    # leaves the API's cached answers within this time.
    "PUBLIC_API_CACHE_SECONDS": 60,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
