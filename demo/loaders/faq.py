"""The public FAQ (faq.yaml): its page under the French home page, the entries the facilitator
made from members' questions and their validated answers, and their English translations
(wagtail-localize, as for the sheets: demo.loaders.translations).

An entry names the organisation that asked, and the one that answered, only when the author of
the post agreed (NameConsent.YES); otherwise it says what kind and size of commune. Pages are
found by slug and left alone when they exist.
"""

import time

from wagtail.models import Locale, Page

from core.translation import translate
from exchange.models import NameConsent, Question
from faq.factories import FaqEntryPageFactory, FaqIndexPageFactory
from faq.models import FaqEntryPage, FaqIndexPage, FaqRelatedPage

from .data import read
from .indexing import deferred_indexing
from .posts import themes_by_slug
from .translations import funder_en

LANGUAGE = "en"


def anonymous_name(organisation, english=False) -> str:
    """What an entry says of an organisation not to be named: "Une commune de 1 300
    habitants", the population rounded to the hundred."""
    commune = organisation.commune if organisation is not None else None
    if commune is None or not commune.population:
        return "A member inter-municipal authority" if english else "Une intercommunalité du réseau"
    rounded = max(100, round(commune.population, -2))
    if english:
        return f"A commune of {rounded:,} inhabitants"
    return f"Une commune de {rounded:,} habitants".replace(",", " ")


def public_name(post, english=False) -> str:
    """The name an entry shows for the author of `post` (a question or an answer): their
    organisation's if they agreed to be named, else what kind and size of commune."""
    if post.name_consent == NameConsent.YES and post.organisation is not None:
        name = post.organisation.name
        return (funder_en(name) or name) if english else name
    return anonymous_name(post.organisation, english)


def validated_answer(question):
    return next(answer for answer in question.answers.all() if answer.validated_at)


def origin(question, english=False) -> dict:
    """An entry's "asked by" and "answered by", from the question and its validated answer."""
    return {
        "asked_by": public_name(question, english),
        "answered_by": public_name(validated_answer(question), english),
    }


def ensure_index(home, locale):
    """The FAQ page under `home` and its English translation."""
    data = read("faq")["index"]
    index = FaqIndexPage.objects.child_of(home).first()
    if index is None:
        index = FaqIndexPageFactory(
            parent=home,
            title=data["title"],
            slug=data["slug"],
            intro=data["intro"],
            show_in_menus=True,
        )
        index.save_revision().publish()
    if locale is not None and index.get_translation_or_none(locale) is None:
        translate(index, locale, data["en"])
    return index


def _create_entry(index, data, question, themes, sheets):
    entry = FaqEntryPageFactory(
        parent=index,
        title=data["title"],
        slug=data["slug"],
        answer=data["answer"],
        themes=[themes[slug] for slug in data["themes"]],
        validated_on=validated_answer(question).validated_at.date(),
        related_pages=[
            FaqRelatedPage(sheet=sheets[slug], sort_order=rank)
            for rank, slug in enumerate(data["related"])
        ],
        **origin(question),
    )
    entry.save_revision().publish()
    Question.objects.filter(pk=question.pk).update(faq_entry=entry)
    return entry


def build_entries(index, questions, locale):
    """The missing entries, then the missing English translations; returns how many of each
    were made."""
    items = read("faq")["entries"]
    existing = {page.slug: page for page in FaqEntryPage.objects.child_of(index)}
    source = (
        Question.objects.filter(pk__in=[questions[item["question"]].pk for item in items])
        .select_related("organisation__commune")
        .prefetch_related("answers__organisation__commune")
    )
    source = {question.pk: question for question in source}
    missing = [item for item in items if item["slug"] not in existing]
    if missing:
        themes = themes_by_slug()
        slugs = {slug for item in missing for slug in item["related"]}
        sheets = {
            page.slug: page
            for page in Page.objects.filter(slug__in=slugs, locale=Locale.get_default())
        }
        for item in missing:
            question = source[questions[item["question"]].pk]
            existing[item["slug"]] = _create_entry(index, item, question, themes, sheets)
    translated = 0
    for item in items if locale is not None else []:
        entry = existing[item["slug"]]
        if item.get("en") and entry.get_translation_or_none(locale) is None:
            question = source[questions[item["question"]].pk]
            translate(entry, locale, {**item["en"], **origin(question, english=True)})
            translated += 1
    return len(missing), translated


def _complete(home, locale) -> bool:
    """True when the FAQ page and every entry are there, translated where the data says."""
    index = FaqIndexPage.objects.child_of(home).first()
    if index is None:
        return False
    items = read("faq")["entries"]
    entries = FaqEntryPage.objects.child_of(index).filter(slug__in=[i["slug"] for i in items])
    if entries.count() < len(items):
        return False
    if locale is None:
        return True
    english = FaqEntryPage.objects.filter(
        locale=locale, translation_key__in=entries.values("translation_key")
    )
    return english.count() >= sum(1 for item in items if item.get("en"))


def build(stdout, home, questions):
    """The FAQ under `home`, the French home page; `questions`: the demo's questions by key."""
    started = time.monotonic()
    locale = Locale.objects.filter(language_code=LANGUAGE).first()
    if _complete(home, locale):
        created = translated = 0
    else:
        with deferred_indexing([FaqIndexPage, FaqEntryPage]):
            index = ensure_index(home, locale)
            created, translated = build_entries(index, questions, locale)
    stdout.write(
        f"FAQ : {created} entrées créées, {translated} traduites en anglais "
        f"({time.monotonic() - started:.1f} s)."
    )
