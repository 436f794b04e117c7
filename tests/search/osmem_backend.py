"""Wagtail's elasticsearch9 backend with the test-only osmem adjustments (see tests/search/osmem.py).

Named as a BACKEND path in the test settings override; imported once Django is configured.
"""

from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9AutocompleteQueryCompiler,
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
    Elasticsearch9SearchQueryCompiler,
    Elasticsearch9SearchResults,
)

from .osmem import _name_analyzers


class OsmemMapping(Elasticsearch9Mapping):
    edgengram_analyzer_config = {"analyzer": "osmem_edgengram", "search_analyzer": "osmem_fold"}

    def get_mapping(self):
        mapping = super().get_mapping()
        _name_analyzers(mapping["properties"])
        return mapping


class OsmemQueryCompiler(Elasticsearch9SearchQueryCompiler):
    mapping_class = OsmemMapping


class OsmemAutocompleteQueryCompiler(Elasticsearch9AutocompleteQueryCompiler):
    mapping_class = OsmemMapping


class OsmemSearchResults(Elasticsearch9SearchResults):
    pass


class OsmemSearchBackend(Elasticsearch9SearchBackend):
    mapping_class = OsmemMapping
    query_compiler_class = OsmemQueryCompiler
    autocomplete_query_compiler_class = OsmemAutocompleteQueryCompiler
    results_class = OsmemSearchResults


SearchBackend = OsmemSearchBackend
