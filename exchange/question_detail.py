"""What a question page shows besides the question: its answers in their order, what the
member follows, and the related public sheets and reserved documents on its themes. Each part
is one or two queries, whatever the number of answers."""

from datetime import timedelta

from django.db.models import F, Prefetch, Q
from django.utils import timezone
from wagtail.models import Locale

from members_area import permissions
from sheets.models import ExperienceSheetPage, TechnicalSheetPage

from . import conf
from .models import AnswerRevision, Follow

RELATED_COUNT = 3  # of each kind of related content


def ordered_answers(question):
    """Validated by the network first, then the one the asker found helpful, then by date."""
    return list(
        question.answers.select_related("author", "organisation", "validated_by")
        .prefetch_related(
            Prefetch(
                "revisions",
                queryset=AnswerRevision.objects.order_by("-replaced_at", "-pk"),
                to_attr="previous_versions",
            )
        )
        .order_by(
            F("validated_at").asc(nulls_last=True),
            F("helpful_at").asc(nulls_last=True),
            "created_at",
            "pk",
        )
    )


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


def follows(user, question, themes):
    """(follows the question?, the slugs of the question's themes they follow): one query."""
    rows = Follow.objects.filter(
        Q(question_id=question.pk) | Q(theme__slug__in=[t.slug for t in themes]),
        user_id=user.pk,
    )
    followed_question, theme_slugs = False, set()
    for question_id, slug in rows.values_list("question_id", "theme__slug"):
        if question_id is not None:
            followed_question = True
        elif slug:
            theme_slugs.add(slug)
    return followed_question, theme_slugs


def related_sheets(model, slugs):
    """A few live public sheets of the current language on one of these themes (by slug, so
    a French theme finds its translations' sheets): one query."""
    if not slugs:
        return []
    return list(
        model.objects.live()
        .public()
        .filter(locale_id=Locale.get_active().pk, themes__slug__in=slugs)
        .distinct()
        .order_by("-first_published_at")[:RELATED_COUNT]
    )


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
    return {
        "related_experiences": related_sheets(ExperienceSheetPage, slugs),
        "related_technical": related_sheets(TechnicalSheetPage, slugs),
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
