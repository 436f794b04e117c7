"""What the letter's blocks pull from the site (the latest sheets, the coming events, the open
aids, a featured page), read when the letter is rendered: in the letter's language with the
French pages not translated yet (core.fallback, as every list of the site), live public pages
only (never one behind a view restriction: Wagtail's `.public()`, the site's own rule), and as
things stood on the letter's date, so that an archived letter keeps showing what it sent.

Wagtail reads the view restrictions once per render; each block then costs a fixed number of
queries whatever the number of items (the letter's stream caps how many such blocks it holds),
and all the featured pages of a letter are read together."""

import datetime
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Q
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from aids.listing import by_closing_date, listed_aids
from aids.models import AidPage
from core.fallback import in_language
from sheets.models import EventPage, ExperienceSheetPage, TechnicalSheetPage
from sheets.models.event import upcoming_q
from sheets.models.taxonomy import attach_themes

# What a "latest sheets" block may list, by its `kind`.
SHEET_MODELS = {
    "all": (ExperienceSheetPage, TechnicalSheetPage),
    "experience": (ExperienceSheetPage,),
    "technical": (TechnicalSheetPage,),
}


@dataclass
class Section:
    """One block of the letter, with what it pulled (None for a block that pulls nothing)."""

    block: Any  # the stream's child, for {% include_block %}
    type: str
    value: Any
    items: list | None = None


@dataclass
class Pull:
    """What a pulling block reads against: the letter's locale, its date, the visible pages."""

    locale_id: int
    as_of: datetime.datetime
    visible: Any  # Page.objects.live().public(), read once
    cards: bool  # the site's cards (themes, pictures) rather than an e-mail's lines


def _theme_slug(value):
    theme = value.get("theme")
    return theme.slug if theme is not None else None


def _count(value):
    return max(1, int(value.get("count") or 1))


def latest_sheets(value, pull):
    """The sheets published last before the letter's date, on the block's theme if it has
    one: one query per kind of sheet (and, for the site, their themes and pictures)."""
    slug = _theme_slug(value)
    found = []
    for model in SHEET_MODELS.get(value.get("kind"), SHEET_MODELS["all"]):
        sheets = model.objects.filter(
            pk__in=pull.visible.values("pk"), first_published_at__lte=pull.as_of
        )
        sheets = in_language(sheets, pull.locale_id)
        if slug:
            sheets = sheets.filter(themes__slug=slug)
        sheets = sheets.order_by("-first_published_at", "-pk")
        if pull.cards:
            sheets = model.for_listing(sheets, themes=False)
        elif model is ExperienceSheetPage:
            sheets = sheets.select_related("commune")
        found += sheets.defer_streamfields()[: _count(value)]
    found.sort(key=lambda page: (page.first_published_at, page.pk), reverse=True)
    return found[: _count(value)]


def coming_events(value, pull):
    """The events still to come on the letter's date, not cancelled, soonest first."""
    events = in_language(EventPage.objects.filter(pk__in=pull.visible.values("pk")), pull.locale_id)
    events = events.filter(upcoming_q(pull.as_of), is_cancelled=False)
    slug = _theme_slug(value)
    if slug:
        events = events.filter(themes__slug=slug)
    events = EventPage.for_listing(events.order_by("start", "pk"), themes=False)
    return list(events[: _count(value)])


def open_aids(value, pull):
    """The aids one could apply to on the letter's date (aids' `open_on`), soonest closing
    first, with their funder (aids.listing, as the directory lists them)."""
    aids = listed_aids(AidPage, pull.locale_id, pull.visible, themes=False)
    aids = aids.open_on(timezone.localdate(pull.as_of))
    slug = _theme_slug(value)
    if slug:
        aids = aids.filter(pk__in=AidPage.objects.filter(themes__slug=slug).values("pk"))
    return list(by_closing_date(aids)[: _count(value)])


PULLS = {"sheets": latest_sheets, "events": coming_events, "aids": open_aids}


def featured_pages(values, pull):
    """The pages the "featured page" blocks chose, each in the letter's language when it has a
    live translation there, else as chosen (the source language); None for a page that is not
    live or not public. One query for all of them."""
    keys = {value["page"].translation_key for value in values if value.get("page") is not None}
    if not keys:
        return [None for _value in values]
    source = Q(locale__language_code=settings.LANGUAGE_CODE)
    pages = pull.visible.filter(Q(locale_id=pull.locale_id) | source, translation_key__in=keys)
    chosen = {}
    for page in pages:
        if page.translation_key not in chosen or page.locale_id == pull.locale_id:
            chosen[page.translation_key] = page
    return [
        chosen.get(value["page"].translation_key) if value.get("page") is not None else None
        for value in values
    ]


def _pulls(block):
    return getattr(block, "pulls", None)


def sections(letter, as_of=None, cards=True):
    """The letter's blocks in order, each with what it pulled (letters.content.Section), in the
    letter's language, as of `as_of` (now by default)."""
    stream = list(letter.body) if letter.body else []
    result = [Section(child, child.block_type, child.value) for child in stream]
    pulling = [section for section in result if _pulls(section.block.block)]
    if not pulling:
        return result
    language = letter.locale.language_code if letter.locale_id else settings.LANGUAGE_CODE
    with translation.override(language):
        pull = Pull(
            letter.locale_id or Locale.get_default().pk,
            as_of or timezone.now(),
            Page.objects.live().public(),
            cards,
        )
        featured = [s for s in pulling if _pulls(s.block.block) == "featured"]
        for section, page in zip(
            featured, featured_pages([s.value for s in featured], pull), strict=True
        ):
            section.items = [page] if page is not None else []
        for section in pulling:
            if section.items is None:
                section.items = PULLS[_pulls(section.block.block)](section.value, pull)
        if cards:  # the cards' theme tags: one query per kind of sheet or event
            themed = [s for s in pulling if _pulls(s.block.block) in ("sheets", "events")]
            attach_themes([item for section in themed for item in section.items])
    return result


def preview_items(kind, value):
    """What a block of `kind` pulls today in the source language, for its preview in the
    editor's block picker."""
    pull = Pull(Locale.get_default().pk, timezone.now(), Page.objects.live().public(), True)
    with translation.override(settings.LANGUAGE_CODE):
        if kind == "featured":
            page = featured_pages([value], pull)[0]
            return [page] if page is not None else []
        items = PULLS[kind](value, pull)
        if kind != "aids":  # an aid's card shows no theme here
            attach_themes(items)
        return items
