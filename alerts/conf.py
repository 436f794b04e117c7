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
    # Days after the confirmation link expires before a visitor's unconfirmed subscription is
    # deleted (purge_alerts; the personal data page says the same).
    "ALERTS_UNCONFIRMED_MARGIN_DAYS": 7,
    # Days an unsubscribed address is kept (a late click on an old e-mail still finds it),
    # then deleted with its digests and failures (purge_alerts).
    "ALERTS_UNSUBSCRIBED_RETENTION_DAYS": 30,
    # Days a failed send is kept (purge_alerts).
    "ALERTS_FAILURE_RETENTION_DAYS": 365,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
