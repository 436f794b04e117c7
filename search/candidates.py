"""Candidates and access: what the backend proposes, among what the visitor may see.

Visible pages are Wagtail's `.live().public()` pages of the searched kinds in the current
language; resources are what `members_area.permissions.viewable_resources(user)` lets this user
open (the one place that decides). A database backend searches among those visible items
directly. Elasticsearch filters on its indexed fields only (live, locale, type): its ids are
checked again when the facets are counted, so a stale index can never show what is not visible.
"""

from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import IntegerField, Q
from django.db.models.functions import Cast
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.models import IndexEntry
from wagtail.search.query import And, Fuzzy, Or, Phrase, PlainText

from members_area.models import Resource
from members_area.permissions import viewable_resources
from search import conf
from search.analysis import backend_text
from search.backends import expands_synonyms, is_elasticsearch, ranked
from search.groups import every_group, most_groups, query_groups
from search.kinds import PAGE_KINDS, kind_by_content_type


@dataclass
class Candidates:
    """{pk: score} per model, best 1.0; None = no query, every visible item is a candidate."""

    pages: dict | None
    resources: dict | None
    fuzzy: bool = False
    # True when no item has every word: the candidates have a minimum share of them.
    partial: bool = False
    # True when the search ran among the visible items only (database backends); the ids from
    # Elasticsearch are checked again.
    checked: bool = False


def active_language():
    """The content language of this request (pages are filtered on their locale's code)."""
    return get_supported_content_language_variant(translation.get_language())


def visible_pages(kinds, language=None):
    """The live, public pages of `kinds` in the current language (Wagtail reads the view
    restrictions once, when this is called)."""
    content_types = [ct for ct, kind in kind_by_content_type().items() if kind in kinds]
    return (
        Page.objects.live()
        .public()
        .filter(locale__language_code=language or active_language())
        .filter(content_type_id__in=content_types)
    )


def find_candidates(backend, user, query, kinds, pages=None, corrections=None, forms=None):
    """Candidates of `query` for the visible pages of `kinds` (`pages`, when the caller has built
    them) and the resources `user` may open: those with every word first, then those with most
    of them. `corrections` and `forms` widen words (search.groups.query_groups)."""
    groups = query_groups(query, expands_synonyms(backend), corrections, forms)
    if is_elasticsearch(backend):
        return _indexed_candidates(backend, query, groups, kinds)
    found = Candidates(pages={}, resources={}, checked=True)
    if not groups:
        return found
    page_kinds = [k for k in kinds if k in PAGE_KINDS]
    tiers = []
    if page_kinds:
        pages = _by_id(visible_pages(page_kinds) if pages is None else pages)
        content_types = [ct for ct, kind in kind_by_content_type().items() if kind in page_kinds]
        first, rest = _tiered(
            backend, groups, lambda q: _narrowed(backend, q, pages, content_types)
        )
        found.pages = _scores(first, rest)
        tiers.append(bool(first))
    if "ressource" in kinds:
        resources = _by_id(viewable_resources(user))
        content_types = [ContentType.objects.get_for_model(Resource).pk]
        first, rest = _tiered(
            backend, groups, lambda q: _narrowed(backend, q, resources, content_types)
        )
        found.resources = _scores(first, rest)
        tiers.append(bool(first))
    found.partial = bool(found.pages or found.resources) and not any(tiers)
    return found


def _tiered(backend, groups, searched):
    """(ids with every group, ids with only a minimum share of them), each best first as the
    backend ranks them. `searched(query)` is the queryset to search with `query`. The wider
    query runs only when fewer than SEARCH_WIDEN_BELOW items have every group: items with some
    of the words help when those with all of them are few (issue 19); otherwise they would
    only come after them, and the common query costs one backend query, as before."""
    strict = every_group(groups)
    first = [pk for pk, _score in ranked(backend, searched(strict), strict)]
    loose = most_groups(groups)
    if loose is None or len(first) >= conf.get("SEARCH_WIDEN_BELOW"):
        return first, []
    seen = set(first)
    return first, [pk for pk, _score in ranked(backend, searched(loose), loose) if pk not in seen]


def _scores(first, rest):
    """{pk: score} from the ranks (the backends' scales are not comparable between models):
    every item with all the words (above 1) before those with most of them (1 at most)."""
    scores = {pk: 1 + (len(first) - i) / len(first) for i, pk in enumerate(first)}
    scores.update({pk: (len(rest) - i) / len(rest) for i, pk in enumerate(rest)})
    return scores


def _indexed_candidates(backend, query, groups, kinds):
    """From Elasticsearch, on its indexed filters; when nothing matches as typed, a second try
    forgives a typo or two."""
    page_kinds = [k for k in kinds if k in PAGE_KINDS]
    querysets = []
    if page_kinds:
        pages = Page.objects.filter(live=True, locale=Locale.get_active()).type(
            *(PAGE_KINDS[k] for k in page_kinds)
        )
        querysets.append(("pages", pages))
    if "ressource" in kinds:
        querysets.append(("resources", Resource.objects.all()))

    found = Candidates(pages={}, resources={})
    tiers = []
    if groups:
        for name, queryset in querysets:
            first, rest = _tiered(backend, groups, lambda _q, qs=queryset: qs)
            setattr(found, name, _scores(first, rest))
            tiers.append(bool(first))
    if found.pages or found.resources:
        found.partial = not any(tiers)
        return found
    words = backend_text(query)
    if not words:
        return found
    found.fuzzy = True
    for name, queryset in querysets:
        setattr(found, name, _normalised(ranked(backend, queryset, Fuzzy(words))))
    return found


def _by_id(queryset):
    """The same rows, filtered by id only: Wagtail's search accepts filters on its indexed
    filter fields alone, and the visibility rules (view restrictions, locale, grants) are
    not."""
    return queryset.model.objects.filter(pk__in=queryset.values("pk"))


def _normalised(pairs):
    top = max((score for _pk, score in pairs), default=0.0) or 1.0
    return {pk: score / top for pk, score in pairs}


def _narrowed(backend, compiled, queryset, content_types):
    """On PostgreSQL's database backend, `queryset` narrowed to the items whose indexed title or
    body holds one of the query's words, found through the GIN indexes of Wagtail's index table
    (a superset of what the query matches: Wagtail's own search then matches and ranks). Left
    alone, PostgreSQL misjudges the text match on the joined title and body and may loop over
    every page for each match."""
    if connection.vendor != "postgresql" or not hasattr(backend, "config"):
        return queryset
    words = _words(compiled)
    if not words:
        return queryset
    any_word = reduce(
        or_, (SearchQuery(w, config=backend.config, search_type="plain") for w in words)
    )
    entries = (
        IndexEntry.objects.filter(Q(title=any_word) | Q(body=any_word))
        .filter(content_type_id__in=content_types)
        .annotate(item_id=Cast("object_id", IntegerField()))
        .values("item_id")
    )
    return queryset.filter(pk__in=entries)


def _words(compiled):
    """Every word of a query made of PlainText and Phrase (under And/Or), or [] for any other
    shape (then nothing is narrowed)."""
    words = []

    def walk(node):
        if isinstance(node, PlainText | Phrase):
            words.extend(w for w in node.query_string.replace("-", " ").split() if w)
            return True
        if isinstance(node, And | Or):
            return all(walk(sub) for sub in node.subqueries)
        return False

    return list(dict.fromkeys(words)) if walk(compiled) else []
