"""The exchange's settings and their defaults: a site that installs this plugin overrides any
of them in its own settings. The delay after which a question counts as unanswered is the
facilitator's, in the admin (ExchangeSettings)."""

from django.conf import settings

DEFAULTS = {
    # How long after posting its author may still edit an answer; each edit keeps the previous
    # text, shown under the answer.
    "EXCHANGE_EDIT_MINUTES": 60,
    # Posts (questions, answers, subjects, reports) one account may send per hour.
    "EXCHANGE_POSTS_PER_HOUR": 30,
    # Attachments of a question: how many, and which extensions (checked like reserved resources).
    "EXCHANGE_MAX_ATTACHMENTS": 3,
    "EXCHANGE_ATTACHMENT_EXTENSIONS": ["pdf", "odt", "ods", "docx", "xlsx", "jpg", "jpeg", "png"],
    # Questions per page of the list.
    "EXCHANGE_PER_PAGE": 20,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
