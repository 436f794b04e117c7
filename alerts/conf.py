"""The alerts' settings and their defaults; a site overrides any in its settings."""

from django.conf import settings

DEFAULTS = {
    # Days a confirmation link stays valid.
    "ALERTS_CONFIRMATION_DAYS": 7,
    # Failed sends in a row (refused by the mail server, or bounced) before an address is paused.
    "ALERTS_FAILURES_BEFORE_PAUSE": 3,
    # Subscriptions one address (a visitor's IP) may send per hour (against scripts).
    "ALERTS_SUBSCRIPTIONS_PER_HOUR": 10,
    # The most items one digest lists per kind of content (the rest: a link to the site).
    "ALERTS_ITEMS_PER_KIND": 10,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
