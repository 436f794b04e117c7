"""The member dashboard's part of the questions: the member's own latest questions and the
latest ones on the themes they follow, a few of each, in two queries."""

from django.db.models import Count, Q

from .models import Follow, Question
from .question_access import visibility

DASHBOARD_COUNT = 4


def dashboard_questions(user):
    questions = (
        Question.objects.filter(visibility(user))
        .select_related("organisation")
        .only("title", "created_at", "last_activity_at", "hidden_at", "organisation__name")
        .annotate(answer_count=Count("answers", filter=Q(answers__hidden_at__isnull=True)))
    )
    followed_slugs = Follow.objects.filter(user_id=user.pk, theme__isnull=False).values(
        "theme__slug"
    )
    mine = questions.filter(author_id=user.pk)[:DASHBOARD_COUNT]
    on_themes = (
        questions.filter(hidden_at__isnull=True)
        .exclude(author_id=user.pk)
        .filter(
            pk__in=Question.themes.through.objects.filter(theme__slug__in=followed_slugs).values(
                "question_id"
            )
        )[:DASHBOARD_COUNT]
    )
    return {"mine": list(mine), "on_themes": list(on_themes)}
