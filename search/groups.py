"""A visitor's query as groups of alternatives, and the two queries the backends are asked.

Each significant word of the query is a group, and so is a run of words that a synonym rule names
("plan local d'urbanisme"). A group matches its own words OR any of its alternatives: the rule's
other terms, and the site's spelling of a word the site does not know (search.vocabulary). So a
synonym widens one word in place and never replaces the query. The backends are then asked for
the items with every group (`every_group`), and for those with a minimum share of them
(`most_groups`): all the words first, then most of them, never any single one of many.
"""

import math
from dataclasses import dataclass
from itertools import combinations

from wagtail.search.query import And, Or, Phrase, PlainText

from search.analysis import backend_text, french_stem, is_stop_word, phrase_text, query_words
from search.synonyms import synonym_rules

# The share of a query's groups an item must match to be found at all (at least one group).
MIN_SHARE = 0.5
# Beyond this many alternatives of "most groups", the query asks for any group instead (a long
# query's combinations would make a huge backend query; ranking still puts most words first).
MAX_COMBINATIONS = 35


@dataclass(frozen=True)
class Group:
    """The typed words of one group and what may stand for them."""

    words: tuple
    alternatives: tuple = ()


def _stems(words):
    return tuple(french_stem(w) for w in words)


def _rule_terms():
    """[(source stems, [alternative phrases])] from the synonym file: every term of an
    equivalence line stands for the others; `a => b` lines map their left terms to the right."""
    terms = []
    for rule in synonym_rules():
        left, arrow, right = rule.partition("=>")
        sources = [s.strip() for s in left.split(",") if s.strip()]
        targets = [s.strip() for s in (right if arrow else left).split(",") if s.strip()]
        for source in sources:
            stems = _stems(query_words(source))
            others = [t for t in targets if _stems(query_words(t)) != stems]
            if stems and others:
                terms.append((stems, others))
    return terms


_table = {"rules": None, "by_first_stem": {}}


def _rules_by_first_stem():
    """{first stem: [(source stems, alternatives)]}, longest sources first; built again only
    when the synonym file has changed."""
    rules = synonym_rules()
    if _table["rules"] is not rules:
        table = {}
        for stems, others in sorted(_rule_terms(), key=lambda term: -len(term[0])):
            table.setdefault(stems[0], []).append((stems, others))
        _table.update(rules=rules, by_first_stem=table)
    return _table["by_first_stem"]


def query_groups(query, synonyms=True, corrections=None, forms=None):
    """The groups of `query`, in the order typed. `corrections` ({typed word: known word})
    adds a known spelling to the group of each word the site does not know, `forms` ({typed
    word: [known words]}) the words of its family (search.vocabulary.widenings)."""
    corrections = {k.lower(): [v] for k, v in (corrections or {}).items()}
    for typed, known in (forms or {}).items():
        corrections.setdefault(typed.lower(), []).extend(known)
    # A hyphenated word ("chauves-souris", "bois-énergie") is one word of the query.
    tokens = [(n, w) for n, token in enumerate(query.split()) for w in query_words(token)]
    words = [w for _n, w in tokens]
    stems = _stems(words)
    rules = _rules_by_first_stem() if synonyms else {}
    groups, i = [], 0
    while i < len(words):
        span = sum(1 for n, _w in tokens[i:] if n == tokens[i][0])
        alternatives, longest = [], 0
        # The longest rule source starting here, and every rule with a source that long.
        for source, others in rules.get(stems[i], ()):
            if tuple(stems[i : i + len(source)]) == source:
                if len(source) < longest:
                    break
                longest = len(source)
                span = max(span, longest)
                alternatives.extend(others)
        typed = [w for w in words[i : i + span] if not is_stop_word(w)]
        for word in typed:
            alternatives.extend(corrections.get(word.lower(), ()))
        if typed:
            groups.append(
                Group(words=tuple(typed), alternatives=tuple(dict.fromkeys(alternatives)))
            )
        i += span
    return groups


def min_share(count):
    """How many of `count` groups an item must match: half, rounded up (1 of 2, 2 of 3, 2 of 4,
    3 of 5): never a single word of three or more."""
    return max(1, math.ceil(MIN_SHARE * count))


def _term(text):
    """PlainText for a word, Phrase for several ("panneaux solaires"), None when nothing is left
    once punctuation is gone."""
    if len(query_words(text)) > 1:
        return Phrase(phrase_text(text))
    text = backend_text(text)
    return PlainText(text) if text else None


def group_query(group):
    """The group's words (all of them), or any of its alternatives."""
    options = [PlainText(backend_text(" ".join(group.words)))]
    options += [term for term in map(_term, group.alternatives) if term is not None]
    return Or(options) if len(options) > 1 else options[0]


def every_group(groups):
    """The query of the items that match every group."""
    compiled = [group_query(g) for g in groups]
    return And(compiled) if len(compiled) > 1 else compiled[0]


def most_groups(groups):
    """The query of the items that match at least `min_share` of the groups, or None when that
    is every group (then `every_group` says it all)."""
    needed = min_share(len(groups))
    if needed >= len(groups):
        return None
    compiled = [group_query(g) for g in groups]
    if needed == 1 or math.comb(len(compiled), needed) > MAX_COMBINATIONS:
        return Or(compiled)
    return Or([And(list(chosen)) for chosen in combinations(compiled, needed)])
