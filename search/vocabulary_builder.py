"""Builds the site's vocabulary (search.models.SearchTerm): the words of its live, public pages.

Only what anyone may read feeds it (titles, the public fields an excerpt may quote, an event's
programme, commune, funder and theme names): a suggestion never reveals a members-only word. A saved live
page's new words join at once (`add_page`); the whole language is rebuilt by a task queued when a
page is published, unpublished, deleted, moved or restricted (search.signal_handlers), by
`manage.py update_search_vocabulary` and by the demo. search.vocabulary reads it.
"""

import html
import threading
from collections import Counter, defaultdict

from django.db import transaction
from wagtail.models import Locale, Page

from core.text import field_text, html_text
from search.analysis import STOP_WORDS, WORD, fold, french_stem
from search.kinds import PAGE_CHILDREN, PAGE_KINDS, kind_of
from search.models import SearchTerm
from search.results import EXCERPT_FIELDS

MIN_LENGTH = 3  # the shortest word kept in the vocabulary
MAX_LENGTH = 50  # SearchTerm.word's size; longer "words" are noise (URLs, identifiers)
# Public text beyond what an excerpt quotes: an event's programme is searched, not quoted.
EXTRA_FIELDS = {"evenement": ["programme"]}
# The related object whose names are public on the page: a commune, an aid's funder.
NAMED_FIELDS = {
    "experience": ("commune", ["name"]),
    "evenement": ("host_commune", ["name"]),
    "aide": ("funder", ["name", "short_name"]),
}

_stale = threading.local()


def rebuild(language=None):
    """Replaces the vocabulary of `language` (every language of the site if None) with the words
    of its live, public pages; returns {language: number of words}."""
    locales = dict(Locale.objects.values_list("pk", "language_code"))
    languages = [language] if language else sorted(set(locales.values()))
    counts = {}
    for code in languages:
        # This thread's changes are in what it reads now: no need to queue another rebuild.
        stale_locales().difference_update(pk for pk, c in locales.items() if c == code)
        rows = list(_terms(code))
        with transaction.atomic():
            SearchTerm.objects.filter(language=code).delete()
            SearchTerm.objects.bulk_create(rows, batch_size=1000)
        counts[code] = len(rows)
    return counts


def stale_locales():
    """The ids of the locales this thread changed pages of since their vocabulary was last
    rebuilt here (search.signal_handlers queues one rebuild per locale and transaction)."""
    if not hasattr(_stale, "locales"):
        _stale.locales = set()
    return _stale.locales


def _terms(language):
    """The SearchTerm rows of one language: each word's page count and usual spelling."""
    pages_with = Counter()
    spellings = defaultdict(Counter)
    for text in _public_texts(language):
        seen = set()
        for raw in WORD.findall(text):
            if not _is_word(raw):
                continue
            word = fold(raw)
            if word in STOP_WORDS:
                continue
            spellings[word][raw] += 1
            seen.add(word)
        pages_with.update(seen)
    for word, frequency in pages_with.items():
        display = _display(spellings[word])
        yield SearchTerm(
            language=language,
            word=word,
            display=display,
            stem=french_stem(display)[:MAX_LENGTH],
            frequency=frequency,
        )


def _is_word(raw):
    return MIN_LENGTH <= len(raw) <= MAX_LENGTH and raw.isalpha()


def _display(spellings):
    """The most frequent spelling, in lowercase unless the word is never written so (a proper
    noun such as "Laval" keeps its capital; "Énergie" at a sentence start does not)."""
    lower = Counter()
    for form, n in spellings.items():
        if form == form.lower():
            lower[form] += n
    chosen = lower or spellings
    return max(chosen.items(), key=lambda item: (item[1], item[0] == item[0].lower()))[0]


def _public_texts(language):
    """The public text of each live, public page of `language`, one string per page: title,
    the fields an excerpt may quote, an event's programme, its commune and theme names."""
    # Wagtail reads the view restrictions each time .public() is called: once here.
    visible = Page.objects.live().public().filter(locale__language_code=language).values("pk")
    for kind, model in PAGE_KINDS.items():
        fields = ["title", *EXCERPT_FIELDS[kind], *EXTRA_FIELDS.get(kind, [])]
        named = NAMED_FIELDS.get(kind)
        pages = model.objects.filter(pk__in=visible).only(*fields)
        if named:
            relation, names = named
            pages = pages.select_related(relation).only(
                *fields, *(f"{relation}__{name}" for name in names)
            )
        _name, through, owner = PAGE_CHILDREN[kind]
        themes = defaultdict(list)
        links = through.objects.filter(**{f"{owner}__in": visible}).values_list(
            owner, "theme__name"
        )
        for page_id, theme_name in links:
            themes[page_id].append(theme_name)
        for page in pages.iterator(chunk_size=500):
            yield _page_text(page, fields, named, themes.get(page.pk, ()))


def _page_text(page, fields, named=None, theme_names=()):
    """One page's public text: its fields, its commune's or funder's names, its themes'
    names."""
    parts = [html.unescape(html_text(field_text(getattr(page, f)))) for f in fields]
    if named and getattr(page, named[0]) is not None:
        related = getattr(page, named[0])
        parts.extend(getattr(related, name) for name in named[1])
    parts.extend(theme_names)
    return " ".join(parts)


def add_page(page):
    """Adds the words of one live, public page of a searched kind to its language's vocabulary
    at once: its new words only (page counts and removals wait for the next rebuild, queued on
    publication). So the vocabulary knows a page's words as soon as it is indexed, even before
    any rebuild has run."""
    kind = kind_of(page)
    if not page.live or not Page.objects.filter(pk=page.pk).public().exists():
        return
    fields = ["title", *EXCERPT_FIELDS[kind], *EXTRA_FIELDS.get(kind, [])]
    spellings = defaultdict(Counter)
    for raw in WORD.findall(_page_text(page, fields, NAMED_FIELDS.get(kind))):
        if _is_word(raw) and fold(raw) not in STOP_WORDS:
            spellings[fold(raw)][raw] += 1
    language = page.locale.language_code
    rows = []
    for word, forms in spellings.items():
        display = _display(forms)
        rows.append(
            SearchTerm(
                language=language,
                word=word,
                display=display,
                stem=french_stem(display)[:MAX_LENGTH],
                frequency=1,
            )
        )
    SearchTerm.objects.bulk_create(rows, batch_size=150, ignore_conflicts=True)
