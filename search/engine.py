"""The search page's search: the backend proposes, the database decides.

The backend ranks candidates (at most `MAX_CANDIDATES` per model; none when browsing: then every
visible item is one). The database then keeps what the visitor may see (search.candidates), counts
the facets and lists the hits over that visible set (search.facets), and the page loads only the
displayed results (search.results). So a stale index or a forgotten filter can never show, count
or excerpt something the visitor may not open, and a change of access needs no reindexing.

Words the site's vocabulary does not know are widened with their closest known spelling
(search.vocabulary), and the outcome says so. If Elasticsearch fails, or while its circuit
breaker is open, the same search runs on the database backend and `degraded` is set
(search.fallback).
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from django.db.models import F

from members_area.models import Resource
from members_area.permissions import viewable_resources
from search import vocabulary
from search.analysis import backend_text, is_stop_word, query_words
from search.candidates import Candidates, active_language, find_candidates, visible_pages
from search.facets import FACETS, PageSide, ResourceSide, count_facets, no_filters, union
from search.fallback import answer
from search.kinds import PAGE_KINDS, kind_by_key


@dataclass
class SearchOutcome:
    """What the page shows: `hits` (a sequence of (kind, pk), in display order, that a Paginator
    slices), `total`, `facets` ({facet: {value: count}}), `communes` ({id: name} of the counted
    communes)."""

    hits: Sequence
    total: int
    facets: dict
    communes: dict = field(default_factory=dict)
    degraded: bool = False
    fuzzy: bool = False
    partial: bool = False
    corrections: dict = field(default_factory=dict)
    suggestion: str = ""
    # Known words the search also looked for (corrections, word families): excerpts mark them.
    also_searched: tuple = ()


class BrowseHits(Sequence):
    """Every visible item that the filters let through, newest first, read from the database
    one slice (the displayed page) at a time; `total` comes from the facet counts."""

    def __init__(self, parts, total):
        self.parts, self.total = parts, total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        kind_of = kind_by_key()
        rows = union(self.parts).order_by(F("when").desc(nulls_last=True), F("key").desc())
        return [(kind_of[n], pk) for pk, n, _when in rows[index]]


def _timestamp(date):
    return date.timestamp() if date else 0


def search(user, query, kinds, filters=None, order="relevance", backend=None):
    """The visible items for `query` ("" = browse) over `kinds`, filtered by `filters`, in
    display order (`order` "relevance" or "date"; browsing is always by date), with the facet
    counts. Queries: the view restrictions, the backend's (one per model on the database
    backend), the facet counts with the filtered ids (a search), or the facet counts and one
    slice of the ids (browsing)."""
    filters = {**no_filters(), **(filters or {})}
    if query and not backend_text(query):
        return SearchOutcome(hits=[], total=0, facets={name: {} for name in FACETS})
    page_kinds = [k for k in kinds if k in PAGE_KINDS]
    pages = visible_pages(page_kinds, active_language()) if page_kinds else None
    found, degraded = Candidates(pages=None, resources=None), False
    corrections, forms = {}, {}
    if query:
        words = [w for w in query_words(query) if not is_stop_word(w)]
        corrections, forms = vocabulary.widenings(words, active_language()) if words else ({}, {})
        found, degraded = answer(
            lambda backend: find_candidates(backend, user, query, kinds, pages, corrections, forms),
            backend=backend,
        )
    sides = []
    if page_kinds and (found.pages is None or found.pages):
        sides.append(PageSide(page_kinds, pages, found.pages))
    if "ressource" in kinds and (found.resources is None or found.resources):
        # Found among viewable_resources(user) in this request: the ids need no second check.
        resources = Resource.objects.all() if found.checked else viewable_resources(user)
        sides.append(ResourceSide(resources, found.resources))
    facets, communes, rows = count_facets(sides, filters, hits=bool(query))
    total = sum(
        n for kind, n in facets["type"].items() if not filters["type"] or kind in filters["type"]
    )
    if not total:
        hits = []
    elif not query:
        parts = [side.hit_rows(filters).values_list("key", "n", "when") for side in sides]
        hits = BrowseHits(parts, total)
    else:
        scores = {"ressource": found.resources or {}}
        if order == "date":
            rows.sort(key=lambda r: (_timestamp(r[2]), r[1]), reverse=True)
        else:
            rows.sort(
                key=lambda r: (
                    scores.get(r[0], found.pages or {}).get(r[1], 0.0),
                    _timestamp(r[2]),
                ),
                reverse=True,
            )
        hits = [(kind, pk) for kind, pk, _when in rows]
    return SearchOutcome(
        hits=hits,
        total=total,
        facets=facets,
        communes=communes,
        degraded=degraded,
        fuzzy=found.fuzzy,
        partial=found.partial,
        corrections=corrections,
        suggestion=vocabulary.suggested_query(query, corrections) if corrections else "",
        also_searched=tuple(
            dict.fromkeys([*corrections.values(), *(w for ws in forms.values() for w in ws)])
        ),
    )
