"""Wagtail's SQLite (FTS5) backend with French stemming: `"BACKEND":
"search.backends.sqlite_french"` when the database is SQLite.

FTS5 cannot stem, and Python's sqlite3 cannot register an FTS5 tokenizer, so the words are
stemmed in Python on both sides with `search.analysis.index_terms` (Snowball French, the
algorithm of PostgreSQL's `french`; stop words and elided articles out; folded): the index rows
hold the stems of the title and body, the PlainText and Phrase queries are stemmed the same way
(decision 0037). The autocomplete column keeps the raw words (prefix search on titles).
"""

from django.db import transaction
from django.db.models import FloatField, Func
from django.utils.encoding import force_str
from wagtail.search.backends import database
from wagtail.search.backends.database.sqlite.query import (
    AndNot,
    SQLiteFTSIndexEntry,
    normalize,
)
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteIndex,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from wagtail.search.query import And, Not, Or, Phrase, PlainText
from wagtail.search.utils import get_content_type_pk

from search.analysis import index_terms

# The weight of a word in the title against one in the body, as Wagtail's Page gives its title
# `boost=2`.
TITLE_WEIGHT = 2.0
# Rows rewritten per UPDATE statement (Django lowers it to SQLite's limit on parameters).
REWRITE_BATCH = 500


def stemmed(text):
    """`text` as the index holds it: its stems, space-separated."""
    return " ".join(index_terms(text))


def has_terms(query):
    """Whether `query` keeps at least one word once stemmed (a query made of stop words only,
    "le", "de la", keeps none)."""
    if isinstance(query, (PlainText, Phrase)):
        return bool(index_terms(query.query_string))
    if isinstance(query, (And, Or)):
        return any(has_terms(subquery) for subquery in query.subqueries)
    if isinstance(query, AndNot):
        return has_terms(query.subquery_a)
    if isinstance(query, Not):
        return has_terms(query.subquery)
    return True  # MatchAll, or a query Wagtail's compiler accepts or refuses itself (Fuzzy)


class FrenchSQLiteIndex(SQLiteIndex):
    """Wagtail's index rows, their title and body rewritten as stems right after Wagtail wrote
    them (in the same transaction, so no search reads a raw row)."""

    def add_items(self, model, objs):
        objs = list(objs)
        if not objs or not model.get_search_fields():
            return super().add_items(model, objs)  # Wagtail writes nothing: nothing to stem
        rows = self.entries.filter(
            content_type_id=get_content_type_pk(model),
            object_id__in=[force_str(obj.pk) for obj in objs],
        )
        with transaction.atomic(using=self.write_connection.alias):
            known = set(rows.values_list("object_id", flat=True))
            super().add_items(model, objs)
            entries = list(rows.only("object_id", "title", "body"))
            for entry in entries:
                entry.title = stemmed(entry.title)
                entry.body = stemmed(entry.body)
            self.entries.bulk_update(entries, ["title", "body"], batch_size=REWRITE_BATCH)
            # Wagtail has just measured the new rows' titles before stemming: 1.0 is its mark for
            # "not measured yet", so its next write measures them on the stems.
            if len(known) < len(entries):
                rows.exclude(object_id__in=known).update(title_norm=1.0)


class WeightedBM25(Func):
    """FTS5's bm25() with a weight per column of Wagtail's FTS table (autocomplete, body,
    title, in that order): a match in the title counts `TITLE_WEIGHT` times one in the body."""

    output_field = FloatField()

    def as_sql(self, compiler, connection, **extra):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class FrenchSQLiteSearchQueryCompiler(SQLiteSearchQueryCompiler):
    """Wagtail's query compiler, PlainText and Phrase stemmed like the index rows. Words that
    are all stop words are left out of an And/Or (as PostgreSQL does); a query left with no
    word at all matches nothing."""

    def build_search_query_content(self, query, config=None):
        if isinstance(query, PlainText):
            query = PlainText(stemmed(query.query_string), operator=query.operator)
        elif isinstance(query, Phrase):
            query = Phrase(stemmed(query.query_string))
        elif isinstance(query, (And, Or)):
            query = type(query)([sub for sub in query.subqueries if has_terms(sub)])
        elif isinstance(query, AndNot) and not has_terms(query.subquery_b):
            return self.build_search_query_content(query.subquery_a, config=config)
        return super().build_search_query_content(query, config=config)

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        """FTS5's bm25() of the whole MATCH, titles weighted, for an And too. bm25 is negative
        (lower is better), so Wagtail's product of (1 + rank) over an And's parts flips its sign
        for two parts and ranks the weakest match first."""
        return WeightedBM25() * boost if boost != 1.0 else WeightedBM25()

    def search(self, config, start, stop, score_field=None):
        if not has_terms(normalize(self.query)):
            return self.queryset.none()
        return super().search(config, start, stop, score_field=score_field)


class FrenchSQLiteSearchBackend(SQLiteSearchBackend):
    index_class = FrenchSQLiteIndex
    query_compiler_class = FrenchSQLiteSearchQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """Ours where Wagtail's database backend would be its SQLite FTS5 one, else Wagtail's
    choice (its FTS table missing). The module imports on SQLite with FTS5 only: Wagtail's
    SQLite query module needs its FTS model, which exists on no other database."""
    backend = database.SearchBackend(params)
    if isinstance(backend, SQLiteSearchBackend):
        return FrenchSQLiteSearchBackend(params)
    return backend
