"""The membership plugin's settings and their defaults: a site overrides any of them in its own
settings."""

from django.conf import settings

DEFAULTS = {
    # Applications one address may send per hour (the form's rate limit, against scripts).
    "MEMBERSHIP_APPLICATIONS_PER_HOUR": 5,
    # How many days before a membership ends its members and the facilitators are reminded.
    "MEMBERSHIP_REMINDER_DAYS": (60, 15),
    # Months after its decision an application loses its personal data (decision 0043).
    "MEMBERSHIP_APPLICATION_RETENTION_MONTHS": 12,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
