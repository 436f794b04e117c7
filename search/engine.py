"""The search page's engine: the search backend finds and ranks, the database decides.

The backend (Elasticsearch or the database) only proposes candidate ids with a score (at most
`MAX_CANDIDATES` per model; none when browsing: then every item is a candidate). The database
then decides, with the same rules as the rest of the site (live, public, current locale pages;
`members_area.permissions.viewable_resources(user)` for resources), what is visible, and counts
and lists on that visible set in SQL: facet counts with GROUP BY (one UNION ALL query), the
filtered ids in order, and the details of the displayed page only. So a stale index or a
forgotten filter can never show, count or excerpt something the visitor may not open, a change of
access needs no reindexing, and the cost grows with the page size, not with the number of
matches.

If Elasticsearch fails, the same search runs on the database backend and `degraded` is set.
"""

import html
import logging
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, reduce
from operator import or_

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import (
    Aggregate,
    BooleanField,
    Case,
    CharField,
    ExpressionWrapper,
    F,
    FloatField,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, ExtractYear
from django.utils import timezone, translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.blocks import ChooserBlock, ListBlock, StreamBlock, StructBlock
from wagtail.blocks.base import Block
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Fuzzy, Or, Phrase, PlainText

from members_area.models import Resource
from members_area.permissions import viewable_resources
from search.analysis import SYNONYMS_FILE, read_synonyms
from sheets.models import Commune, EventPage, ExperienceSheetPage, TechnicalSheetPage, Theme

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
    """What the page shows: `hits` (a sequence of (kind, pk), in display order, that a Paginator
    slices), `total`, `facets` ({facet: {value: count}}), `communes` ({id: name} of the counted
    communes)."""

    hits: Sequence
    total: int
    facets: dict
    communes: dict = field(default_factory=dict)
    degraded: bool = False
    fuzzy: bool = False


# --- Text helpers ------------------------------------------------------------------------------
_WORD = re.compile(r"\w+", re.UNICODE)
BLOCK_END = re.compile(r"<(?:/p|br\s*/?|/li|/h[1-6]|/div|/td|/th)>", re.IGNORECASE)
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s|t|c|m|lorsqu|puisqu|jusqu)['’]", re.IGNORECASE)


@lru_cache(maxsize=8192)
def fold(text):
    """Lowercase without accents: "Énergie" -> "energie" (cached: called for every word of an
    excerpt)."""
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


_synonyms = {"stamp": None, "rules": []}


def synonym_rules():
    """The staff synonym file's rules, read again only when the file changes."""
    try:
        stat = SYNONYMS_FILE.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = None
    if stamp is None or stamp != _synonyms["stamp"]:
        _synonyms.update(stamp=stamp, rules=read_synonyms())
    return _synonyms["rules"]


def synonym_groups(query, rules=None):
    """Phrases equivalent to parts of the query, from the staff synonym file."""
    rules = synonym_rules() if rules is None else rules
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


def _highlight_stems(query):
    """The stems an excerpt marks: the query's words and those of its synonyms."""
    stems = {_stem(w) for w in query_words(query)}
    for phrase in synonym_groups(query):
        stems.update(_stem(w) for w in query_words(phrase))
    return tuple(sorted(s for s in stems if len(s) >= 2))


def highlight(text, query, length=260, stems=None):
    """An HTML excerpt around the first query word found: escaped, matches wrapped in <mark>.
    `stems` (from `_highlight_stems(query)`) may be passed when highlighting many texts."""
    # strip_tags leaves entities (l&#x27;eau): decode them, every part is escaped again below.
    text = " ".join(html.unescape(strip_tags(text or "")).split())
    if not text:
        return ""
    stems = _highlight_stems(query) if stems is None else stems

    def matches(word):
        # A word's light stem is a prefix of the folded word, so a stem equal to one of `stems`
        # means the folded word starts with it.
        folded = fold(word)
        return any(folded.startswith(s) for s in stems)

    start = 0
    if stems:
        for m in _WORD.finditer(text):
            if matches(m.group()):
                start = max(0, m.start() - length // 3)
                if start:
                    start = text.rfind(" ", 0, start) + 1
                break
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    parts, cursor = [], start
    if stems:
        for m in _WORD.finditer(text, start):
            s, e = m.span()
            if s >= end:
                break
            if e > end or not matches(m.group()):
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


# --- Candidates: what the backend proposes -----------------------------------------------------
@dataclass
class Candidates:
    """{pk: score} per model, best 1.0; None = no query, every visible item is a candidate."""

    pages: dict | None
    resources: dict | None
    fuzzy: bool = False
    # True when the query that found them already kept only what the user may see (database
    # backends); Elasticsearch's ids are checked again.
    checked: bool = False


def _positions(pks):
    """Scores from a ranked list of ids (the database backends' scales are not comparable)."""
    total = len(pks)
    return {pk: (total - i) / total for i, pk in enumerate(pks)}


def _ranked_queryset(backend, compiled, queryset):
    """On a database backend: the backend's own ranked queryset (best first), still open to
    filtering. None when the backend cannot give one."""
    results = backend.search(compiled, queryset).annotate_score("_search_score")
    get_queryset = getattr(results, "get_queryset", None)
    return get_queryset() if get_queryset is not None else None


def _any_word(compiled, config):
    """A tsquery matched by every document the compiled query matches (any of its words), for
    the GIN indexes on the title and body vectors; None if the query has other parts."""
    from django.contrib.postgres.search import SearchQuery

    words = []

    def walk(node):
        if isinstance(node, PlainText):
            words.extend(w for w in re.split(r"[\s\-]+", node.query_string) if w)
            return True
        if isinstance(node, Phrase):
            words.extend(node.query_string.split())
            return True
        if isinstance(node, (And, Or)):
            return all(walk(sub) for sub in node.subqueries)
        return False

    if not walk(compiled) or not words:
        return None
    queries = [SearchQuery(w, config=config, search_type="plain") for w in dict.fromkeys(words)]
    return reduce(or_, queries)


# One token for PostgreSQL's text parser: letters and digits only (a hyphen, an apostrophe or an
# underscore splits a word into several lexemes, which `title || body` may match across).
_ONE_TOKEN = re.compile(r"[^\W_]+")


def _one_word_each(compiled):
    """Whether `compiled` is one word, or words any of which is enough. Then "the title or the
    body matches", which `_any_word` already asks through the GIN indexes, is the same as "the
    title and body joined match", and Wagtail's test on the joined vectors can be left out:
    joining two vectors per match cost a third of the query (11.7 -> 7.6 ms for "énergie",
    2,557 matches)."""

    if isinstance(compiled, PlainText):
        words = compiled.query_string.split()
        return (
            bool(words)
            and all(_ONE_TOKEN.fullmatch(w) for w in words)
            and (len(words) == 1 or compiled.operator == "or")
        )
    if isinstance(compiled, Or):
        return all(_one_word_each(sub) for sub in compiled.subqueries)
    return False


def _is_postgres_backend(backend):
    return type(backend).__name__ == "PostgresSearchBackend" and connection.vendor == "postgresql"


def _postgres_ranked(backend, compiled, visible, content_type_ids):
    """The visible ids matching `compiled`, best first (at most MAX_CANDIDATES), with Wagtail's
    own tsquery and rank, read from its index table.

    Wagtail's query starts from the model and joins the index on `object_id = id::varchar`,
    filtering on `title || body`, which no index serves; with PostgreSQL's usual one-row
    estimate for a text search it can loop over every page for each match (6 s for "eau de
    pluie" on 13,000 pages). Here the index rows are found through the GIN indexes on `title`
    and `body` first (any word of the query: a superset, then the exact match on `title ||
    body` as Wagtail does), and joined to the visible ids by integer."""
    from wagtail.search.models import IndexEntry

    compiler = backend.query_compiler_class(visible, compiled)
    config = compiler.get_config(backend)
    tsquery = compiler.build_tsquery(compiled, config=config)
    rank = compiler._build_rank_expression(
        [(F("title"), F("title_norm")), (F("body"), 1.0)], config
    )
    entries = IndexEntry.objects.filter(content_type_id__in=content_type_ids)
    any_word = _any_word(compiled, config)
    if any_word is not None:
        entries = entries.filter(Q(title=any_word) | Q(body=any_word))
    if any_word is None or not _one_word_each(compiled):
        entries = entries.annotate(_vector_=F("title")._combine(F("body"), "||", False)).filter(
            _vector_=tsquery
        )
    ranked = (
        entries.annotate(_pk=Cast("object_id", IntegerField()))
        .filter(_pk__in=visible.values("pk"))
        .annotate(_rank=rank)
        .order_by(F("_rank").desc(), F("_pk").desc())
        .values_list("_pk", flat=True)
    )
    return list(ranked[:MAX_CANDIDATES])


def _database_candidates(backend, compiled, visible, model):
    """Ranked visible ids from a database backend: one query."""
    if _is_postgres_backend(backend):
        content_types = [ContentType.objects.get_for_model(model).pk]
        if model is Page:
            content_types = list(_kind_by_content_type())
        return _postgres_ranked(backend, compiled, visible, content_types)
    ranked = _ranked_queryset(backend, compiled, model.objects.all())
    if ranked is None:
        return None
    ranked = ranked.filter(pk__in=visible.values("pk"))
    return list(ranked.values_list("pk", flat=True)[:MAX_CANDIDATES])


def find_candidates(backend, user, query, kinds):
    """Candidates of `query` for the visible pages of `kinds` and the resources `user` may open."""
    page_kinds = [k for k in kinds if k in PAGE_KINDS]
    compiled = build_query(backend, query)
    if not is_elasticsearch(backend):
        found = Candidates(pages={}, resources={}, checked=True)
        if page_kinds:
            ids = _database_candidates(backend, compiled, visible_pages(page_kinds), Page)
            if ids is None:
                return _generic_candidates(backend, user, query, kinds)
            found.pages = _positions(ids)
        if "ressource" in kinds:
            ids = _database_candidates(backend, compiled, viewable_resources(user), Resource)
            if ids is None:
                return _generic_candidates(backend, user, query, kinds)
            found.resources = _positions(ids)
        return found
    return _generic_candidates(backend, user, query, kinds)


def _generic_candidates(backend, user, query, kinds):
    """Through the backend's search API (Elasticsearch): ids that may not be visible; the SQL
    that follows decides. When nothing matches as typed, Elasticsearch forgives a typo or two."""
    page_kinds = [k for k in kinds if k in PAGE_KINDS]

    def gather(fuzzy):
        compiled = build_query(backend, query, fuzzy=fuzzy)
        found = Candidates(pages={}, resources={}, fuzzy=fuzzy)
        try:
            if page_kinds:
                # Elasticsearch filters on indexed fields only: the locale by id.
                locale = Locale.get_active()
                pages = Page.objects.filter(live=True, locale=locale).type(
                    *(PAGE_KINDS[k] for k in page_kinds)
                )
                found.pages = _normalise(candidates(backend, pages, compiled))
            if "ressource" in kinds:
                found.resources = _normalise(candidates(backend, Resource.objects.all(), compiled))
        except SearchUnavailable:
            raise
        except Exception as exc:
            if is_elasticsearch(backend):
                raise SearchUnavailable(str(exc)) from exc
            raise
        return found

    found = gather(fuzzy=False)
    if is_elasticsearch(backend) and not (found.pages or found.resources):
        found = gather(fuzzy=True)
    return found


# --- Visibility, filters and facets in SQL -----------------------------------------------------
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
FACETS = ("theme", "type", "commune", "year")
RESOURCE_TYPE_KEY = -1  # the "type" facet's key for resources (pages: their content type id)


def active_language():
    """The content language of this request, found without a query (Locale.get_active() costs
    one; the queries join on the locale's code instead)."""
    return get_supported_content_language_variant(translation.get_language())


def _kind_by_content_type():
    """{content type id: kind}; ContentType's own cache answers after the first request."""
    found = ContentType.objects.get_for_models(*PAGE_KINDS.values())
    return {found[model].pk: kind for kind, model in PAGE_KINDS.items()}


def _kind_by_key():
    """{kind key of the facet query (content type id, or RESOURCE_TYPE_KEY): kind}."""
    return {**_kind_by_content_type(), RESOURCE_TYPE_KEY: "ressource"}


def _locale_q(language):
    """The pages in `language`, by the locale's code (a join, no query of its own)."""
    return Q(locale__language_code=language)


def visible_pages(kinds, language=None):
    """The live, public pages of `kinds` in the current language."""
    content_types = [ct for ct, kind in _kind_by_content_type().items() if kind in kinds]
    return (
        Page.objects.live()
        .public()
        .filter(_locale_q(language or active_language()), content_type_id__in=content_types)
    )


class _AnyOf(Func):
    """`column = ANY(%s)` with the ids as ONE array parameter (PostgreSQL): a thousand candidate
    ids repeated in every part of the facet query would otherwise be ten thousand parameters,
    each prepared by Django."""

    output_field = BooleanField()

    def __init__(self, column, ids):
        super().__init__(F(column))
        self.ids = [int(pk) for pk in ids]

    def as_sql(self, compiler, connection, **extra_context):
        column, params = compiler.compile(self.source_expressions[0])
        # One text parameter: psycopg would otherwise dump the list item by item, every time.
        array = "{" + ",".join(map(str, self.ids)) + "}"
        return f"{column} = ANY(%s::integer[])", [*params, array]


def in_ids(column, ids):
    """A filter on `column` being one of `ids`."""
    ids = list(ids)
    if connection.vendor == "postgresql" and ids:
        return _AnyOf(column, ids)
    return Q(**{f"{column}__in": ids})


def no_filters():
    return {name: set() for name in FACETS}


# A filter that lets no row of a side through (the type facet, ticked for other kinds only).
EXCLUDED = Value(False, output_field=BooleanField())


class _Side:
    """What both sides share: their filters as boolean expressions (`flags`), applied here to
    list the hits and in count_facets() to count them."""

    def filtered(self, filters):
        """The side's rows that every filter lets through; None if the type filter excludes
        the whole side."""
        flags = self.flags(filters)
        if flags.get("type") is EXCLUDED:
            return None
        return self.base.filter(*flags.values())


class _PageSide(_Side):
    """The visible pages of some kinds (restricted to candidates when there is a query)."""

    def __init__(self, kinds, scores, language):
        self.kinds, self.scores, self.language = kinds, scores, language
        self.content_types = {kind: ct for ct, kind in _kind_by_content_type().items()}

    @cached_property
    def base(self):
        """The visible rows with their facet values, built once (each facet filters a copy)."""
        return self.queryset()

    def queryset(self):
        pages = visible_pages(self.kinds, self.language)
        if self.scores is not None:
            pages = pages.filter(in_ids("pk", self.scores))
        date = Coalesce(F("eventpage__start"), F("first_published_at"))
        dated = [self.content_types["technique"], self.content_types["evenement"]]
        return pages.annotate(
            _date=date,
            _year=Case(
                When(content_type_id__in=dated, then=ExtractYear(date)),
                default=F("experiencesheetpage__year_start"),
                output_field=IntegerField(),
            ),
            _commune=Coalesce(
                F("experiencesheetpage__commune_id"), F("eventpage__host_commune_id")
            ),
        )

    def flags(self, filters):
        """{facet: boolean expression} for each facet that filters: does a row pass it?"""
        flags = {}
        if filters["type"]:
            kinds = [k for k in self.kinds if k in filters["type"]]
            flags["type"] = (
                Q(content_type_id__in=[self.content_types[k] for k in kinds]) if kinds else EXCLUDED
            )
        if filters["theme"]:
            flags["theme"] = reduce(
                or_,
                (
                    Q(pk__in=through.objects.filter(theme_id__in=filters["theme"]).values(owner))
                    for _name, through, owner in (PAGE_CHILDREN[k] for k in self.kinds)
                ),
            )
        if filters["commune"]:
            flags["commune"] = Q(_commune__in=filters["commune"])
        if filters["year"]:
            flags["year"] = Q(_year__in=filters["year"])
        return flags

    def facet_sql(self, filters, table, quote, hits=False):
        """The common table of this side (its visible rows, each with its facet values and a
        flag per filter) and the SQL of its facet counts over it: see count_facets()."""
        rows = self.base.annotate(row_id=F("pk"), kind_key=F("content_type_id"))
        columns = ["row_id", "kind_key", "_commune", "_year"]
        links = " UNION ALL ".join(
            f"SELECT {quote(owner)} AS item_id, theme_id FROM {quote(through._meta.db_table)}"  # noqa: S608
            for _name, through, owner in (PAGE_CHILDREN[k] for k in self.kinds)
        )
        return _side_sql(
            rows,
            columns,
            self.flags(filters),
            table,
            quote,
            theme_links=links,
            kind="b.kind_key",
            commune="b._commune",
            year="b._year",
            hits=hits,
        )

    def hit_rows(self, filters):
        pages = self.filtered(filters)
        if pages is None:
            return None
        return (
            pages.order_by()
            .annotate(_when=_Epoch(F("_date")))
            .values_list("content_type_id", "pk", "_when")
        )


class _ResourceSide(_Side):
    """The resources this user may open (restricted to candidates when there is a query)."""

    def __init__(self, user, scores, checked=False):
        self.user, self.scores, self.checked = user, scores, checked

    @cached_property
    def base(self):
        return self.queryset()

    def queryset(self):
        if self.scores is None:
            resources = viewable_resources(self.user)
        elif self.checked:
            # Found by the database backend among viewable_resources(user) in this request:
            # the permission subqueries (thousands of grants) need not run once per facet.
            resources = Resource.objects.filter(in_ids("pk", self.scores))
        else:
            resources = viewable_resources(self.user).filter(in_ids("pk", self.scores))
        return resources.order_by().annotate(_date=F("created_at"))

    def flags(self, filters):
        flags = {}
        if filters["type"] and "ressource" not in filters["type"]:
            flags["type"] = EXCLUDED
        if filters["theme"]:
            through = Resource.themes.through
            flags["theme"] = Q(
                pk__in=through.objects.filter(theme_id__in=filters["theme"]).values("resource_id")
            )
        if filters["commune"]:
            flags["commune"] = Q(commune_id__in=filters["commune"])
        if filters["year"]:
            flags["year"] = Q(year__in=filters["year"])
        return flags

    def facet_sql(self, filters, table, quote, hits=False):
        rows = self.base.annotate(
            row_id=F("pk"), kind_key=Value(RESOURCE_TYPE_KEY, output_field=IntegerField())
        )
        through = Resource.themes.through._meta.db_table
        return _side_sql(
            rows,
            ["row_id", "kind_key", "commune_id", "year"],
            self.flags(filters),
            table,
            quote,
            theme_links=f"SELECT resource_id AS item_id, theme_id FROM {quote(through)}",  # noqa: S608
            kind="b.kind_key",
            commune="b.commune_id",
            year="b.year",
            hits=hits,
        )

    def hit_rows(self, filters):
        resources = self.filtered(filters)
        if resources is None:
            return None
        return (
            resources.order_by()
            .annotate(_when=_Epoch(F("_date")))
            .values_list(Value(RESOURCE_TYPE_KEY, output_field=IntegerField()), "pk", "_when")
        )


def _union(parts):
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]


def _side_sql(rows, columns, flags, table, quote, *, theme_links, kind, commune, year, hits):
    """(common table SQL, its parameters, [facet branch SQL]) for one side. The branches read
    the common table `table` (alias b): each facet groups the rows that every OTHER filter lets
    through. Keys are integers, labels text: the rows of every branch and side line up. With
    `hits`, one more branch lists the rows that EVERY filter lets through (facet 'hit': the id,
    the kind's key in place of a count, and the date as seconds in a fifth column: both sides'
    rows carry their date as `_date`)."""
    if hits:
        rows, columns = rows.annotate(_when=_Epoch(F("_date"))), [*columns, "_when"]
    flagged = rows.annotate(
        **{
            f"pass_{name}": ExpressionWrapper(expression, output_field=BooleanField())
            for name, expression in flags.items()
        }
    )
    queryset = flagged.order_by().values(*columns, *(f"pass_{name}" for name in flags))
    sql, params = queryset.query.get_compiler(using=queryset.db).as_sql()

    def where(skip, *extra):
        conditions = [f"b.{quote('pass_' + name)}" for name in flags if name != skip]
        conditions += extra
        return f" WHERE {' AND '.join(conditions)}" if conditions else ""

    source = f"{quote(table)} b"
    communes = quote(Commune._meta.db_table)
    # Facet rows leave the hits' date column empty (a typed NULL, so the branches line up).
    when = ", CAST(NULL AS DOUBLE PRECISION)" if hits else ""
    # Names are our own (quoted), every value is a parameter (S608). The theme links (a few tens
    # of thousands of small rows) are read once and hashed against the rows: `+ 0` keeps the
    # planner, which cannot estimate a common table's size, from probing the links' index once
    # per row instead (60 ms for 10,000 pages, against 10). A row id is unique in its table: a
    # plain join. Commune names are joined to the groups, not to every row.
    branches = [
        f"SELECT 'theme', t.theme_id, CAST(NULL AS TEXT), COUNT(*){when} FROM ({theme_links}) t "  # noqa: S608
        f"INNER JOIN (SELECT b.row_id FROM {source}{where('theme')}) r "
        "ON r.row_id = t.item_id + 0 "
        "GROUP BY t.theme_id",
        f"SELECT 'type', {kind}, CAST(NULL AS TEXT), COUNT(*){when} FROM {source}"  # noqa: S608
        f"{where('type')} GROUP BY {kind}",
        f"SELECT 'commune', g.commune_id, c.name, g.n{when} FROM (SELECT {commune} AS "  # noqa: S608
        f"commune_id, COUNT(*) AS n FROM {source}{where('commune', f'{commune} > 0')} "
        f"GROUP BY {commune}) g INNER JOIN {communes} c ON c.id = g.commune_id",
        f"SELECT 'year', {year}, CAST(NULL AS TEXT), COUNT(*){when} FROM {source}"  # noqa: S608
        f"{where('year', f'{year} > 0')} GROUP BY {year}",
    ]
    if hits:
        branches.append(
            f"SELECT 'hit', b.row_id, CAST(NULL AS TEXT), {kind}, b._when FROM {source}"  # noqa: S608
            f"{where(None)}"
        )
    return sql, params, branches


def count_facets(sides, filters, hits=False):
    """({facet: {value: count}}, {commune id: name}, hits) in ONE query: each facet counted over
    the visible rows the OTHER facets let through, so a visitor sees how many results ticking one
    more box would add. Each side's visible rows (the candidates, or everything when browsing)
    are read once into a common table, with a flag per filter; each facet groups the rows that
    pass the other flags (a GROUP BY per facet and side, glued with UNION ALL). Reading and
    joining the visible rows again for every facet had cost 10 to 15 ms per part.

    With `hits` (a search: at most MAX_CANDIDATES rows per side), the same query also lists the
    rows that pass every filter, as (kind, id, date in seconds), in no order: reading them apart
    meant building the visible rows a second time (one query, 5 ms of 10,000 sheets)."""
    facets = {name: {} for name in FACETS}
    communes, found = {}, []
    if not sides:
        return facets, communes, found
    quote = connection.ops.quote_name
    tables, branches, params = [], [], []
    for number, side in enumerate(sides):
        table = f"side_{number}"
        sql, side_params, side_branches = side.facet_sql(filters, table, quote, hits=hits)
        tables.append(f"{quote(table)} AS ({sql})")
        params.extend(side_params)
        branches.extend(side_branches)
    statement = f"WITH {', '.join(tables)} " + " UNION ALL ".join(branches)
    kind_of = _kind_by_key()
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        rows = cursor.fetchall()
    for facet, key, label, n, *when in rows:
        if facet == "hit":
            found.append((kind_of[n], key, when[0]))
            continue
        if not n:
            continue
        if facet == "type":
            key = kind_of.get(key)
        elif facet == "commune":
            communes[key] = label or ""
        bucket = facets[facet]
        bucket[key] = bucket.get(key, 0) + n
    return facets, communes, found


class BrowseHits(Sequence):
    """Every visible item that the filters let through, newest first, read from the database
    one slice (the displayed page) at a time; `total` comes from the facet counts."""

    def __init__(self, parts, total, kind_of):
        self.parts, self.total, self.kind_of = parts, total, kind_of

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, index):
        if not isinstance(index, slice):
            return self[index : index + 1][0]
        ordered = _union(self.parts).order_by(F("_when").desc(nulls_last=True), F("pk").desc())
        return [(self.kind_of[key], pk) for key, pk, _when in ordered[index]]


