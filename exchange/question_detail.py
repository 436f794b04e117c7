"""What a question page shows besides the question: its answers in their order, what the
member follows, and the related public sheets and reserved documents on its themes. Each part
is one or two queries, whatever the number of answers."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef, Q
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Page

from members_area import permissions
from sheets.models import ExperienceSheetPage, TechnicalSheetPage

from . import conf
from .models import AnswerRevision, Follow, Question, QuestionAttachment

RELATED_COUNT = 3  # of each kind of related content


def question_queryset(user):
    """Questions with their commune and author, whether this user follows each and whether
    it has attachments (so a question without any costs no query for them)."""
    return Question.objects.select_related("organisation", "author").annotate(
        is_followed=Exists(Follow.objects.filter(user_id=user.pk, question_id=OuterRef("pk"))),
        has_attachments=Exists(QuestionAttachment.objects.filter(question_id=OuterRef("pk"))),
    )


def themes_of(question, user):
    """The question's themes, each with `followed` (this user follows it): one query."""
    followed = Follow.objects.filter(user_id=user.pk, theme__slug=OuterRef("slug"))
    return list(question.themes.annotate(followed=Exists(followed)))


def ordered_answers(question):
    """Validated by the network first, then the one the asker found helpful, then by date;
    each with `previous_versions` (one more query only when some answer was edited)."""
    answers = list(
        question.answers.select_related("author", "organisation", "validated_by").order_by(
            F("validated_at").asc(nulls_last=True),
            F("helpful_at").asc(nulls_last=True),
            "created_at",
            "pk",
        )
    )
    edited = [answer.pk for answer in answers if answer.edited_at is not None]
    versions = {}
    if edited:
        for revision in AnswerRevision.objects.filter(answer_id__in=edited):
            versions.setdefault(revision.answer_id, []).append(revision)
    for answer in answers:
        answer.previous_versions = versions.get(answer.pk, [])
    return answers


def edit_deadline(answer):
    return answer.created_at + timedelta(minutes=conf.get("EXCHANGE_EDIT_MINUTES"))


def can_edit(user, answer) -> bool:
    """Its author, within EXCHANGE_EDIT_MINUTES of posting it, unless it was hidden."""
    return (
        answer.author_id is not None
        and answer.author_id == user.pk
        and not answer.is_hidden
        and timezone.now() <= edit_deadline(answer)
    )


def related_sheets(slugs):
    """A few live public experience and technical sheets of the current language on one of
    these themes (by slug, so a French theme finds its translations' sheets): one query for
    both kinds (plus Wagtail's view restrictions), split by type here."""
    if not slugs:
        return [], []
    experiences = ExperienceSheetPage.objects.filter(themes__slug__in=slugs).values("pk")
    technical = TechnicalSheetPage.objects.filter(themes__slug__in=slugs).values("pk")
    pages = (
        Page.objects.live()
        .public()
        .filter(Q(pk__in=experiences) | Q(pk__in=technical), locale__language_code=get_language())
        .order_by("-first_published_at", "-pk")[: 2 * RELATED_COUNT]
    )
    experience_type = ContentType.objects.get_for_model(ExperienceSheetPage).pk
    found_experiences, found_technical = [], []
    for page in pages:
        kind = found_experiences if page.content_type_id == experience_type else found_technical
        if len(kind) < RELATED_COUNT:
            kind.append(page)
    return found_experiences, found_technical


def related_resources(user, slugs):
    """A few reserved documents on these themes that THIS member may open."""
    if not slugs:
        return []
    return list(
        permissions.viewable_resources(user)
        .filter(themes__slug__in=slugs)
        .distinct()
        .only("title", "slug", "created_at")
        .order_by("-created_at", "-pk")[:RELATED_COUNT]
    )


def related_content(user, themes):
    slugs = sorted({theme.slug for theme in themes})
    experiences, technical = related_sheets(slugs)
    return {
        "related_experiences": experiences,
        "related_technical": technical,
        "related_resources": related_resources(user, slugs),
    }


def answer_rows(user, answers, *, staff):
    """Each answer with what the viewer may see of it: all, or only that it was hidden."""
    rows = []
    for answer in answers:
        own = answer.author_id is not None and answer.author_id == user.pk
        rows.append(
            {
                "answer": answer,
                "own": own,
                "masked": answer.is_hidden and not (staff or own),
                "can_edit": can_edit(user, answer),
            }
        )
    return rows
