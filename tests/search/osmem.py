"""Test-only glue between the Elasticsearch 9 client and osmem-server (an in-memory
OpenSearch-compatible engine). Production code never imports this module.

The client announces `application/vnd.elasticsearch+json; compatible-with=9` in Content-Type and
Accept; osmem answers 406 to that media type. This transport rewrites those two headers to plain
`application/json` (and `application/x-ndjson` for bulk requests) before they leave the process.
"""

import re

from elastic_transport import Transport

_COMPAT = re.compile(r"application/vnd\.elasticsearch\+([a-z-]+);\s*compatible-with=\d+")


class PlainJsonTransport(Transport):
    def perform_request(self, method, target, *, headers=None, **kwargs):
        if headers:
            headers = headers.copy()
            for name in ("content-type", "accept"):
                if headers.get(name):
                    headers[name] = _COMPAT.sub(r"application/\1", headers[name])
        return super().perform_request(method, target, headers=headers, **kwargs)


# --- The Wagtail backend the tests point at osmem ------------------------------------------------
# osmem (0.1.6) builds index-time and query-time analysis from a subset of Lucene: custom analyzers
# keep lowercase, asciifolding, edge_ngram and explicit stop lists, but IGNORE elision,
# synonym/synonym_graph and french_stem, mis-handle `stemmer: light_french` (every document
# matches) and `stop: _french_`, and a custom analyzer named `default` leaves un-analysed fields
# unsearchable. Its built-in `french` analyzer (elision, stop words, stemming) works. So, in tests
# only, every full-text field names that analyzer explicitly, and autocomplete fields use a
# folding edge-n-gram pair. The production analysis (search.backends.french) cannot be exercised by
# search on osmem; tests check it through osmem's _analyze API, which does implement it.

OSMEM_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "osmem_edgengram": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "edgengram"],
                },
                "osmem_fold": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding"],
                },
            }
        }
    }
}


def _name_analyzers(properties):
    for mapping in properties.values():
        if mapping.get("type") == "nested":
            _name_analyzers(mapping["properties"])
        elif mapping.get("type") == "text" and "analyzer" not in mapping:
            mapping["analyzer"] = "french"
