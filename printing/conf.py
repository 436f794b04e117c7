"""The printing plugin's settings and their defaults: a site overrides any of them in its own
settings."""

from django.conf import settings

DEFAULTS = {
    # Make a sheet's PDF on publication (a task); False: the first request for it makes it. With
    # tasks run at once (development), loading the demo would otherwise make every PDF in turn.
    "PRINTING_ON_PUBLISH": True,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
