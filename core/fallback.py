"""Which pages a listing in one language shows: its own, and the source-language pages that have
no live translation in it yet, so an English list is never empty while the French one is full
(docs/decisions/0026-english-lists-show-french-content.md).

Everything is one SQL condition on the listing's own query (no query of its own): the caller's
filters (live, public, view restrictions, type) apply to the French pages as to the others.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from wagtail.models import Locale, Page


def is_source_language():
    """True when the active language is the source one (French): listings show it alone."""
    return translation.get_language() == settings.LANGUAGE_CODE


def untranslated_in(locale_id):
    """A condition on pages: in the source language, with no live page of the same translation
    key in `locale_id`."""
    translated = Page.objects.filter(
        translation_key=OuterRef("translation_key"), locale_id=locale_id, live=True
    )
    return Q(locale__language_code=settings.LANGUAGE_CODE) & ~Exists(translated)


def in_language(queryset, locale_id):
    """`queryset`'s pages in `locale_id`, and, when the active language is not the source one,
    the source-language pages not translated into it."""
    if is_source_language():
        return queryset.filter(locale_id=locale_id)
    return queryset.filter(Q(locale_id=locale_id) | untranslated_in(locale_id))


def listing_locale_ids(obj):
    """The locales whose lists may show `obj` (a page or a translatable snippet): its own, and
    every other one for a source-language object (in_language), e.g. to purge them."""
    if obj.locale.language_code != settings.LANGUAGE_CODE:
        return [obj.locale_id]
    return list(Locale.objects.values_list("pk", flat=True))
