"""Excerpts of a result, highlighted: the query's words, and the synonyms each word was widened
with (search.groups), are marked wherever they are found, whichever backend found the item."""

import html

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from search.analysis import WORD, fold, is_stop_word, query_words, stem
from search.groups import query_groups


def highlight_stems(query):
    """The stems an excerpt marks: the query's words and those of its synonyms, stop words left
    out ("des" is no match, and its stem would mark every word starting with it)."""
    stems = {stem(w) for w in query_words(query) if not is_stop_word(w)}
    for group in query_groups(query):
        for phrase in group.alternatives:
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
