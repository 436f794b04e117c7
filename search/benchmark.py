"""Times faceted searches on the configured backend (the targets are in bench/report.py).

A benchmark, not a test: run it on a populated database (`make bench`'s dataset, or any copy of
the site) with `manage.py bench_search`, or call `run(...)` from the bench harness. Each search
goes through the real search view (RequestFactory, template rendered, no HTTP server) so the
figure is what the view costs; the engine part alone (backend query, visibility, facets, first
page of results) is timed beside it. Queries rotate over words and facet combinations found in
the demo and bench datasets.
"""

import contextlib
import statistics
import time
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.db import connection, reset_queries
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.search.backends import get_search_backend

from search import conf, engine, views
from search.backends import is_elasticsearch
from search.results import load_results
from sheets.models import Theme

# Words of the French corpus, each with the facets a visitor would typically tick.
FACETED_QUERIES = [
    {"q": "énergie", "theme": "energie"},
    {"q": "éclairage public", "tri": "date"},
    {"q": "eau de pluie", "type": "experience"},
    {"q": "cantine produits locaux", "year": "2021"},
    {"q": "haies", "theme": "biodiversite", "type": "experience"},
    {"q": "PLU"},
    {"q": "covoiturage", "type": "evenement"},
    {"q": "rénovation école", "page": "2"},
    {"theme": "energie"},
    {"theme": "mobilite", "type": "experience", "tri": "date"},
]


@dataclass
class Timing:
    label: str
    samples: list

    def percentile(self, share):
        ordered = sorted(self.samples)
        index = min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))
        return ordered[index]

    def summary(self):
        return {
            "n": len(self.samples),
            "p50_ms": round(self.percentile(0.50), 1),
            "p95_ms": round(self.percentile(0.95), 1),
            "p99_ms": round(self.percentile(0.99), 1),
            "mean_ms": round(statistics.fmean(self.samples), 1),
            "max_ms": round(max(self.samples), 1),
        }


def backend_label(backend=None):
    backend = backend or get_search_backend()
    if is_elasticsearch(backend):
        return f"elasticsearch ({type(backend).__module__})"
    return f"database ({connection.vendor})"


@contextlib.contextmanager
def _backend_clock():
    """Adds up, while the block runs, the time spent waiting for Elasticsearch's answers (HTTP
    round trip and decoding included: seconds) and the time the engine says it took (its
    answers' `took`: milliseconds): the part of a search that is the engine's, not ours.
    Yields [seconds, milliseconds]; both stay at 0 on a database backend."""
    spent = [0.0, 0]
    try:
        # Deferred: the Elasticsearch client is an optional dependency of the database set-up.
        from elasticsearch import Elasticsearch
    except ImportError:  # pragma: no cover - the client is in requirements.txt
        yield spent
        return
    original = Elasticsearch.search

    def timed(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            answer = original(self, *args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started
        spent[1] += answer.get("took", 0)
        return answer

    Elasticsearch.search = timed
    try:
        yield spent
    finally:
        Elasticsearch.search = original


def run(iterations=200, warmup=20, user_email=None, queries=None):
    """Times `iterations` faceted searches (after `warmup` untimed ones) through the view and
    through the engine; returns a dict of figures (milliseconds) and context. On Elasticsearch,
    `backend` is the part of the engine's time spent waiting for Elasticsearch itself."""
    queries = queries or FACETED_QUERIES
    user = AnonymousUser()
    if user_email:
        user = get_user_model().objects.get(email=user_email)
    host = (settings.ALLOWED_HOSTS or ["localhost"])[0].lstrip(".") or "localhost"
    if host == "*":
        host = "localhost"
    factory = RequestFactory(HTTP_HOST=host)
    view_times, engine_times, query_counts, result_counts = [], [], [], []
    backend_times, backend_took = [], []
    with translation.override(settings.LANGUAGE_CODE), _backend_clock() as waited:
        for i in range(warmup + iterations):
            params = queries[i % len(queries)]
            request = factory.get("/recherche/", params)
            request.user = user
            started = time.perf_counter()
            with CaptureQueriesContext(connection) as captured:
                response = views.search(request)
            elapsed = (time.perf_counter() - started) * 1000
            sql_count = len(captured)
            if response.status_code != 200:
                raise RuntimeError(f"search {params} answered {response.status_code}")
            waited[:] = [0.0, 0]
            started = time.perf_counter()
            rows = _engine_only(user, params)
            engine_elapsed = (time.perf_counter() - started) * 1000
            backend_elapsed = waited[0] * 1000
            reset_queries()
            if i >= warmup:
                view_times.append(elapsed)
                engine_times.append(engine_elapsed)
                backend_times.append(backend_elapsed)
                backend_took.append(waited[1])
                query_counts.append(sql_count)
                result_counts.append(rows)
    on_elasticsearch = is_elasticsearch(get_search_backend())
    return {
        "backend": backend_label(),
        "user": user_email or "anonymous",
        "queries": len(queries),
        "view": Timing("view", view_times).summary(),
        "engine": Timing("engine", engine_times).summary(),
        "backend_wait": Timing("backend", backend_times).summary() if on_elasticsearch else None,
        "backend_took": Timing("took", backend_took).summary() if on_elasticsearch else None,
        "sql_queries_per_search": {"min": min(query_counts), "max": max(query_counts)},
        "results_per_search": {"min": min(result_counts), "max": max(result_counts)},
    }


def _engine_only(user, params):
    """What the view asks the engine for, without the template: candidates, facet counts, the
    filtered ids, one page of results (themes looked up by slug as the view does, in French)."""
    query = params.get("q", "")
    kinds = views.available_kinds(user)
    themes = Theme.objects.filter(slug=params.get("theme", ""), locale__language_code="fr")
    filters = {
        "theme": set(themes.values_list("pk", flat=True)),
        "type": {params["type"]} if "type" in params else set(),
        "commune": set(),
        "year": {int(params["year"])} if "year" in params else set(),
    }
    order = "date" if params.get("tri") == "date" else "relevance"
    outcome = engine.search(user, query, kinds, filters, order)
    per_page = conf.get("SEARCH_RESULTS_PER_PAGE")
    page = Paginator(outcome.hits, per_page).get_page(params.get("page"))
    load_results(list(page.object_list), query, None)
    return outcome.total


def format_report(figures):
    lines = [
        f"Recherche à facettes — moteur : {figures['backend']}, visiteur : {figures['user']}",
        f"  {figures['view']['n']} recherches ({figures['queries']} requêtes en rotation), "
        f"{figures['results_per_search']['min']}–{figures['results_per_search']['max']} "
        f"résultats, {figures['sql_queries_per_search']['min']}–"
        f"{figures['sql_queries_per_search']['max']} requêtes SQL par page",
    ]
    labels = {
        "view": "vue complète",
        "engine": "moteur seul",
        "backend_wait": "dont attente ES",
        "backend_took": "dont ES (took)",
    }
    for part, label in labels.items():
        f = figures.get(part)
        if not f:
            continue
        lines.append(
            f"  {label:15} p50 {f['p50_ms']:7.1f} ms   p95 {f['p95_ms']:7.1f} ms   "
            f"p99 {f['p99_ms']:7.1f} ms   moyenne {f['mean_ms']:7.1f} ms"
        )
    return "\n".join(lines)
