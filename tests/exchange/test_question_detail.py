"""A question's page: answers in order (validated, helpful, then by date), hidden posts as
each kind of user sees them, related content this member may open, a query budget."""

import pytest
from django.urls import reverse
from django.utils import timezone

from exchange.models import QuestionInvitation
from members_area import access
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from tests.exchange.conftest import SECRET_ANSWER
from tests.factories import (
    AnswerFactory,
    MemberOrganisationFactory,
    ResourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

MASKED = "Message masqué par l'animation du réseau"


def page(client, question):
    response = client.get(question.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode()


def test_answers_order(answerer_client, question):
    staff = UserFactory(
        email="valideuse@exemple.fr", is_staff=True, first_name="Vera", last_name="Lidé"
    )
    helpful = AnswerFactory(question=question, body="Réponse utile ici", helpful_at=timezone.now())
    validated = AnswerFactory(
        question=question,
        body="Réponse validée ici",
        validated_at=timezone.now(),
        validated_by=staff,
    )
    content = page(answerer_client, question)
    assert (
        content.index(validated.body) < content.index(helpful.body) < content.index(SECRET_ANSWER)
    )
    assert "Validée par le réseau le" in content and "Vera Lidé" in content
    assert "Réponse utile pour la commune qui a posé la question" in content


@pytest.fixture
def hidden_answer(question, answerer_client):
    return AnswerFactory(
        question=question,
        author=answerer_client.user,
        body="Propos masqué confidentiel",
        hidden_at=timezone.now(),
        hidden_reason="Hors sujet",
    )


def test_a_hidden_answer_for_other_members(asker_client, question, hidden_answer):
    content = page(asker_client, question)
    assert MASKED in content
    assert "Propos masqué confidentiel" not in content
    assert "Hors sujet" not in content
    assert "Meslay-du-Maine" not in content  # nor the author's organisation


def test_a_hidden_answer_for_its_author(answerer_client, question, hidden_answer):
    content = page(answerer_client, question)
    assert "Propos masqué confidentiel" in content
    assert "Votre message est masqué" in content and "Hors sujet" in content


def test_a_hidden_answer_for_staff(staff_client, question, hidden_answer):
    content = page(staff_client, question)
    assert "Propos masqué confidentiel" in content
    assert "Message masqué : les membres ne le voient pas." in content


def test_hidden_question_takes_no_answer(asker_client, question):
    question.hidden_at = timezone.now()
    question.save()
    response = asker_client.post(
        question.get_absolute_url(), {"reponse-body": "x", "reponse-submission_key": ""}
    )
    assert response.status_code == 302
    assert question.answers.count() == 1


def test_related_content_only_what_this_member_may_open(
    answerer_client, question, theme, home_page
):
    index = ExperienceIndexPageFactory(parent=home_page)
    sheet = ExperienceSheetPageFactory(parent=index, title="Chaufferie de Bais", themes=[theme])
    open_resource = ResourceFactory(title="Guide ouvert à tous")
    open_resource.themes.set([theme])
    access.set_open_to_all(open_resource, True)
    secret = ResourceFactory(title="Dossier réservé au groupe")
    secret.themes.set([theme])
    content = page(answerer_client, question)
    assert sheet.title in content
    assert open_resource.title in content
    assert secret.title not in content


def test_the_includes_get_the_question(staff_client, question, answerer_client):
    content = page(staff_client, question)
    assert content.count("exchange-post") >= 2
    assert reverse("exchange:follow_theme", args=["energie"]) in content


def test_constant_number_of_queries(
    answerer_client, question, theme, django_assert_max_num_queries
):
    def add(count):
        for n in range(count):
            answer = AnswerFactory(question=question, edited_at=timezone.now())
            answer.revisions.create(body=f"version {n}")

    add(3)
    page(
        answerer_client, question
    )  # warm up: what is made once and kept (site root paths, settings)
    with django_assert_max_num_queries(15) as few:
        page(answerer_client, question)
    add(27)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page(answerer_client, question)


def test_members_see_the_communes_the_facilitator_invited(answerer_client, question, home_page):
    """The invitation shows to every member who reads the question, not only to the team."""
    index = ExperienceIndexPageFactory(parent=home_page)
    sheet = ExperienceSheetPageFactory(parent=index, title="Chaufferie bois de Villaines")
    organisation = MemberOrganisationFactory(name="Commune de Villaines-la-Juhel")
    QuestionInvitation.objects.create(question=question, sheet=sheet, organisation=organisation)
    content = answerer_client.get(question.get_absolute_url()).content.decode()
    assert "Commune de Villaines-la-Juhel" in content
    assert "Chaufferie bois de Villaines" in content
    assert "Valider au nom du réseau" not in content