class _Epoch(Func):
    """A date as seconds since 1970 (a float): the filtered ids come with their dates to be
    ordered in Python, up to 2,000 of them, and a float is read many times faster than a
    timestamp with its time zone (4.8 -> 2.0 ms for 1,000 rows on PostgreSQL). Other databases
    return the date itself, which `_timestamp` also reads."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra_context):
        return compiler.compile(self.source_expressions[0])

    def as_postgresql(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        return f"EXTRACT(EPOCH FROM {sql})::float8", params

    def as_sqlite(self, compiler, connection, **extra_context):
        sql, params = compiler.compile(self.source_expressions[0])
        # julianday() keeps the fraction of a second that strftime('%s') would drop.
        return f"((julianday({sql}) - 2440587.5) * 86400.0)", params


def _timestamp(date):
    if isinstance(date, (int, float)):
        return float(date)
    return date.timestamp() if hasattr(date, "timestamp") else 0


def search(user, query, kinds, filters=None, order="relevance", backend=None):
    """The visible items for `query` ("" = browse) over `kinds`, filtered by `filters`, in
    display order (`order` "relevance" or "date"; browsing is always by date), with the facet
    counts. Queries: the backend's (one per model on the database backend), the facet counts,
    the filtered ids (a search), or one slice of them (browsing, when the page is sliced)."""
    filters = {**no_filters(), **(filters or {})}
    if query and not backend_text(query):
        return SearchOutcome(hits=[], total=0, facets={name: {} for name in FACETS})
    found, degraded = Candidates(pages=None, resources=None), False
    if query:
        backend = backend or get_search_backend()
        try:
            found = find_candidates(backend, user, query, kinds)
        except SearchUnavailable as exc:
            logger.error("Search backend failed, answering from the database: %s", exc)
            found, degraded = find_candidates(database_backend(), user, query, kinds), True
    language = active_language()
    sides = []
    page_kinds = [k for k in kinds if k in PAGE_KINDS]
    if page_kinds and (found.pages is None or found.pages):
        sides.append(_PageSide(page_kinds, found.pages, language))
    if "ressource" in kinds and (found.resources is None or found.resources):
        sides.append(_ResourceSide(user, found.resources, found.checked))
    facets, communes, rows = count_facets(sides, filters, hits=bool(query))
    total = sum(
        n for kind, n in facets["type"].items() if not filters["type"] or kind in filters["type"]
    )
    if not total:
        hits = []
    elif not query:
        kind_of = _kind_by_key()
        parts = [part for side in sides if (part := side.hit_rows(filters)) is not None]
        hits = BrowseHits(parts, total, kind_of)
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
    )


# --- The displayed page ------------------------------------------------------------------------
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
    """The item's theme ids as "3,7", from a correlated subquery (for the displayed rows only)."""
    links = (
        through.objects.filter(**{owner: OuterRef(outer)})
        .values(owner)
        .annotate(ids=_JoinedIds("theme_id"))
        .values("ids")
    )
    return Subquery(links, output_field=CharField())


