"""Reads the site's vocabulary (search.models.SearchTerm, built by search.vocabulary_builder
from the live, public pages only): the spelling corrections, word families and near words of the
search page, and its "Did you mean …?".

Words are compared folded ("energie"), within Elasticsearch's AUTO fuzziness. On PostgreSQL the
candidates come through `pg_trgm` (the `%` operator on a GIN trigram index, migration 0003) plus
the words one deletion or swap away (a short word's trigrams change too much for `%` to find
them); elsewhere, from the words of similar length. rapidfuzz then measures the exact distance.
"""

import logging
import re
from functools import reduce
from operator import or_

from django.contrib.postgres.lookups import TrigramSimilar
from django.db import DatabaseError, connection
from django.db.models import F, Q
from django.db.models.functions import Length
from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from search.analysis import STOP_WORDS, fold, french_stem
from search.models import SearchTerm
from search.vocabulary_builder import MIN_LENGTH

logger = logging.getLogger("search")

MIN_CORRECTED = 4  # the shortest typed word corrected (as Elasticsearch's AUTO: none below)
CLOSE_DISTANCE = 3  # how far the nothing-found page looks for near words
MAX_CANDIDATES = 2000  # rows read for one set of typed words, at most
# A word's family: the known words whose Snowball stem (at least FAMILY_STEM letters) adds or
# drops at most FAMILY_LETTERS letters to the typed word's; FAMILY_SIZE of them at most.
FAMILY_STEM = 6
FAMILY_LETTERS = 2
FAMILY_SIZE = 3
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def max_distance(word):
    """Elasticsearch's AUTO fuzziness on a folded word: 1 edit for 4–5 letters, 2 beyond."""
    return 1 if len(word) <= 5 else 2


def corrections(words, language):
    """{typed word: display of its correction} for the typed words the vocabulary does not know
    (neither their folded form nor their stem): the closest known word within `max_distance`,
    the most frequent among equals. Two queries at most; {} on a database error."""
    return widenings(words, language)[0]


def widenings(words, language):
    """(corrections, forms): the `corrections` above, and {typed word: [display]} the known
    words of the same family, whose Snowball stem adds or drops at most `FAMILY_LETTERS`
    letters ("économiser" and "économies", "désherber" and "désherbage": the stemmer leaves
    them apart). Two queries at most; ({}, {}) on a database error."""
    typed = {w: fold(w) for w in words if _correctable(w, MIN_CORRECTED)}
    if not typed:
        return {}, {}
    stems = {w: french_stem(w) for w in typed}
    family = {s for s in stems.values() if len(s) >= FAMILY_STEM}
    prefixes = {
        s[:n] for s in family for n in range(max(FAMILY_STEM, len(s) - FAMILY_LETTERS), len(s))
    }
    try:
        wanted = Q(word__in=set(typed.values())) | Q(stem__in=set(stems.values()) | prefixes)
        wanted = reduce(or_, (Q(stem__startswith=s) for s in family), wanted)
        known = list(
            SearchTerm.objects.filter(language=language)
            .filter(wanted)
            .values_list("word", "stem", "display", "frequency")
        )
        known_words = {word for word, *_rest in known}
        known_stems = {stem for _word, stem, *_rest in known}
        unknown = {
            w: f for w, f in typed.items() if f not in known_words and stems[w] not in known_stems
        }
        rows = _candidates(set(unknown.values()), language, max_distance) if unknown else []
    except DatabaseError:
        logger.exception("Spelling corrections unavailable: no correction offered")
        return {}, {}
    found = {}
    for typed_word, folded in unknown.items():
        best = _nearest(folded, rows, max_distance(folded))
        if best:
            found[typed_word] = best[0][1][1]
    return found, _families(stems, known)


def _families(stems, known):
    """{typed word: [display]} of the known words whose stem is within `FAMILY_LETTERS`
    letters of the typed word's, one (the most frequent) per stem, the most frequent first."""
    best = {}
    for _word, stem, display, frequency in known:
        if stem not in best or frequency > best[stem][1]:
            best[stem] = (display, frequency)
    forms = {}
    for typed_word, own in stems.items():
        related = [
            (frequency, display)
            for stem, (display, frequency) in best.items()
            if stem != own
            and min(len(stem), len(own)) >= FAMILY_STEM
            and (stem.startswith(own) or own.startswith(stem))
            and abs(len(stem) - len(own)) <= FAMILY_LETTERS
        ]
        if related:
            forms[typed_word] = [d for _f, d in sorted(related, reverse=True)[:FAMILY_SIZE]]
    return forms


