"""The exchange's part of the yearly activity report (the activity plugin's hooks): the questions
members asked in the year and those that got an answer, in two queries. Posts the facilitator
hid are not counted, nor answers to a hidden question."""

from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Answer, Question


def figures(year):
    """{"asked", "answered", "answers", "validated"} in `year`: questions asked; questions (asked
    whenever) that got at least one answer; answers given; answers the network validated."""
    asked = Question.objects.visible().filter(created_at__year=year).count()
    given = Q(created_at__year=year)
    validated = Q(validated_at__year=year)
    answers = Answer.objects.filter(
        given | validated, hidden_at__isnull=True, question__hidden_at__isnull=True
    ).aggregate(
        answered=Count("question", distinct=True, filter=given),
        answers=Count("pk", filter=given),
        validated=Count("pk", filter=validated),
    )
    return {"asked": asked, **answers}


def first_year():
    first = Question.objects.aggregate(first=Min("created_at"))["first"]
    return timezone.localtime(first).year if first else None


def section(year):
    counted = figures(year)
    return {
        "key": "exchange",
        "title": _("Questions entre élus"),
        "order": 50,
        "figures": [
            {"label": _("Questions posées"), "value": counted["asked"]},
            {"label": _("Questions ayant reçu une réponse"), "value": counted["answered"]},
            {"label": _("Réponses apportées"), "value": counted["answers"]},
            {"label": _("Réponses validées par le réseau"), "value": counted["validated"]},
        ],
        "note": _(
            "Une question compte comme répondue l'année où elle a reçu une réponse, quelle que "
            "soit l'année où elle a été posée. Les messages masqués par l'animation ne sont pas "
            "comptés."
        ),
    }
