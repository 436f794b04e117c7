"""The member dashboard's link to the questions and its section: my questions and the latest
ones on the themes I follow, in a constant number of queries."""

import pytest
from django.urls import reverse

from tests.factories import FollowFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def dashboard(client):
    response = client.get(reverse("members_area:dashboard"))
    assert response.status_code == 200
    return response.content.decode()


def test_link_and_section(answerer_client, question, theme, other_theme):
    FollowFactory(user=answerer_client.user, theme=theme)
    mine = QuestionFactory(author=answerer_client.user, title="Ma question du tableau de bord")
    elsewhere = QuestionFactory(title="Sur un thème que je ne suis pas", themes=[other_theme])
    content = dashboard(answerer_client)
    assert reverse("exchange:questions") in content
    assert "Questions entre élus" in content
    assert "Mes questions et les dernières sur mes thèmes" in content
    assert mine.title in content
    assert question.title in content
    assert elsewhere.title not in content


def test_hidden_questions_stay_off_others_dashboards(answerer_client, question, theme):
    FollowFactory(user=answerer_client.user, theme=theme)
    question.hidden_at = question.created_at
    question.save()
    assert question.title not in dashboard(answerer_client)


def test_lapsed_members_see_no_section(client_for, question):
    content = client_for("lapsed_member").get(reverse("members_area:dashboard")).content.decode()
    assert "Questions entre élus" not in content
    assert question.title not in content


def test_constant_number_of_queries(answerer_client, theme, django_assert_max_num_queries):
    FollowFactory(user=answerer_client.user, theme=theme)

    def add(count):
        for _ in range(count):
            QuestionFactory(themes=[theme])
            QuestionFactory(author=answerer_client.user)

    add(2)
    dashboard(answerer_client)  # warm up: what is made once and kept (site root paths, settings)
    with django_assert_max_num_queries(15) as few:
        dashboard(answerer_client)
    add(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        dashboard(answerer_client)
