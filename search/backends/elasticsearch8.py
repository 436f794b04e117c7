"""Wagtail's Elasticsearch 8 backend with the French analysis: `"BACKEND":
"search.backends.elasticsearch8"` in WAGTAILSEARCH_BACKENDS (an 8.x cluster)."""

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.backends.french import FrenchAnalysis


class FrenchElasticsearch8SearchBackend(FrenchAnalysis, Elasticsearch8SearchBackend):
    pass


SearchBackend = FrenchElasticsearch8SearchBackend
