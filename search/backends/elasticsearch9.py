"""Wagtail's Elasticsearch 9 backend with the French analysis: `"BACKEND":
"search.backends.elasticsearch9"` in WAGTAILSEARCH_BACKENDS."""

from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.backends.french import FrenchAnalysis


class FrenchElasticsearch9SearchBackend(FrenchAnalysis, Elasticsearch9SearchBackend):
    pass


SearchBackend = FrenchElasticsearch9SearchBackend
