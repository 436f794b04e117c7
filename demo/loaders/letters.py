"""The network's letter (letters.yaml): its archive under the home page and the letters already
sent, through the letters plugin's factories, and their English translations (wagtail-localize,
as for the other pages: core.translation).

Each letter is marked as sent on its date to the demo's letter readers, in their language
(letters.sending): a delivery row per reader, already "sent", so that nothing leaves by e-mail.
With no subscriber yet the letters are only archived; a later load adds the deliveries of the
readers then present. Pages are found by slug and deliveries by (letter, subscriber): a second
load changes nothing."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from alerts.models import Subscriber
from core.translation import translate
from letters.factories import LetterIndexPageFactory, LetterPageFactory
from letters.models import DeliveryStatus, LetterDelivery, LetterIndexPage, LetterPage
from letters.sending import editions_of, source_of
from sheets.models import ExperienceSheetPage, Theme

from .data import read
from .indexing import deferred_indexing
from .text import paragraphs

LANGUAGE = "en"
INDEX_FIELDS = ("title", "slug", "intro", "listing_summary")


def ensure_archive(home, locale):
    """The letters' archive under `home` and its English translation."""
    data = read("letters")["index"]
    archive = LetterIndexPage.objects.child_of(home).first()
    if archive is None:
        archive = LetterIndexPageFactory(
            parent=home, show_in_menus=False, **{key: data[key] for key in INDEX_FIELDS}
        )
        archive.save_revision().publish()
    if locale is not None and archive.get_translation_or_none(locale) is None:
        translate(archive, locale, data["en"])
    return archive


def _block(kind, value, pages, themes):
    """One block of the data as the StreamField takes it."""
    if kind == "text":
        return paragraphs(value)
    if kind == "heading":
        return value
    value = dict(value)
    if kind == "featured_page":
        value["page"] = pages[value["page"]]
    elif "theme" in value:
        value["theme"] = themes[value["theme"]]
    return value


def body(data, pages, themes):
    return [
        (kind, _block(kind, value, pages, themes))
        for block in data["body"]
        for kind, value in block.items()
    ]


def english_body(letter, data):
    """The letter's body with the English texts of the data, block by block, keeping each
    block's id (wagtail-localize matches the translated segments by it)."""
    blocks = []
    for item, english in zip(letter.body.raw_data, data["en"]["body"], strict=True):
        ((kind, value),) = english.items()
        if kind == "text":
            value = paragraphs(value)
        elif kind != "heading":
            value = {**item["value"], **value}
        blocks.append({"type": item["type"], "value": value, "id": item["id"]})
    return blocks


def sent_at(data):
    """The moment the letter was sent: `sent_days_ago` days before today, at 9 o'clock."""
    day = timezone.localdate() - datetime.timedelta(days=data["sent_days_ago"])
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(9)))


def _create(archive, data, pages, themes):
    letter = LetterPageFactory(
        parent=archive,
        title=data["title"],
        slug=data["slug"],
        issue_number=data["number"],
        issue_date=timezone.localdate(sent_at(data)),
        intro=paragraphs(data["intro"]),
        body=body(data, pages, themes),
    )
    letter.save_revision().publish()
    return letter


def mark_sent(letter, data) -> int:
    """A delivery, already sent on the letter's date, for each letter reader who has none, in
    their language (the French letter where theirs has no translation); how many were made."""
    editions = editions_of(letter)
    source = source_of(letter, editions)
    done = set(letter.deliveries_of_all_languages().values_list("subscriber_id", flat=True))
    when = sent_at(data)
    rows = [
        LetterDelivery(
            letter=editions.get(language, source),
            subscriber_id=pk,
            status=DeliveryStatus.SENT,
            sent_at=when,
        )
        for pk, language in Subscriber.objects.letter_readers().values_list("pk", "language")
        if pk not in done
    ]
    created = LetterDelivery.objects.bulk_create(rows, ignore_conflicts=True)
    # Queued when they were sent: the date the letter's blocks read the site as of.
    letter.deliveries_of_all_languages().filter(created_at__gt=when).update(created_at=when)
    return len(created)


def build(stdout, home):
    """The archive and the letters under `home`, the French home page."""
    locale = Locale.objects.filter(language_code=LANGUAGE).first()
    items = read("letters")["letters"]
    with deferred_indexing([LetterIndexPage, LetterPage]):
        archive = ensure_archive(home, locale)
        existing = {page.slug: page for page in LetterPage.objects.child_of(archive)}
        missing = [data for data in items if data["slug"] not in existing]
        if missing:
            slugs = {
                block["featured_page"]["page"]
                for data in missing
                for block in data["body"]
                if "featured_page" in block
            }
            pages = {
                page.slug: page
                for page in ExperienceSheetPage.objects.filter(
                    slug__in=slugs, locale=Locale.get_default()
                )
            }
            themes = {theme.slug: theme for theme in Theme.objects.filter(locale=home.locale)}
            for data in missing:
                existing[data["slug"]] = _create(archive, data, pages, themes)
        translated = 0
        for data in items if locale is not None else []:
            letter = existing[data["slug"]]
            if letter.get_translation_or_none(locale) is None:
                values = {
                    "title": data["en"]["title"],
                    "intro": paragraphs(data["en"]["intro"]),
                    "body": english_body(letter, data),
                }
                translate(letter, locale, values)
                translated += 1
    deliveries = sum(mark_sent(existing[data["slug"]], data) for data in items)
    stdout.write(
        f"Lettre du réseau : {len(missing)} lettres créées, {translated} traduites en anglais, "
        f"{deliveries} envois marqués comme partis."
    )
    return archive
