"""The PRODUCTION analysis chain (search.backends.french.french_index_settings), checked through osmem's
`_analyze` endpoint, which implements elision, stop words, folding, light_french stemming and
synonym graphs (its search path does not: see tests/search/osmem.py and docs/search.md).

This proves the index settings are accepted, that each analyzer is built in the intended order,
and that every rule of search/synonyms/fr.txt parses and expands; it does not prove a real
Elasticsearch tokenises identically, nor that documents are indexed with these analyzers.
"""

import itertools

import pytest
from elasticsearch import Elasticsearch

from search.backends.elasticsearch9 import FrenchElasticsearch9SearchBackend
from search.backends.french import french_index_settings
from search.synonyms import read_synonyms
from tests.search.osmem import PlainJsonTransport

BUILT_IN_FILTERS = {"lowercase", "asciifolding"}
_names = itertools.count()


@pytest.fixture(scope="module")
def analyze(osmem):
    """analyze(analyzer, text) -> [tokens], on an index created with the production settings."""
    es = Elasticsearch(osmem.url, transport_class=PlainJsonTransport, max_retries=0)
    index = f"production_analysis_{next(_names)}"
    created = es.indices.create(index=index, settings=french_index_settings()["settings"])
    assert created["acknowledged"]

    def run(analyzer, text):
        answer = es.indices.analyze(index=index, analyzer=analyzer, text=text)
        return [token["token"] for token in answer["tokens"]]

    yield run
    es.indices.delete(index=index)


def test_every_filter_an_analyzer_names_is_defined():
    analysis = french_index_settings()["settings"]["analysis"]
    defined = set(analysis["filter"]) | BUILT_IN_FILTERS
    for name, analyzer in analysis["analyzer"].items():
        assert set(analyzer["filter"]) <= defined, name
    # The synonym filter runs at query time only, after folding and before stop words/stemming.
    search_chain = analysis["analyzer"]["default_search"]["filter"]
    assert "french_synonyms" not in analysis["analyzer"]["default"]["filter"]
    assert search_chain.index("asciifolding") < search_chain.index("french_synonyms")
    assert search_chain.index("french_synonyms") < search_chain.index("french_stemmer")


def test_our_backend_sends_the_french_analysis():
    """`search.backends.elasticsearch9` is Wagtail's backend with these index settings merged
    into Wagtail's own; a project's INDEX_SETTINGS still win."""
    backend = FrenchElasticsearch9SearchBackend(
        {"URLS": ["http://127.0.0.1:9"], "INDEX_SETTINGS": {"settings": {"index": {"x": 1}}}}
    )
    analysis = backend.settings["settings"]["analysis"]
    french = french_index_settings()["settings"]["analysis"]
    assert analysis["analyzer"]["default"] == french["analyzer"]["default"]
    assert analysis["filter"]["french_synonyms"] == french["filter"]["french_synonyms"]
    assert "ngram_analyzer" in analysis["analyzer"]  # Wagtail's own, kept
    assert backend.settings["settings"]["index"] == {"max_ngram_diff": 12, "x": 1}


def test_synonym_file_rules_are_well_formed():
    rules = read_synonyms()
    assert len(rules) >= 20
    for rule in rules:
        terms = [t.strip() for t in rule.replace("=>", ",").split(",")]
        assert len(terms) >= 2 and all(terms), rule


@pytest.mark.elasticsearch
@pytest.mark.parametrize(
    ("text", "same_as"),
    [
        ("l'eau", "eau"),  # elision
        ("L'Éclairage", "eclairage"),  # elision, lowercase, folding
        ("d'énergie", "energie"),
        ("qu'habitants", "habitant"),
        ("énergies", "énergie"),  # light stemming: plural
        ("haies bocagères", "haie bocagere"),
        ("Énergie", "energie"),  # folding
        ("jusqu'à la mairie", "mairie"),  # stop words, also once folded ("à")
    ],
)
def test_index_analyzer_folds_elides_and_stems(analyze, text, same_as):
    tokens = analyze("default", text)
    assert tokens and tokens == analyze("default", same_as)


@pytest.mark.elasticsearch
def test_stop_words_leave_nothing(analyze):
    assert analyze("default", "de la et les du des à") == []


@pytest.mark.elasticsearch
def test_every_synonym_rule_expands_at_query_time(analyze):
    """For each rule, searching its first term also searches every other term, as the index
    analyzer would have stored it."""
    for rule in read_synonyms():
        left, arrow, right = rule.partition("=>")
        sources = [t.strip() for t in left.split(",") if t.strip()]
        targets = [t.strip() for t in (right if arrow else left).split(",") if t.strip()]
        expanded = set(analyze("default_search", sources[0]))
        for target in targets:
            assert set(analyze("default", target)) <= expanded, (rule, target, expanded)


@pytest.mark.elasticsearch
def test_query_synonyms_examples(analyze):
    assert {"plan", "local", "urbanism"} <= set(analyze("default_search", "PLU"))
    assert "led" in analyze("default_search", "éclairage public")
    assert {"energ", "renouvelabl"} <= set(analyze("default_search", "ENR"))
    # The index analyzer does not expand: documents need no reindexing for a new rule.
    assert analyze("default", "PLU") == ["plu"]


@pytest.mark.elasticsearch
def test_autocomplete_analyzers_fold_without_stemming(analyze):
    grams = analyze("edgengram_analyzer", "L'Éclairage")
    assert grams[:3] == ["e", "ec", "ecl"] and grams[-1] == "eclairage"
    assert analyze("standard", "L'Éclairage") == ["eclairage"]
