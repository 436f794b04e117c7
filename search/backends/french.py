"""The French analysis of the Elasticsearch indexes: Wagtail's INDEX_SETTINGS, as our backends
(search.backends.elasticsearch9 / elasticsearch8) merge them into Wagtail's own.

Built when the backend module is first imported, so `manage.py update_index` (a new process)
always reads the synonym file as it is now.

Wagtail's Elasticsearch mapping gives no analyzer to ordinary text fields, so they use the index's
`default` analyzer (and `default_search` at query time); autocomplete fields use
`edgengram_analyzer` and are searched with `standard`. We redefine those four names, so the French
chain applies everywhere without patching Wagtail.
"""

from search.synonyms import read_synonyms, synonym_rules

FRENCH_ELISIONS = ["l", "d", "qu", "j", "n", "s", "t", "c", "m", "lorsqu", "puisqu", "jusqu"]
# Accented French stop words as they are once folded ("à" -> "a"): ASCII folding runs before the
# stop filter (so that synonym rules are parsed folded), which `_french_` alone would miss.
FOLDED_STOP_WORDS = [
    "a", "ete", "etee", "etees", "etes", "etant", "etante", "etants", "etantes", "etais",
    "etait", "etions", "etiez", "etaient", "meme", "eumes", "eutes", "fumes", "futes",
]  # fmt: skip


def french_index_settings(synonyms=None):
    """INDEX_SETTINGS for Wagtail's Elasticsearch backends (deep-merged into Wagtail's own)."""
    synonyms = read_synonyms() if synonyms is None else synonyms
    # Folded and stripped first, so "Éclairage", "l'éclairage" and "eclairage" are one word, and
    # so synonym rules are parsed through the same chain (they are analysed by the filters
    # before the synonym filter).
    base_chain = ["french_elision", "lowercase", "asciifolding"]
    filters = {
        "french_elision": {
            "type": "elision",
            "articles_case": True,
            "articles": FRENCH_ELISIONS,
        },
        "french_stop": {"type": "stop", "stopwords": "_french_", "ignore_case": True},
        "french_stop_folded": {"type": "stop", "stopwords": FOLDED_STOP_WORDS},
        "french_stemmer": {"type": "stemmer", "language": "light_french"},
        "edgengram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 15},
    }
    stop_and_stem = ["french_stop", "french_stop_folded", "french_stemmer"]
    search_chain = [*base_chain, *stop_and_stem]
    if synonyms:
        # At query time only, as a graph: multi-word synonyms ("plan local d'urbanisme") then
        # match as phrases, and documents need no reindexing to benefit from a new rule.
        filters["french_synonyms"] = {
            "type": "synonym_graph",
            "synonyms": synonyms,
            "lenient": True,
        }
        search_chain = [*base_chain, "french_synonyms", *stop_and_stem]
    return {
        "settings": {
            "analysis": {
                "filter": filters,
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*base_chain, *stop_and_stem],
                    },
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": search_chain,
                    },
                    "edgengram_analyzer": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": [*base_chain, "edgengram"],
                    },
                    # What Wagtail searches autocomplete fields with: same folding, no n-grams.
                    "standard": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": base_chain,
                    },
                },
            }
        }
    }


def merged(base, overrides):
    """A copy of `base` with `overrides` merged in, dictionaries key by key."""
    result = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            value = merged(result[key], value)
        result[key] = value
    return result


class FrenchAnalysis:
    """For Wagtail's Elasticsearch backends: the French analysis as default INDEX_SETTINGS
    (what a project's INDEX_SETTINGS say still wins, key by key)."""

    def __init__(self, params):
        settings = merged(french_index_settings(synonym_rules()), params.get("INDEX_SETTINGS", {}))
        super().__init__({**params, "INDEX_SETTINGS": settings})