def _split_ids(text):
    return {int(t) for t in text.split(",") if t} if text else set()


def load_results(hits, query, request, themes=None):
    """Display data for one page of hits ((kind, pk), in order): one query for the pages (each
    with its own fields, through the child tables joined in, with commune and theme ids), one
    for the resources. `themes` ({id: Theme}) are the ones the caller already holds."""
    page_ids = [pk for kind, pk in hits if kind in PAGE_KINDS]
    resource_ids = [pk for kind, pk in hits if kind == "ressource"]
    pages, resources = {}, {}
    if page_ids:
        children = [PAGE_CHILDREN[k][0] for k in PAGE_KINDS]
        pages = (
            Page.objects.filter(pk__in=page_ids)
            .select_related(*children, "experiencesheetpage__commune", "eventpage__host_commune")
            .annotate(
                _themes=Coalesce(
                    *(_theme_ids(through, owner) for _n, through, owner in PAGE_CHILDREN.values())
                )
            )
            .in_bulk()
        )
    if resource_ids:
        resources = (
            Resource.objects.filter(pk__in=resource_ids)
            .select_related("commune")
            .annotate(_themes=_theme_ids(Resource.themes.through, "resource_id"))
            .in_bulk()
        )
    theme_ids = {pk: _split_ids(obj._themes) for pk, obj in [*pages.items()]}
    resource_theme_ids = {pk: _split_ids(obj._themes) for pk, obj in resources.items()}
    if themes is None:
        wanted = set().union(*theme_ids.values(), *resource_theme_ids.values())
        themes = Theme.objects.in_bulk(wanted) if wanted else {}
    stems = _highlight_stems(query) if query else ()
    results = []
    for kind, pk in hits:
        if kind == "ressource":
            obj = resources.get(pk)
            if obj is None:
                continue
            date, year, commune = obj.created_at, obj.year, obj.commune
            ids = resource_theme_ids[pk]
            url = obj.get_absolute_url()
        else:
            page = pages.get(pk)
            obj = getattr(page, PAGE_CHILDREN[kind][0], None) if page else None
            if obj is None:
                continue
            ids = theme_ids[pk]
            if kind == "evenement":
                date, year, commune = obj.start or obj.first_published_at, None, obj.host_commune
            else:
                date, year, commune = obj.first_published_at, None, None
                if kind == "experience":
                    year, commune = obj.year_start, obj.commune
            if kind != "experience" and date:
                year = timezone.localtime(date).year
            url = obj.get_url(request)
        text = " ".join(_field_text(obj, name) for name in EXCERPT_FIELDS[kind])
        results.append(
            Result(
                kind=kind,
                kind_label=KIND_LABELS[kind],
                title=obj.title,
                url=url,
                excerpt=highlight(text, query, stems=stems) if query else highlight(text, "", 200),
                date=date,
                year=year or None,
                commune_name=commune.name if commune else "",
                themes=sorted(
                    (themes[t] for t in ids if t in themes),
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
        return " ".join(str(v) for v in stream_text(value))
    # Block ends become spaces so that "accueil</li><li>18h15" does not read "accueil18h15".
    return strip_tags(BLOCK_END.sub(" ", str(value)))


def stream_text(value):
    """What `value.stream_block.get_searchable_content(value)` gives, read from the stored JSON
    without building the blocks: chooser blocks (images, documents) have no searchable text, and
    building them costs a query per field."""
    return _raw_text(value.stream_block, list(value.raw_data))


def _raw_text(block, raw):
    if isinstance(block, ChooserBlock) or not getattr(block, "search_index", True):
        return []
    if isinstance(block, StreamBlock):
        content = []
        for item in raw or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                content.extend(_raw_text(child, item.get("value")))
        return content
    if isinstance(block, StructBlock):
        content = []
        raw = raw or {}
        for name, child in block.child_blocks.items():
            if name in raw:
                content.extend(_raw_text(child, raw[name]))
            else:
                content.extend(child.get_searchable_content(child.get_default()))
        return content
    if isinstance(block, ListBlock):
        content = []
        for item in raw or []:
            item = item["value"] if block._item_is_in_block_format(item) else item
            content.extend(_raw_text(block.child_block, item))
        return content
    if type(block).get_searchable_content is Block.get_searchable_content:
        return []
    return block.get_searchable_content(block.to_python(raw))
