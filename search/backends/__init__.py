"""Which backend answers, the query it is asked, and the database backend to fall back on.

Only Wagtail's search API: `backend.search()` / `backend.autocomplete()` with `PlainText`,
`Phrase`, `Fuzzy` and `Or`, scores through `.annotate_score()`. Any error from Elasticsearch
becomes `SearchUnavailable`, and the caller answers from the database backend instead
(search.fallback).
"""

from django.conf import settings
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy, Or, Phrase, PlainText

from search import conf
from search.analysis import backend_text, phrase_text, query_words
from search.synonyms import synonym_groups

# How many candidates each backend query may return; past this, lower-ranked matches are dropped.
MAX_CANDIDATES = 1000


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


def reading_backend(autocomplete=False):
    """The configured backend, for a visitor's search: on Elasticsearch, each request waits
    SEARCH_TIMEOUT seconds at most (SEARCH_AUTOCOMPLETE_TIMEOUT for an autocomplete keystroke),
    not the longer TIMEOUT that indexing needs. The database backend has no such option."""
    backend = get_search_backend()
    if not is_elasticsearch(backend):
        return backend
    timeout = conf.get("SEARCH_AUTOCOMPLETE_TIMEOUT" if autocomplete else "SEARCH_TIMEOUT")
    return get_search_backend("default", TIMEOUT=timeout)


def expands_synonyms(backend):
    """Whether the page adds the synonyms to the query itself: on the database backend, which
    has no analyzer for them (SEARCH_QUERY_SYNONYMS may say otherwise)."""
    expand = conf.get("SEARCH_QUERY_SYNONYMS")
    return not is_elasticsearch(backend) if expand is None else expand


def build_query(backend, query, fuzzy=False):
    """PlainText, widened with synonyms where the backend does not apply them itself; Fuzzy to
    forgive a typo."""
    query = backend_text(query)
    if fuzzy:
        return Fuzzy(query)
    base = PlainText(query)
    if not expands_synonyms(backend):
        return base
    extra = []
    for phrase in synonym_groups(query):
        if len(query_words(phrase)) > 1:
            extra.append(Phrase(phrase_text(phrase)))
        elif backend_text(phrase):
            extra.append(PlainText(backend_text(phrase)))
    return Or([base, *extra]) if extra else base


def ranked(backend, queryset, query, autocomplete=False, limit=MAX_CANDIDATES):
    """[(pk, score)] best first, as the backend ranks `query` among `queryset`."""
    method = backend.autocomplete if autocomplete else backend.search
    try:
        results = method(query, queryset.only("pk")).annotate_score("search_score")
        return [(obj.pk, obj.search_score or 0.0) for obj in results[:limit]]
    except SearchUnavailable:
        raise
    except Exception as exc:
        if is_elasticsearch(backend):
            raise SearchUnavailable(str(exc)) from exc
        raise
