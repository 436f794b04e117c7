"""`{% load core_format %}`: `long_date`, `long_date_weekday` and `file_size` (core.formats)."""

from django import template

from core import formats

register = template.Library()


@register.filter
def long_date(value):
    """{{ page.last_reviewed|long_date }}: "1er mars 2025"."""
    return formats.long_date(value)


@register.filter
def long_date_weekday(value):
    """{{ event.start|long_date_weekday }}: "samedi 1er mars 2025"."""
    return formats.long_date(value, weekday=True)


@register.filter
def file_size(value):
    """{{ document.file_size|file_size }}: "12 Ko", "2,3 Mo"."""
    return formats.file_size(value)
