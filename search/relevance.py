"""The relevance set of the demo content: P@3 and MRR of the search page's engine, per category.

The queries (search/relevance/demo_queries.yaml) are typed as an élu or a technician would, each
with the titles of the demo pages that answer it; "nothing" queries cover what the demo does not
hold. Each query runs through `search.engine.search` as an anonymous visitor, over the three
public page kinds, in the site's default language; `manage.py search_relevance` prints the
report and tests/demo_site/test_search_relevance.py holds the floors.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.utils import translation
from wagtail.models import Page

from search import engine
from search.backends import is_elasticsearch, reading_backend
from search.candidates import visible_pages

QUERIES_FILE = Path(__file__).parent / "relevance" / "demo_queries.yaml"
CATEGORIES = (
    "plural",
    "verb_noun",
    "no_accents",
    "elision",
    "acronym",
    "synonym",
    "word_order",
    "commune_theme",
    "typo",
    "several_words",
    "nothing",
)
KINDS = ["experience", "technique", "evenement"]
# A hit counts for P@3 within the first 3 results; beyond DEPTH its reciprocal rank is 0.
TOP, DEPTH = 3, 10


@dataclass
class Judgement:
    """One query's outcome: `rank` of the first expected title (None: not in the first DEPTH),
    or for a "nothing" query, whether the engine said it found nothing (or only loosely)."""

    query: str
    category: str
    expected: list
    got: list  # the titles of the first DEPTH results
    total: int
    rank: int | None = None
    loose: bool = False  # partial, fuzzy or corrected results
    degraded: bool = False

    @property
    def passed(self):
        if not self.expected:
            return self.total == 0 or self.loose
        return self.rank is not None and self.rank <= TOP

    @property
    def reciprocal_rank(self):
        if not self.expected:
            return 1.0 if self.passed else 0.0
        return 1.0 / self.rank if self.rank else 0.0


@dataclass
class Score:
    """P@3 and MRR over a list of judgements."""

    judgements: list = field(default_factory=list)

    @property
    def count(self):
        return len(self.judgements)

    @property
    def precision(self):
        return sum(j.passed for j in self.judgements) / self.count if self.count else 0.0

    @property
    def mrr(self):
        return sum(j.reciprocal_rank for j in self.judgements) / self.count if self.count else 0.0


@dataclass
class Report:
    """The whole set's score, the score per category and the backend it ran on."""

    backend: str
    overall: Score
    categories: dict

    @property
    def failures(self):
        return [j for j in self.overall.judgements if not j.passed]

    def as_dict(self):
        return {
            "backend": self.backend,
            "queries": self.overall.count,
            "p_at_3": round(self.overall.precision, 3),
            "mrr": round(self.overall.mrr, 3),
            "categories": {
                name: {"queries": s.count, "p_at_3": round(s.precision, 3), "mrr": round(s.mrr, 3)}
                for name, s in self.categories.items()
            },
            "failures": [
                {
                    "query": j.query,
                    "category": j.category,
                    "expected": j.expected,
                    "rank": j.rank,
                    "total": j.total,
                    "top": j.got[:TOP],
                }
                for j in self.failures
            ],
        }


def load_queries(path=QUERIES_FILE):
    """The entries of the set: {query, category, expected}; a ValueError names a malformed one."""
    entries = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    for entry in entries:
        if not entry.get("query") or entry.get("category") not in CATEGORIES:
            raise ValueError(f"Entrée invalide dans {path} : {entry!r}")
        if not isinstance(entry.get("expected"), list):
            raise ValueError(f"`expected` doit être une liste : {entry!r}")
    return entries


def backend_label(backend=None):
    """The kind of backend: "elasticsearch", or the database vendor ("sqlite", "postgresql")
    for the database backend."""
    backend = backend or reading_backend()
    return "elasticsearch" if is_elasticsearch(backend) else connection.vendor


def unknown_titles(entries):
    """Expected titles that no visible page of the searched kinds bears (a typo in the set, or
    the demo not loaded)."""
    with translation.override(settings.LANGUAGE_CODE):
        titles = set(visible_pages(KINDS).values_list("title", flat=True))
    return sorted({t for e in entries for t in e["expected"]} - titles)


def judge(entry, backend=None):
    """Run one query as an anonymous visitor and place its expected titles."""
    outcome = engine.search(AnonymousUser(), entry["query"], KINDS, backend=backend)
    pks = [pk for _kind, pk in list(outcome.hits[:DEPTH])]
    titles = dict(Page.objects.filter(pk__in=pks).values_list("pk", "title"))
    got = [titles.get(pk, "") for pk in pks]
    expected = list(entry["expected"])
    rank = next((i for i, title in enumerate(got, 1) if title in expected), None)
    loose = bool(
        getattr(outcome, "partial", False)
        or getattr(outcome, "fuzzy", False)
        or getattr(outcome, "corrections", None)
    )
    return Judgement(
        query=entry["query"],
        category=entry["category"],
        expected=expected,
        got=got,
        total=outcome.total,
        rank=rank,
        loose=loose,
        degraded=outcome.degraded,
    )


def evaluate(entries=None, backend=None):
    """The report of the set (default: the demo's) on `backend` (default: the configured one)."""
    entries = load_queries() if entries is None else entries
    with translation.override(settings.LANGUAGE_CODE):
        judgements = [judge(entry, backend) for entry in entries]
    by_category = defaultdict(list)
    for judgement in judgements:
        by_category[judgement.category].append(judgement)
    categories = {name: Score(by_category[name]) for name in CATEGORIES if by_category[name]}
    return Report(backend_label(backend), Score(judgements), categories)


def _shorten(text, width=60):
    return text if len(text) <= width else text[: width - 1] + "…"


def format_report(report, verbose=False):
    """The report as text: the totals, one line per category, then the failures (every query
    with `verbose`)."""
    overall = report.overall
    lines = [
        f"Pertinence — {report.backend} : {overall.count} requêtes, "
        f"P@3 = {overall.precision:.2f}, MRR = {overall.mrr:.2f}",
        f"  {'catégorie':<15} {'n':>3}  {'P@3':>5}  {'MRR':>5}",
    ]
    for name, score in report.categories.items():
        lines.append(f"  {name:<15} {score.count:>3}  {score.precision:>5.2f}  {score.mrr:>5.2f}")
    if any(j.degraded for j in overall.judgements):
        lines.append("  (Elasticsearch indisponible : repli sur la base de données)")
    shown = overall.judgements if verbose else report.failures
    lines.append(f"{'Requêtes' if verbose else 'Échecs'} ({len(shown)}) :")
    for j in shown:
        mark = "ok " if j.passed else "ÉCHEC"
        rank = j.rank if j.rank else "-"
        lines.append(
            f"  [{mark}] {j.category:<13} « {j.query} » rang {rank}, {j.total} résultat(s)"
            + (" (approché)" if j.loose else "")
        )
        if not j.passed:
            wanted = ", ".join(_shorten(t) for t in j.expected) or "aucun résultat"
            lines.append(f"      attendu : {wanted}")
        for title in j.got[:TOP]:
            lines.append(f"      - {_shorten(title, 90)}")
    return "\n".join(lines)
