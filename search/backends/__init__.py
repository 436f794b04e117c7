"""Which backend answers, the query it is asked, and the database backend to fall back on.

Only Wagtail's search API: `backend.search()` / `backend.autocomplete()` with the queries of
search.groups (`PlainText`, `Phrase`, `And`, `Or`) and `Fuzzy`, scores through `.annotate_score()`. Any error from Elasticsearch
becomes `SearchUnavailable`, and the caller answers from the database backend instead
(search.fallback). The requests of one search share one deadline (`deadline`).
"""

import time
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from wagtail.search.backends import get_search_backend

from search import conf

# How many candidates each backend query may return; past this, lower-ranked matches are dropped.
MAX_CANDIDATES = 1000
# Below this many seconds left, a search does not start another Elasticsearch request.
LEAST_REQUEST_SECONDS = 0.05

# When the search under way must be done with Elasticsearch (a time.monotonic()), or None.
deadline_at = ContextVar("search_deadline", default=None)


class SearchUnavailable(Exception):
    """The configured backend failed; the caller retries on the database backend."""


def is_elasticsearch(backend):
    """Whether `backend` is one of Wagtail's Elasticsearch (or OpenSearch) backends."""
    return hasattr(backend, "es")


def database_backend():
    """The database backend: the `database` entry beside Elasticsearch, or the default one."""
    name = "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"
    backend = get_search_backend(name)
    if is_elasticsearch(backend):  # pragma: no cover - misconfiguration
        params = dict(conf.get("DATABASE_SEARCH_BACKEND"))
        backend = get_search_backend(params.pop("BACKEND"), **params)
    return backend


def reading_timeout(autocomplete=False):
    """Seconds a visitor's search (or autocomplete keystroke) may spend on Elasticsearch."""
    return conf.get("SEARCH_AUTOCOMPLETE_TIMEOUT" if autocomplete else "SEARCH_TIMEOUT")


def reading_backend(autocomplete=False):
    """The configured backend, for a visitor's search: on Elasticsearch, each request waits
    SEARCH_TIMEOUT seconds at most (SEARCH_AUTOCOMPLETE_TIMEOUT for an autocomplete keystroke),
    not the longer TIMEOUT that indexing needs. The database backend has no such option."""
    backend = get_search_backend()
    if not is_elasticsearch(backend):
        return backend
    return get_search_backend("default", TIMEOUT=reading_timeout(autocomplete))


@contextmanager
def deadline(seconds):
    """Within it, the Elasticsearch requests of `ranked` share `seconds` in all: each waits at
    most the time left, and none starts once it is spent. A search makes up to four requests
    (pages, resources, then both again forgiving typos): with a full timeout each, a slow
    cluster would hold the visitor four timeouts long."""
    token = deadline_at.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        deadline_at.reset(token)


def within_deadline(backend):
    """`backend`, or the configured backend with the time left as its timeout when a deadline
    runs out sooner than the backend's own timeout; SearchUnavailable once it is spent."""
    ends = deadline_at.get()
    if ends is None or not is_elasticsearch(backend):
        return backend
    left = ends - time.monotonic()
    if left < LEAST_REQUEST_SECONDS:
        raise SearchUnavailable("the search's time on Elasticsearch is spent")
    if left >= backend.timeout:
        return backend
    return get_search_backend("default", TIMEOUT=left)


def expands_synonyms(backend):
    """Whether the page widens the query's words with the synonym file (SEARCH_QUERY_SYNONYMS,
    on by default: on Elasticsearch the analyzer knows the rules too, which does no harm)."""
    return bool(conf.get("SEARCH_QUERY_SYNONYMS"))


def ranked(backend, queryset, query, autocomplete=False, limit=MAX_CANDIDATES):
    """[(pk, score)] best first, as the backend ranks `query` among `queryset` (within the
    running deadline, if any)."""
    try:
        backend = within_deadline(backend)
        method = backend.autocomplete if autocomplete else backend.search
        results = method(query, queryset.only("pk")).annotate_score("search_score")
        return [(obj.pk, obj.search_score or 0.0) for obj in results[:limit]]
    except SearchUnavailable:
        raise
    except Exception as exc:
        if is_elasticsearch(backend):
            raise SearchUnavailable(str(exc)) from exc
        raise