def closest_words(words, language, limit=5):
    """The display forms of the vocabulary's words nearest to the typed words, nearest and most
    frequent first, for a search that found nothing: within `CLOSE_DISTANCE` edits; on
    PostgreSQL, those trigram-similar or one edit away. One query; [] on a database error."""
    typed = {fold(w) for w in words if _correctable(w, MIN_LENGTH)}
    if not typed:
        return []
    try:
        # Near words cast a wide net already (trigrams, 3 edits): no list of every one-letter edit.
        rows = _candidates(typed, language, lambda word: CLOSE_DISTANCE)
    except DatabaseError:
        logger.exception("Near words unavailable: none offered")
        return []
    scored = {}
    for folded in typed:
        for distance, (word, display, frequency) in _nearest(
            folded, rows, CLOSE_DISTANCE, loose=True
        ):
            if word in typed:
                continue
            key = (distance, -frequency, word)
            if word not in scored or key < scored[word][0]:
                scored[word] = (key, display)
    ordered = sorted(scored.values())
    return list(dict.fromkeys(display for _key, display in ordered))[:limit]


def suggested_query(query, corrections):
    """The visitor's query with each corrected word replaced by its correction (the rest of the
    query as typed: case, punctuation, elided articles); "" when nothing changes."""
    suggestion = query
    for typed_word, corrected in corrections.items():
        if not typed_word or not corrected:
            continue
        pattern = re.compile(rf"(?<!\w){re.escape(typed_word)}(?!\w)", re.IGNORECASE)
        suggestion = pattern.sub(lambda m, c=corrected: _same_case(m.group(0), c), suggestion)
    return suggestion if suggestion != query else ""


def _same_case(typed, corrected):
    if typed.isupper() and len(typed) > 1:
        return corrected.upper()
    if typed[:1].isupper():
        return corrected[:1].upper() + corrected[1:]
    return corrected


def _correctable(word, min_length):
    folded = fold(word)
    return len(folded) >= min_length and folded.isalpha() and folded not in STOP_WORDS


def _candidates(folded_words, language, distance_of, loose=False):
    """[(word, display, frequency)] of `language` that may lie near one of `folded_words`: one
    query, through the trigram index when there is one."""
    terms = SearchTerm.objects.filter(language=language)
    if has_trigram_index():
        near = [TrigramSimilar(F("word"), w) for w in sorted(folded_words)]
        variants = set().union(*(_edits(w, loose) for w in folded_words))
        terms = terms.filter(reduce(or_, near, Q(word__in=variants)))
    else:
        lengths = [(len(w) - distance_of(w), len(w) + distance_of(w)) for w in folded_words]
        terms = terms.alias(length=Length("word")).filter(
            reduce(or_, (Q(length__gte=lo, length__lte=hi) for lo, hi in lengths))
        )
    return list(terms.values_list("word", "display", "frequency")[:MAX_CANDIDATES])


def _edits(word, loose):
    """The words one deletion or one swap of neighbours away, and, for a short word or a loose
    look, one replacement or insertion away: those whose trigrams differ too much for `%`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    if loose or max_distance(word) == 1:
        edits |= {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
        edits |= {a + c + b for a, b in splits for c in ALPHABET}
    edits.discard(word)
    return edits


def _nearest(folded, rows, limit, loose=False):
    """[(distance, row)] of the rows within `limit` edits of `folded` (a swap of neighbours
    counts one), nearest then most frequent first. `loose` keeps the trigram candidates beyond
    `limit` too (PostgreSQL found them similar), after the near ones."""
    words = [row[0] for row in rows]
    cutoff = None if loose and has_trigram_index() else limit
    matches = process.extract(
        folded, words, scorer=DamerauLevenshtein.distance, score_cutoff=cutoff, limit=None
    )
    found = [(distance, rows[index]) for _word, distance, index in matches if distance]
    return sorted(found, key=lambda item: (item[0], -item[1][2], item[1][0]))


def has_trigram_index():
    """True on PostgreSQL, where migration 0003 creates `pg_trgm` and its index (if the database
    refused the extension, the lookup fails, is logged, and no correction is offered)."""
    return connection.vendor == "postgresql"
