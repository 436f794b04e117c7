"""A member's data rights cover what they wrote in the exchange (decision 0031): the export
lists their questions, answers, subjects, supports and follows; closing the account forgets the
follows and leaves the posts signed by "Ancien membre"."""

import pytest

from exchange.models import Follow
from members_area.personal_data import anonymise, export
from tests.exchange.conftest import SECRET_ANSWER, SECRET_QUESTION
from tests.factories import FollowFactory, SubjectFactory, SubjectSupportFactory

pytestmark = pytest.mark.django_db


def test_the_export_lists_the_exchange(asker, question, theme):
    answer = question.answers.get()
    FollowFactory(user=asker, theme=theme)
    subject = SubjectFactory(author=asker, title="Visite d'une méthanisation agricole")
    SubjectSupportFactory(subject=subject, user=asker)
    data = export(asker)
    assert [q["title"] for q in data["exchange_questions"]] == [SECRET_QUESTION]
    assert data["exchange_subjects"][0]["title"] == subject.title
    assert data["exchange_supports"][0]["subject"] == subject.title
    assert {"question": None, "theme": theme.name} in data["exchange_follows"]
    assert SECRET_ANSWER not in str(data)  # someone else's answer is theirs
    assert export(answer.author)["exchange_answers"][0]["text"] == SECRET_ANSWER


def test_closing_the_account_forgets_follows_and_keeps_the_posts(asker, question, theme):
    FollowFactory(user=asker, question=question)
    FollowFactory(user=asker, theme=theme)
    anonymise(asker)
    assert not Follow.objects.filter(user=asker).exists()
    question.refresh_from_db()
    assert question.author_id == asker.pk
    assert question.author.get_full_name() == "Ancien membre"
