"""Sending a letter to its readers (alerts' subscribers who want the letter, confirmed, not
paused, not unsubscribed), each in their language: a subscriber whose language has a live
translation of the letter receives it; the others receive the letter in the site's source
language (French), as the site's lists show French pages not translated yet.

One send covers the letter and its translations, once: a delivery row per subscriber is made in
one transaction, under a lock on the letter, and the tasks are queued when it commits. Pressing
the button twice, or on a translation, finds the deliveries and sends nothing more."""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count

from alerts.models import Subscriber

from . import tasks
from .models import DeliveryStatus, LetterDelivery, LetterPage


@dataclass
class Edition:
    """The letter in one language and the subscribers who receive it."""

    letter: LetterPage
    recipients: int = 0
    # Subscribers whose language has no live translation: they receive this one.
    fallback: int = 0


def editions_of(letter):
    """The live letters of the translation group, by language code."""
    pages = LetterPage.objects.live().filter(translation_key=letter.translation_key)
    return {page.locale.language_code: page for page in pages.select_related("locale")}


def source_of(letter, editions):
    """The letter the subscribers without a translation in their language receive."""
    return editions.get(settings.LANGUAGE_CODE) or letter


def plan(letter):
    """[Edition]: which letter goes to how many readers, the source language first."""
    editions = editions_of(letter)
    source = source_of(letter, editions)
    by_page = {source.pk: Edition(source)}
    counts = Subscriber.objects.letter_readers().values("language").annotate(n=Count("pk"))
    for row in counts.order_by("language"):
        page = editions.get(row["language"])
        edition = by_page.setdefault((page or source).pk, Edition(page or source))
        edition.recipients += row["n"]
        if page is None:
            edition.fallback += row["n"]
    return sorted(by_page.values(), key=lambda e: e.letter.pk != source.pk)


def already_sent(letter):
    return letter.deliveries_of_all_languages().exists()


def start(letter):
    """Creates the deliveries of the letter and its translations and queues their sending once
    the transaction commits; returns how many were made, or None when the letter had already
    been sent (nothing is done)."""
    with transaction.atomic():
        # Two presses at once: the second waits here, then finds the first one's deliveries.
        list(
            LetterPage.objects.select_for_update(of=("self",))
            .filter(translation_key=letter.translation_key)
            .values_list("pk", flat=True)
        )
        if already_sent(letter):
            return None
        editions = editions_of(letter)
        source = source_of(letter, editions)
        readers = Subscriber.objects.letter_readers().values_list("pk", "language")
        rows = [
            LetterDelivery(letter=editions.get(language, source), subscriber_id=pk)
            for pk, language in readers
        ]
        # The unique (letter, subscriber) keeps any duplicate out, whatever happens above.
        LetterDelivery.objects.bulk_create(rows, batch_size=500, ignore_conflicts=True)
        queued = list(
            letter.deliveries_of_all_languages()
            .filter(status=DeliveryStatus.QUEUED)
            .values_list("pk", flat=True)
        )
        transaction.on_commit(lambda: tasks.queue(queued))
    return len(rows)
