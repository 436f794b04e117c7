"""The search's settings and their defaults: a site that installs this plugin overrides
any of them in its own settings."""

from django.conf import settings

DEFAULTS = {
    # The database backend, searched when Elasticsearch fails (and the default one without it).
    "DATABASE_SEARCH_BACKEND": {"BACKEND": "wagtail.search.backends.database"},
    "SEARCH_RESULTS_PER_PAGE": 20,
    # None: the page expands queries with the synonym file on the database backend only.
    "SEARCH_QUERY_SYNONYMS": None,
}


def get(name):
    """The site's value of setting `name`, else this plugin's default."""
    return getattr(settings, name, DEFAULTS[name])
