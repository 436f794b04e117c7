"""The search's settings and their defaults: a site that installs this plugin overrides
any of them in its own settings."""

from django.conf import settings

DEFAULTS = {
    # The database backend, searched when Elasticsearch fails (and the default one without it).
    "DATABASE_SEARCH_BACKEND": {"BACKEND": "wagtail.search.backends.database"},
    "SEARCH_RESULTS_PER_PAGE": 20,
    # Below this many items with every word of a query, those with most of them are added.
    "SEARCH_WIDEN_BELOW": 3,
    # Whether the page widens each word of a query with its synonyms (search/synonyms/fr.txt).
    "SEARCH_QUERY_SYNONYMS": True,
    # Seconds a visitor's search, and an autocomplete keystroke, wait for Elasticsearch.
    "SEARCH_TIMEOUT": 2.0,
    "SEARCH_AUTOCOMPLETE_TIMEOUT": 1.0,
    # Failures in a row after which searches skip Elasticsearch, and for how many seconds.
    "SEARCH_BREAKER_FAILURES": 3,
    "SEARCH_BREAKER_COOLDOWN": 30.0,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
