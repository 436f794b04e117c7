"""The English translation of the few demo events that have one (`en` in events.yaml): the
upcoming events people register for, so that the English agenda shows their registration form
with its questions in English. Registrations made there count on the French event
(registrations.places.source_event). What is already translated is left alone."""

from wagtail.models import Locale

from core.translation import translate
from sheets.models import EventIndexPage, EventPage

from .data import read
from .events import programme_html
from .text import paragraphs


def _questions(english):
    return [
        {"label": question["label"], "choices": "\n".join(question.get("choices", []))}
        for question in english.get("registration_questions", [])
    ]


def event_values(item) -> dict:
    """wagtail-localize's values for one event of events.yaml (core.translation.translate)."""
    english = item["en"]
    values = {
        "title": english["title"],
        "summary": english["summary"],
        "programme": programme_html(english.get("programme")),
        "registration": paragraphs(english.get("registration", "")),
        "speakers": [{"role": role} for role in english.get("speaker_roles", [])],
        "registration_questions": _questions(english),
    }
    return {name: value for name, value in values.items() if value}


def translate_events(locale) -> int:
    """The missing English events; returns how many were translated."""
    index = EventIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None or index.get_translation_or_none(locale) is None:
        return 0
    items = [item for item in read("events") if item.get("en")]
    events = EventPage.objects.child_of(index).filter(slug__in=[i["slug"] for i in items])
    events = {event.slug: event for event in events}
    count = 0
    for item in items:
        event = events.get(item["slug"])
        if event is not None and event.get_translation_or_none(locale) is None:
            translate(event, locale, event_values(item))
            count += 1
    return count
