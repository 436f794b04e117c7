"""The registrations' settings and their defaults; a site overrides any in its settings."""

from django.conf import settings

DEFAULTS = {
    # Colleagues of their organisation a member may register with themselves.
    "REGISTRATIONS_MAX_COLLEAGUES": 5,
    # Days before the event when the reminder leaves (send_event_reminders, daily).
    "REGISTRATIONS_REMINDER_DAYS": 2,
    # Months after the event before a visitor's name, e-mail and answers are erased (the
    # personal data page says the same).
    "REGISTRATIONS_VISITOR_RETENTION_MONTHS": 12,
    # Registrations one address (a visitor's IP) may send per hour (against scripts).
    "REGISTRATIONS_PER_HOUR": 10,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
