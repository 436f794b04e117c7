"""The list of questions: filters, the search inside questions (by title, by an answer's
words; hidden questions never found by members), the rows, and a constant number of queries."""

import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from tests.exchange.conftest import SECRET_QUESTION
from tests.factories import AnswerFactory, MemberFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def listed(client, **params):
    response = client.get(reverse("exchange:questions"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_row_shows_title_themes_commune_count_and_badges(answerer_client, question, theme):
    unanswered = QuestionFactory(title="Question restée sans réponse", themes=[theme])
    AnswerFactory(question=question, validated_at=timezone.now())
    content = listed(answerer_client)
    assert SECRET_QUESTION in content
    assert "Énergie" in content
    assert "Commune de Quelaines-Saint-Gault" in content
    assert "2 réponses" in content
    assert "Réponse validée" in content
    assert unanswered.title in content and "Sans réponse" in content


def test_filters(answerer_client, question, theme, other_theme):
    water = QuestionFactory(title="Récupérer la pluie au cimetière", themes=[other_theme])
    mine = QuestionFactory(author=answerer_client.user, title="Ma propre question")
    by_theme = listed(answerer_client, theme="eau")
    assert water.title in by_theme and SECRET_QUESTION not in by_theme
    unanswered = listed(answerer_client, statut="sans-reponse")
    assert water.title in unanswered and SECRET_QUESTION not in unanswered
    answered = listed(answerer_client, statut="avec-reponse")
    assert SECRET_QUESTION in answered and water.title not in answered
    own = listed(answerer_client, miennes="1")
    assert mine.title in own and water.title not in own and SECRET_QUESTION not in own
    assert water.title in listed(answerer_client, theme="inconnu")  # unknown values: ignored


def test_mine_includes_my_organisation(answerer_client, site):
    organisation = answerer_client.user.member_profile.organisation

    colleague = MemberFactory(organisation=organisation)
    question = QuestionFactory(author=colleague, title="Question de ma collègue")
    assert question.title in listed(answerer_client, miennes="1")


def test_search_by_title_and_by_answer_words(answerer_client, question):
    QuestionFactory(title="Tout autre sujet : la cantine bio")
    by_title = listed(answerer_client, q="chaufferie")
    assert SECRET_QUESTION in by_title and "cantine" not in by_title
    by_answer = listed(answerer_client, q="Zorglub")
    assert SECRET_QUESTION in by_answer and "cantine" not in by_answer
    assert "Aucune question ne correspond" in listed(answerer_client, q="introuvablissime")


def test_search_never_finds_hidden_questions_for_members(answerer_client, asker_client, question):
    question.hidden_at = timezone.now()
    question.save()
    assert SECRET_QUESTION not in listed(answerer_client, q="chaufferie")
    assert SECRET_QUESTION not in listed(asker_client, q="Zorglub")


def test_search_finds_an_answer_posted_through_the_form(answerer_client, question):

    answerer_client.post(
        question.get_absolute_url(),
        {"reponse-body": "Le bardage en mélèze", "reponse-submission_key": str(uuid.uuid4())},
    )
    assert SECRET_QUESTION in listed(answerer_client, q="mélèze")


def test_pagination(answerer_client, settings, theme):
    settings.EXCHANGE_PER_PAGE = 2
    for _ in range(5):
        QuestionFactory(themes=[theme])
    content = listed(answerer_client, theme="energie")
    assert "page 1 sur 3" in content
    assert "theme=energie&amp;page=2" in content


@pytest.mark.parametrize(
    "params", [{}, {"q": "financé"}, {"theme": "energie", "statut": "avec-reponse"}]
)
def test_constant_number_of_queries(
    answerer_client, theme, other_theme, params, django_assert_max_num_queries
):
    def add(count):
        for _ in range(count):
            question = QuestionFactory(themes=[theme, other_theme])
            AnswerFactory(question=question)

    add(3)
    listed(
        answerer_client, **params
    )  # warm up: what is made once and kept (site root paths, settings)
    with django_assert_max_num_queries(15) as few:
        listed(answerer_client, **params)
    add(27)
    with django_assert_max_num_queries(len(few.captured_queries)):
        listed(answerer_client, **params)


@pytest.mark.parametrize("q", ["?", "'", "l'eau « chaude »", "a" * 300, "OR AND NOT"])
def test_odd_searches_answer(answerer_client, question, q):
    listed(answerer_client, q=q)


def test_the_pages_speak_english_under_en(answerer_client, question, english_home_page):
    detail_url = "/en" + question.get_absolute_url()
    listing = answerer_client.get("/en" + reverse("exchange:questions"))
    assert listing.status_code == 200
    assert "Questions between elected officials" in listing.content.decode()
    detail = answerer_client.get(detail_url)
    assert detail.status_code == 200
    assert "Follow this question" in detail.content.decode()
