"""The e-mails of the questions: a new answer to the question's followers but its author, a
new question to its themes' followers but the asker; active members only; never a post's text."""

import uuid

import pytest
from django.core import mail
from django.urls import reverse

from exchange.question_tasks import notify_new_answer, notify_new_question
from tests.exchange.conftest import SECRET_ANSWER
from tests.factories import AnswerFactory, FollowFactory, MemberFactory, MemberOrganisationFactory

pytestmark = pytest.mark.django_db


def test_a_new_answer_tells_the_followers_but_its_author(
    asker, answerer_client, question, django_capture_on_commit_callbacks
):
    FollowFactory(user=asker, question=question)
    lapsed = MemberFactory(organisation=MemberOrganisationFactory(lapsed=True), email="echu@ex.fr")
    FollowFactory(user=lapsed, question=question)
    with django_capture_on_commit_callbacks(execute=True):
        answerer_client.post(
            question.get_absolute_url(),
            {
                "reponse-body": "Texte secret de la réponse",
                "reponse-submission_key": str(uuid.uuid4()),
            },
        )
    assert [m.to for m in mail.outbox] == [[asker.email]]
    message = mail.outbox[0]
    assert question.title in message.subject
    assert question.get_absolute_url() in message.body
    assert "Texte secret de la réponse" not in message.body
    assert "Texte secret de la réponse" not in message.alternatives[0][0]


def test_a_new_question_tells_the_theme_followers_but_the_asker(
    asker_client, theme, other_theme, django_capture_on_commit_callbacks
):
    follower = MemberFactory(email="suit.energie@ex.fr")
    FollowFactory(user=follower, theme=theme)
    FollowFactory(user=MemberFactory(email="suit.eau@ex.fr"), theme=other_theme)
    FollowFactory(user=asker_client.user, theme=theme)
    lapsed = MemberFactory(organisation=MemberOrganisationFactory(lapsed=True), email="echu@ex.fr")
    FollowFactory(user=lapsed, theme=theme)
    with django_capture_on_commit_callbacks(execute=True):
        asker_client.post(
            reverse("exchange:ask"),
            {
                "title": "Une question sur le bois énergie",
                "body": "Corps confidentiel de la question",
                "themes": [theme.pk],
                "submission_key": str(uuid.uuid4()),
            },
        )
    assert [m.to for m in mail.outbox] == [[follower.email]]
    assert "Une question sur le bois énergie" in mail.outbox[0].subject
    assert "Corps confidentiel" not in mail.outbox[0].body


def test_hidden_posts_are_not_announced(asker, question):
    answer = AnswerFactory(question=question, hidden_at=question.created_at)
    FollowFactory(user=asker, question=question)
    assert notify_new_answer.call(answer.pk) == 0
    question.hidden_at = question.created_at
    question.save()
    assert notify_new_question.call(question.pk) == 0
    assert SECRET_ANSWER not in "".join(m.body for m in mail.outbox)
    assert not mail.outbox
