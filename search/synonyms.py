"""The staff synonym list (search/synonyms/fr.txt), and excerpts highlighted with it.

Elasticsearch applies the list in its analyzer (search.backends.french); on the database backend
the page expands the query itself (`synonym_groups`). Excerpts mark the query's words and their
synonyms, whichever backend found the item.
"""

import html
from pathlib import Path

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from search.analysis import WORD, fold, is_stop_word, query_words, stem

SYNONYMS_FILE = Path(__file__).resolve().parent / "synonyms" / "fr.txt"


def read_synonyms(path=SYNONYMS_FILE):
    """The file's rules in Solr format (`a, b, c` or `a => b`), comments and blank lines dropped."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    rules = []
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#") and ("," in line or "=>" in line):
            rules.append(line)
    return rules


_read = {"stamp": None, "rules": []}


def synonym_rules():
    """The staff synonym file's rules, read again only when the file changes."""
    try:
        stat = SYNONYMS_FILE.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = None
    if stamp is None or stamp != _read["stamp"]:
        _read.update(stamp=stamp, rules=read_synonyms())
    return _read["rules"]


def synonym_groups(query, rules=None):
    """Phrases equivalent to parts of the query, from the staff synonym file."""
    rules = synonym_rules() if rules is None else rules
    folded_query = " " + " ".join(fold(w) for w in query_words(query)) + " "
    expansions = []
    for rule in rules:
        left, arrow, right = rule.partition("=>")
        sources = [s.strip() for s in left.split(",") if s.strip()]
        targets = [s.strip() for s in (right if arrow else left).split(",") if s.strip()]
        for source in sources:
            key = " " + " ".join(fold(w) for w in query_words(source)) + " "
            if key.strip() and key in folded_query:
                expansions.extend(t for t in targets if t.lower() != source.lower())
                break
    return expansions


def highlight_stems(query):
    """The stems an excerpt marks: the query's words and those of its synonyms, stop words left
    out ("des" is no match, and its stem would mark every word starting with it)."""
    stems = {stem(w) for w in query_words(query) if not is_stop_word(w)}
    for phrase in synonym_groups(query):
        stems.update(stem(w) for w in query_words(phrase) if not is_stop_word(w))
    return tuple(sorted(s for s in stems if len(s) >= 2))


def highlight(text, query, length=260, stems=None):
    """An HTML excerpt around the first query word found: escaped, matches wrapped in <mark>.
    `stems` (from `highlight_stems(query)`) may be passed when highlighting many texts."""
    # strip_tags leaves entities (l&#x27;eau): decode them, every part is escaped again below.
    text = " ".join(html.unescape(strip_tags(text or "")).split())
    if not text:
        return ""
    stems = highlight_stems(query) if stems is None else stems

    def matches(word):
        # A word's light stem is a prefix of the folded word, so a stem equal to one of `stems`
        # means the folded word starts with it.
        folded = fold(word)
        return any(folded.startswith(s) for s in stems)

    start = 0
    if stems:
        for m in WORD.finditer(text):
            if matches(m.group()):
                start = max(0, m.start() - length // 3)
                if start:
                    start = text.rfind(" ", 0, start) + 1
                break
    end = min(len(text), start + length)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    parts, cursor = [], start
    if stems:
        for m in WORD.finditer(text, start):
            s, e = m.span()
            if s >= end:
                break
            if e > end or not matches(m.group()):
                continue
            parts.append(escape(text[cursor:s]))
            parts.append(f"<mark>{escape(text[s:e])}</mark>")
            cursor = e
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every part escaped above
