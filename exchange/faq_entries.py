"""From a question and its validated answer to a draft FAQ entry: the facilitator's starting
point, edited in Wagtail's page editor and published through its moderation. Who asked and who
answered are named only when they agreed (NameConsent.YES); otherwise the entry says what kind
of commune."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Locale

from faq.models import FaqEntryPage, FaqIndexPage, FaqRelatedPage
from sheets.models import ExperienceSheetPage, Theme

from .models import NameConsent, Question

RELATED_SHEETS = 3


def validated_answer(question):
    """The answer the network validated (the latest, should there be several), or None."""
    return (
        question.answers.filter(validated_at__isnull=False, hidden_at__isnull=True)
        .select_related("author", "organisation__commune")
        .order_by("-validated_at", "-pk")
        .first()
    )


def rounded_population(population):
    """A population rounded enough not to single a commune out: to the hundred under 1 000,
    to the 500 under 10 000, to the 5 000 above."""
    step = 100 if population < 1000 else 500 if population < 10000 else 5000
    return max(step, round(population / step) * step)


def _grouped(number):
    return f"{number:,}".replace(",", "\u00a0")


def anonymous_description(organisation):
    """« Une commune de 1 500 habitants », else « Une intercommunalité du réseau », else « Une
    collectivité du réseau »: in the source language (the entry is written in it)."""
    if organisation is not None:
        commune = organisation.commune
        if organisation.kind == organisation.Kind.EPCI:
            return _("Une intercommunalité du réseau")
        if commune is not None and commune.population:
            return _("Une commune de %(population)s habitants") % {
                "population": _grouped(rounded_population(commune.population))
            }
    return _("Une collectivité du réseau")


def credit(post):
    """What the entry says of a post's author: their organisation's name if they agreed to be
    named, else an anonymous description."""
    if post is None:
        return ""
    organisation = post.organisation
    if post.name_consent == NameConsent.YES and organisation is not None:
        return organisation.name
    return anonymous_description(organisation)


def paragraphs(text):
    """A member's plain text as rich text paragraphs (escaped), one per line."""
    lines = [line.strip() for line in text.splitlines()]
    return "".join(f"<p>{escape(line)}</p>" for line in lines if line)


def faq_index():
    """The FAQ page of the source language, where new entries start."""
    return FaqIndexPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()


class NoFaqIndex(Exception):
    """No FAQ page to create the entry under."""


class NoValidatedAnswer(Exception):
    """The question has no answer validated by the network."""


def create_draft_entry(question_id, user):
    """(entry, created): the question's FAQ entry, made now as a draft (not live) with a
    revision by `user` when it has none. The question row is locked meanwhile, so two clicks
    make one entry."""
    with transaction.atomic():
        question = Question.objects.select_for_update().get(pk=question_id)
        if question.faq_entry_id is not None:
            existing = FaqEntryPage.objects.filter(pk=question.faq_entry_id).first()
            if existing is not None:
                return existing, False
        answer = validated_answer(question)
        if answer is None:
            raise NoValidatedAnswer
        index = faq_index()
        if index is None:
            raise NoFaqIndex
        source = Locale.objects.get(pk=index.locale_id)
        themes = list(
            Theme.objects.filter(locale=source, slug__in=question.themes.values("slug")).order_by(
                "sort_order", "name"
            )
        )
        sheets = (
            list(
                ExperienceSheetPage.objects.live()
                .public()
                .filter(locale=source, themes__in=themes)
                .distinct()
                .order_by("-first_published_at", "-pk")[:RELATED_SHEETS]
            )
            if themes
            else []
        )
        with translation.override(source.language_code):
            entry = FaqEntryPage(
                title=question.title,
                answer=paragraphs(answer.body),
                asked_by=credit(question),
                answered_by=credit(answer),
                validated_on=timezone.localdate(answer.validated_at),
                live=False,
                has_unpublished_changes=True,
                locale=source,
            )
        entry.themes.set(themes)
        entry.related_pages = [FaqRelatedPage(sheet=sheet) for sheet in sheets]
        index.add_child(instance=entry)
        entry.save_revision(user=user)
        question.faq_entry = entry
        question.save(update_fields=["faq_entry"])
        return entry, True
