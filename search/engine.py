"""The search page's engine: the search backend finds and ranks, the database decides.

The backend (Elasticsearch or the database) only proposes candidate ids with a score. Every
candidate then goes through the same SQL querysets as the rest of the site (live, public, current
locale pages; `members_area.permissions.viewable_resources(user)` for resources), which also
bring the facet values. Filtering, facet counts, sorting and pagination are then done on that
visible set, so a stale index or a forgotten filter can never show, count or excerpt something
the visitor may not open, and a change of access needs no reindexing.

If Elasticsearch fails, the same search runs on the database backend and `degraded` is set.
"""

import html
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    Aggregate,
    CharField,
    F,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Fuzzy, Or, Phrase, PlainText

from members_area.models import Resource
from members_area.permissions import viewable_resources
from reseau.routing import restricted_paths
from search.analysis import read_synonyms
from sheets.models import EventPage, ExperienceSheetPage, TechnicalSheetPage, Theme

logger = logging.getLogger(__name__)

# How many candidates each backend query may return; past this, lower-ranked matches are dropped.
MAX_CANDIDATES = 1000

KIND_LABELS = {
    "experience": _("Fiche expérience"),
    "technique": _("Fiche technique"),
    "evenement": _("Événement"),
    "ressource": _("Ressource réservée"),
}
PAGE_KINDS = {
    "experience": ExperienceSheetPage,
    "technique": TechnicalSheetPage,
    "evenement": EventPage,
}
# The text an excerpt may be cut from: only what is public on the item's own page (or, for a
# resource, what its reader may open). Members-only parts (contacts, event reports) never are.
EXCERPT_FIELDS = {
    "experience": ["summary", "context", "approach", "results", "costs", "difficulties", "advice"],
    "technique": ["summary", "body"],
    "evenement": ["summary", "programme"],
    "ressource": ["description", "extracted_text"],
}


class SearchUnavailable(Exception):
    """The configured backend failed; the caller retries on the database backend."""


@dataclass
class Row:
    kind: str
    pk: int
    score: float
    date: object
    year: int | None
    commune_id: int | None
    commune_name: str = ""
    theme_ids: set = field(default_factory=set)


@dataclass
class Result:
    kind: str
    kind_label: str
    title: str
    url: str
    excerpt: str
    date: object
    year: int | None
    commune_name: str
    themes: list


@dataclass
class SearchOutcome:
    rows: list
    facets: dict
    degraded: bool = False
    fuzzy: bool = False


