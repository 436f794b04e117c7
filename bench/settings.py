"""Settings of `make bench`: the production settings, as deployed, read from the environment
that bench/run.py prepares (SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL, CACHE_URL...).

One benchmark-only addition: with BENCH_OSMEM_URL set, search goes to osmem-server through the
test suite's osmem adjustments (tests/search/), as the search tests do; production never does.
"""

from reseau.settings.production import *  # noqa: F403
from reseau.settings.production import env

BENCH_OSMEM_URL = env.str("BENCH_OSMEM_URL", default="")
if BENCH_OSMEM_URL:
    from tests.search.conftest import osmem_backend_settings  # only for the osmem runs

    WAGTAILSEARCH_BACKENDS = {
        "default": {
            **osmem_backend_settings(BENCH_OSMEM_URL, "bench_"),
            # Bulk requests of the full-scale reindex take longer than the tests' 5 s.
            "TIMEOUT": env.int("BENCH_OSMEM_TIMEOUT", default=120),
        },
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    SEARCH_QUERY_SYNONYMS = True
