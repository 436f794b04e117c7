"""The exchange's section of the yearly activity report: the questions asked in a year, those
that got an answer in it (whenever asked), the answers given and validated; hidden posts, and
answers to a hidden question, are not counted. Two queries whatever the number of posts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from exchange import activity_report
from exchange.models import Answer, Question
from tests.factories import AnswerFactory, MemberFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def moment(year, month=6):
    return timezone.make_aware(datetime.datetime(year, month, 15, 10))


def question_of(year, month=6, **fields):
    question = QuestionFactory(author=MemberFactory(), **fields)
    Question.objects.filter(pk=question.pk).update(created_at=moment(year, month))
    return question


def answer_of(question, year, month=6, **fields):
    answer = AnswerFactory(question=question, author=MemberFactory(), **fields)
    Answer.objects.filter(pk=answer.pk).update(created_at=moment(year, month))
    return answer


@pytest.fixture
def posts(db):
    """2024: three questions asked (one hidden); a question of 2023 answered twice in 2024 (one
    answer validated in 2025); a question of 2024 answered once and once more by a hidden answer;
    a question of 2024 unanswered; a hidden question of 2024 answered. 2025: a question."""
    old = question_of(2023, 11)
    asked = question_of(2024, 2)
    question_of(2024, 3)
    hidden = question_of(2024, 4, hidden_at=moment(2024, 5))
    question_of(2025, 1)
    answer_of(old, 2024, 1)
    answer_of(old, 2024, 2, validated_at=moment(2025, 1))
    answer_of(asked, 2024, 3)
    answer_of(asked, 2024, 4, hidden_at=moment(2024, 4))
    answer_of(hidden, 2024, 5)
    return old


def test_the_figures_of_a_year(posts):
    assert activity_report.figures(2024) == {
        "asked": 2,
        "answered": 2,
        "answers": 3,
        "validated": 0,
    }
    assert activity_report.figures(2025) == {
        "asked": 1,
        "answered": 0,
        "answers": 0,
        "validated": 1,
    }


def test_the_section(posts):
    section = activity_report.section(2024)
    assert section["key"] == "exchange"
    assert [(f["label"], f["value"]) for f in section["figures"]] == [
        ("Questions posées", 2),
        ("Questions ayant reçu une réponse", 2),
        ("Réponses apportées", 3),
        ("Réponses validées par le réseau", 0),
    ]


def test_the_first_year_is_the_first_question(posts):
    assert activity_report.first_year() == 2023


def test_no_first_year_without_questions(db):
    assert activity_report.first_year() is None


def test_two_queries_whatever_the_number_of_posts(posts):
    with CaptureQueriesContext(connection) as few:
        activity_report.section(2024)
    for n in range(6):
        answer_of(question_of(2024, n + 1), 2024, n + 1)
    with CaptureQueriesContext(connection) as many:
        counted = activity_report.figures(2024)
    assert (counted["asked"], counted["answered"]) == (8, 8)
    assert len(few) == len(many) == 2