# --- Text helpers ------------------------------------------------------------------------------
_WORD = re.compile(r"\w+", re.UNICODE)
BLOCK_END = re.compile(r"<(?:/p|br\s*/?|/li|/h[1-6]|/div|/td|/th)>", re.IGNORECASE)
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|t|c|m|lorsqu|puisqu|jusqu)['’]", re.IGNORECASE)


def fold(text):
    """Lowercase without accents: "Énergie" -> "energie"."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def _stem(word):
    """A crude French light stem for highlighting and query expansion: plural and feminine
    endings off ("énergies" and "énergie" both give "energi")."""
    word = fold(word)
    for suffix in ("aux", "es", "s", "x", "e"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)] if suffix != "aux" else word[:-3] + "a"
    return word


def query_words(query):
    words = []
    for raw in query.split():
        raw = _ELISION.sub("", raw)
        words.extend(w for w in _WORD.findall(raw) if len(w) > 1 or w.isdigit())
    return words


def backend_text(query):
    """The words of the query, lowercased, without punctuation: what reaches the backend, so
    that quotes, brackets or AND/OR/NOT typed by a visitor are never query syntax (SQLite FTS5
    fails on them)."""
    return " ".join(w.lower() for w in query_words(query))


def phrase_text(phrase):
    """A staff synonym phrase for a Phrase query: lowercased words, elided articles KEPT ("plan
    local d'urbanisme"): on PostgreSQL the article is a stop word that still takes a position in
    the indexed text, so dropping it would make the phrase miss. Only words and apostrophes
    reach the backend (SQLite wraps the phrase in double quotes)."""
    return " ".join(re.findall(r"\w+(?:'\w+)*", phrase.replace("’", "'").lower()))


def synonym_groups(query, rules=None):
    """Phrases equivalent to parts of the query, from the staff synonym file."""
    rules = read_synonyms() if rules is None else rules
    folded_query = " " + " ".join(fold(w) for w in query_words(query)) + " "
    expansions = []
    for rule in rules:
        left, arrow, right = rule.partition("=>")
        sources = [s.strip() for s in left.split(",") if s.strip()]
        targets = [s.strip() for s in (right if arrow else left).split(",") if s.strip()]
        for source in sources:
            key = " " + " ".join(fold(w) for w in query_words(source)) + " "
            if key.strip() and key in folded_query:
                expansions.extend(t for t in targets if t.lower() != source.lower())
                break
    return expansions


def highlight(text, query, length=260):
    """An HTML excerpt around the first query word found: escaped, matches wrapped in <mark>."""
    # strip_tags leaves entities (l&#x27;eau): decode them, every part is escaped again below.
    text = " ".join(html.unescape(strip_tags(text or "")).split())
    if not text:
        return ""
    stems = {_stem(w) for w in query_words(query)}
    for phrase in synonym_groups(query):
        stems.update(_stem(w) for w in query_words(phrase))
    stems = {s for s in stems if len(s) >= 2}

    def matches(word):
        folded = fold(word)
        return any(folded.startswith(s) or _stem(word) == s for s in stems)

    spans = [m.span() for m in _WORD.finditer(text) if stems and matches(m.group())]
    start = 0
    if spans:
        start = max(0, spans[0][0] - length // 3)
        if start:
            start = text.rfind(" ", 0, start) + 1
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    parts, cursor = [], start
    for s, e in spans:
        if s < start or e > end:
            continue
        parts.append(escape(text[cursor:s]))
        parts.append(f"<mark>{escape(text[s:e])}</mark>")
        cursor = e
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every part escaped above


# --- Backends ----------------------------------------------------------------------------------
def is_elasticsearch(backend):
    return hasattr(backend, "es")


def database_backend():
    name = "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else "default"
    backend = get_search_backend(name)
    if is_elasticsearch(backend):  # pragma: no cover - misconfiguration
        params = dict(settings.DATABASE_SEARCH_BACKEND)
        backend = get_search_backend(params.pop("BACKEND"), **params)
    return backend


def build_query(backend, query, fuzzy=False):
    """PlainText, widened with synonyms where the backend does not apply them itself."""
    query = backend_text(query)
    if fuzzy:
        return Fuzzy(query)
    expand = getattr(settings, "SEARCH_QUERY_SYNONYMS", None)
    if expand is None:
        expand = not is_elasticsearch(backend)
    base = PlainText(query)
    if not expand:
        return base
    extra = []
    for phrase in synonym_groups(query):
        if len(query_words(phrase)) > 1:
            extra.append(Phrase(phrase_text(phrase)))
        elif backend_text(phrase):
            extra.append(PlainText(backend_text(phrase)))
    return Or([base, *extra]) if extra else base


def candidates(backend, queryset, query, autocomplete=False):
    """[(pk, score)] best first, as proposed by the backend for this queryset."""
    method = backend.autocomplete if autocomplete else backend.search
    results = method(query, queryset)
    if is_elasticsearch(backend):
        try:
            response = backend.es.search(
                index=backend.get_index_for_model(queryset.model).name,
                query=results.query_compiler.get_query(),
                size=MAX_CANDIDATES,
                _source=False,
                stored_fields="pk",
            )
        except Exception as exc:
            raise SearchUnavailable(str(exc)) from exc
        return [
            (int(hit["fields"]["pk"][0]), hit["_score"] or 0.0) for hit in response["hits"]["hits"]
        ]
    rows = results.annotate_score("_search_score")[:MAX_CANDIDATES]
    # The database backends rank by their own scale (SQLite's bm25 is negative); keep their order.
    total = len(rows)
    return [(obj.pk, float(total - i)) for i, obj in enumerate(rows)]


def _normalise(pairs):
    if not pairs:
        return {}
    top = max(score for _, score in pairs) or 1.0
    return {pk: score / top for pk, score in pairs}


# --- Visible rows with their facet values ------------------------------------------------------
# Page kinds as Page's reverse one-to-one names (multi-table inheritance), with their theme links.
PAGE_CHILDREN = {
    "experience": (
        "experiencesheetpage",
        ExperienceSheetPage.themes.through,
        "experiencesheetpage_id",
    ),
    "technique": ("technicalsheetpage", TechnicalSheetPage.themes.through, "technicalsheetpage_id"),
    "evenement": ("eventpage", EventPage.themes.through, "eventpage_id"),
}


def active_language():
    """The content language of this request, found without a query (Locale.get_active() costs
    one; the row queries join on the locale's code instead)."""
    return get_supported_content_language_variant(translation.get_language())


def public_q():
    """Pages with no view restriction on themselves or an ancestor, from the restricted paths
    that reseau.routing keeps (Wagtail's `.public()` spends one query per call reading them)."""
    paths = restricted_paths()
    if not paths:
        return Q()
    return ~reduce(or_, (Q(path__startswith=path) for path in paths))


class _JoinedIds(Aggregate):
    """Comma-separated ids of a group: GROUP_CONCAT (SQLite, MySQL) or STRING_AGG (PostgreSQL)."""

    function = "GROUP_CONCAT"
    output_field = CharField()

    def as_postgresql(self, compiler, connection, **extra_context):
        return super().as_sql(
            compiler,
            connection,
            function="STRING_AGG",
            template="%(function)s(CAST(%(expressions)s AS text), ',')",
            **extra_context,
        )


def _theme_ids(through, owner, outer="pk"):
    """The item's theme ids as "3,7", from a correlated subquery: no query of its own."""
    links = (
        through.objects.filter(**{owner: OuterRef(outer)})
        .values(owner)
        .annotate(ids=_JoinedIds("theme_id"))
        .values("ids")
    )
    return Subquery(links, output_field=CharField())


def _page_rows(queryset, language):
    """(pk, content type, date, year, commune id, commune name, theme ids) of the live, public
    pages of `queryset` in `language`: ONE query whatever the number or kinds of pages."""
    return (
        queryset.filter(public_q(), live=True, locale__language_code=language)
        .annotate(
            _date=Coalesce(F("eventpage__start"), F("first_published_at")),
            _year=F("experiencesheetpage__year_start"),
            _commune=Coalesce(
                F("experiencesheetpage__commune_id"), F("eventpage__host_commune_id")
            ),
            _commune_name=Coalesce(
                F("experiencesheetpage__commune__name"), F("eventpage__host_commune__name")
            ),
            _themes=Coalesce(
                *(_theme_ids(through, owner) for _name, through, owner in PAGE_CHILDREN.values())
            ),
        )
        .values_list(
            "pk", "content_type_id", "_date", "_year", "_commune", "_commune_name", "_themes"
        )
    )


def _resource_rows(queryset, user):
    """The same columns for the resources of `queryset` this user may open: ONE query."""
    return (
        queryset.filter(pk__in=viewable_resources(user).values("pk"))
        .annotate(
            _kind=Value(None, IntegerField()),
            _date=F("created_at"),
            _commune_name=F("commune__name"),
            _themes=_theme_ids(Resource.themes.through, "resource_id"),
        )
        .values_list("pk", "_kind", "_date", "year", "commune_id", "_commune_name", "_themes")
    )


def _kind_by_content_type():
    """{content type id: kind}; ContentType's own cache answers after the first request."""
    found = ContentType.objects.get_for_models(*PAGE_KINDS.values())
    return {found[model].pk: kind for kind, model in PAGE_KINDS.items()}


def _rows_from_values(values, kinds, kind=None, ranked=False):
    """Rows from value tuples, scored by rank (best first) when `ranked`."""
    values = list(values)
    kind_of = _kind_by_content_type() if kind is None else {}
    total = len(values)
    rows = []
    for position, (pk, content_type, date, year, commune, commune_name, themes) in enumerate(
        values
    ):
        row_kind = kind or kind_of.get(content_type)
        if row_kind not in kinds:
            continue
        if row_kind in ("technique", "evenement") and date:
            year = timezone.localtime(date).year
        rows.append(
            Row(
                kind=row_kind,
                pk=pk,
                score=float(total - position) if ranked else 0.0,
                date=date,
                year=year or None,
                commune_id=commune or None,
                commune_name=commune_name or "",
                theme_ids={int(t) for t in themes.split(",") if t} if themes else set(),
            )
        )
    return rows


def _normalise_rows(rows):
    top = max((r.score for r in rows), default=0.0) or 1.0
    for row in rows:
        row.score = row.score / top
    return rows


def collect_rows(user, scores_by_kind, kinds):
    """Rows for every visible item of the requested kinds; `scores_by_kind[kind]` ({pk: score})
    restricts to candidates (None or absent = browse everything). One query for the pages, one
    for the resources."""
    language = active_language()
    rows = []
    page_kinds = [k for k in kinds if k in PAGE_KINDS]
    if page_kinds:
        pages = Page.objects.type(*(PAGE_KINDS[k] for k in page_kinds))
        scores = _merged_scores(scores_by_kind, page_kinds)
        if scores is None or scores:
            if scores is not None:
                pages = pages.filter(pk__in=list(scores))
            for row in _rows_from_values(_page_rows(pages, language), page_kinds):
                row.score = (scores or {}).get(row.pk, 0.0)
                rows.append(row)
    if "ressource" in kinds:
        scores = scores_by_kind.get("ressource")
        if scores is None or scores:
            resources = Resource.objects.all()
            if scores is not None:
                resources = resources.filter(pk__in=list(scores))
            for row in _rows_from_values(_resource_rows(resources, user), kinds, kind="ressource"):
                row.score = (scores or {}).get(row.pk, 0.0)
                rows.append(row)
    return rows


def _merged_scores(scores_by_kind, page_kinds):
    if all(scores_by_kind.get(k) is None for k in page_kinds):
        return None
    merged = {}
    for kind in page_kinds:
        merged.update(scores_by_kind.get(kind) or {})
    return merged


# --- Facets ------------------------------------------------------------------------------------
FACETS = ("theme", "type", "commune", "year")


def row_matches(row, filters, skip=None):
    if skip != "theme" and filters["theme"] and not (row.theme_ids & filters["theme"]):
        return False
    if skip != "type" and filters["type"] and row.kind not in filters["type"]:
        return False
    if skip != "commune" and filters["commune"] and row.commune_id not in filters["commune"]:
        return False
    return not (skip != "year" and filters["year"] and row.year not in filters["year"])


def facet_counts(rows, filters):
    """Counts per value, each facet counted over the rows the OTHER facets let through, so a
    visitor sees how many results ticking one more box would add."""
    counts = {name: {} for name in FACETS}
    for name in FACETS:
        bucket = counts[name]
        for row in rows:
            if not row_matches(row, filters, skip=name):
                continue
            if name == "theme":
                keys = row.theme_ids
            elif name == "type":
                keys = [row.kind]
            elif name == "commune":
                keys = [row.commune_id] if row.commune_id else []
            else:
                keys = [row.year] if row.year else []
            for key in keys:
                bucket[key] = bucket.get(key, 0) + 1
    return counts


# --- The whole search --------------------------------------------------------------------------
def run_search(user, query, kinds, backend=None):
    """Rows (unfiltered by facets) for `query` ("" = browse) over `kinds` the user may see."""
    if query and not backend_text(query):
        return SearchOutcome(rows=[], facets={})
    if not query:
        return SearchOutcome(rows=collect_rows(user, {}, kinds), facets={})
    backend = backend or get_search_backend()
    try:
        outcome = _search_with(backend, user, query, kinds)
    except SearchUnavailable as exc:
        logger.error("Search backend failed, answering from the database: %s", exc)
        outcome = _search_with(database_backend(), user, query, kinds)
        outcome.degraded = True
    return outcome


def _ranked_queryset(backend, compiled, queryset):
    """On the database backend: the backend's own ranked queryset (best first), still open to
    filtering, so ranking, visibility and facet values come out of ONE query. None when the
    backend cannot give one (Elasticsearch, or a backend without `get_queryset`)."""
    if is_elasticsearch(backend):
        return None
    results = backend.search(compiled, queryset).annotate_score("_search_score")
    get_queryset = getattr(results, "get_queryset", None)
    return get_queryset() if get_queryset is not None else None


def _search_with(backend, user, query, kinds):
    page_kinds = [k for k in kinds if k in PAGE_KINDS]
    compiled = build_query(backend, query)
    if not is_elasticsearch(backend):
        rows = _database_rows(backend, compiled, user, kinds, page_kinds)
        if rows is not None:
            return SearchOutcome(rows=rows, facets={})

    def gather(fuzzy):
        scores = {}
        compiled = build_query(backend, query, fuzzy=fuzzy)
        try:
            if page_kinds:
                # Elasticsearch filters on indexed fields only: the locale by id.
                pages = Page.objects.filter(live=True, locale=Locale.get_active()).type(
                    *(PAGE_KINDS[k] for k in page_kinds)
                )
                found = _normalise(candidates(backend, pages, compiled))
                for kind in page_kinds:
                    scores[kind] = found
            if "ressource" in kinds:
                scores["ressource"] = _normalise(
                    candidates(backend, Resource.objects.all(), compiled)
                )
        except SearchUnavailable:
            raise
        except Exception as exc:
            if is_elasticsearch(backend):
                raise SearchUnavailable(str(exc)) from exc
            raise
        return scores

    scores = gather(fuzzy=False)
    fuzzy = False
    if is_elasticsearch(backend) and not any(scores.values()):
        # Nothing matched as typed: let Elasticsearch forgive a typo or two.
        scores, fuzzy = gather(fuzzy=True), True
    return SearchOutcome(rows=collect_rows(user, scores, kinds), facets={}, fuzzy=fuzzy)


def _database_rows(backend, compiled, user, kinds, page_kinds):
    """Ranked visible rows straight from the database backend's query (one per model), or None
    to take the generic path."""
    language = active_language()
    rows = []
    if page_kinds:
        base = Page.objects.filter(live=True).type(*(PAGE_KINDS[k] for k in page_kinds))
        ranked = _ranked_queryset(backend, compiled, base)
        if ranked is None:
            return None
        values = _page_rows(ranked, language)[:MAX_CANDIDATES]
        rows += _normalise_rows(_rows_from_values(values, page_kinds, ranked=True))
    if "ressource" in kinds:
        ranked = _ranked_queryset(backend, compiled, Resource.objects.all())
        if ranked is None:
            return None
        values = _resource_rows(ranked, user)[:MAX_CANDIDATES]
        rows += _normalise_rows(_rows_from_values(values, kinds, kind="ressource", ranked=True))
    return rows


def sort_rows(rows, order, browsing):
    def date_key(row):
        return row.date.timestamp() if hasattr(row.date, "timestamp") else 0

    if order == "date" or browsing:
        return sorted(rows, key=lambda r: (date_key(r), r.pk), reverse=True)
    return sorted(rows, key=lambda r: (r.score, date_key(r)), reverse=True)


def load_results(rows, query, request, themes=None):
    """Display data for one page of rows: one query for the pages (each with its own fields,
    through the child tables joined in), one for the resources. `themes` ({id: Theme}) are the
    ones the caller already holds; the commune name came with the row."""
    page_ids = [r.pk for r in rows if r.kind in PAGE_KINDS]
    resource_ids = [r.pk for r in rows if r.kind == "ressource"]
    pages = {}
    if page_ids:
        children = [PAGE_CHILDREN[k][0] for k in PAGE_KINDS]
        pages = Page.objects.filter(pk__in=page_ids).select_related(*children).in_bulk()
    resources = Resource.objects.in_bulk(resource_ids) if resource_ids else {}
    if themes is None:
        theme_ids = set().union(*(r.theme_ids for r in rows)) if rows else set()
        themes = Theme.objects.in_bulk(theme_ids) if theme_ids else {}
    results = []
    for row in rows:
        if row.kind == "ressource":
            obj = resources.get(row.pk)
        else:
            page = pages.get(row.pk)
            obj = getattr(page, PAGE_CHILDREN[row.kind][0], None) if page else None
        if obj is None:
            continue
        url = obj.get_absolute_url() if row.kind == "ressource" else obj.get_url(request)
        text = " ".join(_field_text(obj, name) for name in EXCERPT_FIELDS[row.kind])
        results.append(
            Result(
                kind=row.kind,
                kind_label=KIND_LABELS[row.kind],
                title=obj.title,
                url=url,
                excerpt=highlight(text, query) if query else highlight(text, "", length=200),
                date=row.date,
                year=row.year,
                commune_name=row.commune_name,
                themes=sorted(
                    (themes[t] for t in row.theme_ids if t in themes),
                    key=lambda t: (t.sort_order, t.name),
                ),
            )
        )
    return results


def _field_text(obj, name):
    value = getattr(obj, name, "")
    if value is None:
        return ""
    if hasattr(value, "stream_block"):
        return " ".join(str(v) for v in value.stream_block.get_searchable_content(value))
    # Block ends become spaces so that "accueil</li><li>18h15" does not read "accueil18h15".
    return strip_tags(BLOCK_END.sub(" ", str(value)))
