"""French words in Python: folding, a light stem, and the words of a visitor's query.

The backends analyse the indexed text themselves; these helpers serve what the page does on its
side: cleaning a query before it reaches a backend, matching synonym rules, marking excerpts.
"""

import re
import threading
import unicodedata
from functools import lru_cache

import Stemmer

WORD = re.compile(r"\w+", re.UNICODE)
ELISION = re.compile(r"^(?:l|d|qu|j|n|s|t|c|m|lorsqu|puisqu|jusqu)['’]", re.IGNORECASE)
# Words an excerpt never marks (folded): French articles, prepositions, pronouns and auxiliaries,
# and the commonest English ones. The backends drop them too (search.backends.french).
STOP_WORDS = frozenset({
    "a", "ai", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des",
    "du", "elle", "en", "et", "eu", "il", "ils", "je", "l", "la", "le", "les", "leur", "leurs",
    "lui", "m", "ma", "mais", "me", "meme", "mes", "moi", "mon", "n", "ne", "nos", "notre",
    "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "s", "sa", "se", "ses", "son",
    "sur", "t", "ta", "te", "tes", "toi", "ton", "tu", "un", "une", "vos", "votre", "vous", "y",
    "est", "sont", "the", "of", "and", "an", "in", "for", "to", "with", "by", "at", "or",
    "from", "is", "are", "jusqu", "lorsqu", "puisqu",
})  # fmt: skip
_local = threading.local()


@lru_cache(maxsize=8192)
def fold(text):
    """Lowercase without accents: "Énergie" -> "energie" (cached: called for every word of an
    excerpt)."""
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def stem(word):
    """A crude French light stem for highlighting and query expansion: plural and feminine
    endings off ("énergies" and "énergie" both give "energi")."""
    word = fold(word)
    for suffix in ("aux", "es", "s", "x", "e"):
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)] if suffix != "aux" else word[:-3] + "a"
    return word


def query_words(query):
    """The words of a query, elided articles ("l'", "d'") and one-letter words left out."""
    words = []
    for raw in query.split():
        raw = ELISION.sub("", raw)
        words.extend(w for w in WORD.findall(raw) if len(w) > 1 or w.isdigit())
    return words


def is_stop_word(word):
    """True for a word too common to mark in an excerpt ("des", "la", "Les")."""
    return fold(word) in STOP_WORDS


def backend_text(query):
    """The words of the query, lowercased, without punctuation: what reaches the backend, so
    that quotes, brackets or AND/OR/NOT typed by a visitor are never query syntax (SQLite FTS5
    fails on them)."""
    return " ".join(w.lower() for w in query_words(query))


def phrase_text(phrase):
    """A staff synonym phrase for a Phrase query: lowercased words, elided articles KEPT ("plan
    local d'urbanisme"): on PostgreSQL the article is a stop word that still takes a position in
    the indexed text, so dropping it would make the phrase miss. Only words and apostrophes
    reach the backend (SQLite wraps the phrase in double quotes)."""
    return " ".join(re.findall(r"\w+(?:'\w+)*", phrase.replace("’", "'").lower()))


def _snowball():
    """This thread's Snowball French stemmer (PyStemmer's objects are not thread-safe)."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = Stemmer.Stemmer("french")
    return stemmer


@lru_cache(maxsize=65536)
def french_stem(word):
    """The Snowball French stem (PostgreSQL's `french` configuration uses the same algorithm),
    folded: "Énergies" and "energie" both give "energ"."""
    return fold(_snowball().stemWord(word.lower()))


def index_terms(text):
    """The words of `text` as a stemming index holds them: stop words and elided articles out
    ("l'eau" gives "eau"), the rest Snowball-stemmed and folded. Query and indexed text go
    through the same function, so phrases stay adjacent."""
    return [french_stem(w) for w in WORD.findall(text or "") if fold(w) not in STOP_WORDS]
