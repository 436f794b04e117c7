"""Asking, answering, editing an answer, marking the helpful one, attachments: the happy
paths, the errors (input kept, French messages), double posts and the hourly limit."""

import datetime
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from exchange.models import Answer, AnswerRevision, Follow, Question, QuestionAttachment
from tests.factories import AnswerFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"


def ask_data(theme, **extra):
    return {
        "title": "Qui a installé des panneaux solaires sur une école ?",
        "body": "Nous étudions un projet pour l'école maternelle.",
        "themes": [theme.pk],
        "stage": "study",
        "context": "Commune de 2 000 habitants.",
        "submission_key": str(uuid.uuid4()),
        **extra,
    }


def test_ask_creates_the_question_followed_by_its_author(asker_client, theme):
    response = asker_client.post(reverse("exchange:ask"), ask_data(theme), follow=True)
    question = Question.objects.get()
    assert response.redirect_chain[-1][0] == question.get_absolute_url()
    assert "Votre question est publiée" in response.content.decode()
    assert question.author == asker_client.user
    assert question.organisation == asker_client.user.member_profile.organisation
    assert list(question.themes.all()) == [theme]
    assert Follow.objects.filter(user=asker_client.user, question=question).exists()


def test_staff_without_profile_asks_without_organisation(staff_client, theme):
    staff_client.post(reverse("exchange:ask"), ask_data(theme))
    assert Question.objects.get().organisation is None


def test_errors_keep_the_input_in_french(asker_client, theme):
    data = ask_data(theme, title="")
    response = asker_client.post(reverse("exchange:ask"), data)
    content = response.content.decode()
    assert response.status_code == 200
    assert "Champ requis." in content
    assert "Nous étudions un projet pour l&#x27;école maternelle." in content
    assert data["submission_key"] in content  # the same key: a resend makes one question
    assert 'aria-describedby="id_title_error' in content
    assert not Question.objects.exists()


def test_a_double_submit_makes_one_question(asker_client, theme):
    data = ask_data(theme)
    first = asker_client.post(reverse("exchange:ask"), data)
    second = asker_client.post(reverse("exchange:ask"), data)
    assert Question.objects.count() == 1
    assert first["Location"] == second["Location"]


def test_the_hourly_limit_gives_a_french_message(asker_client, theme, settings):
    settings.EXCHANGE_POSTS_PER_HOUR = 1
    asker_client.post(reverse("exchange:ask"), ask_data(theme))
    data = ask_data(theme, title="Une deuxième question très pressante")
    response = asker_client.post(reverse("exchange:ask"), data)
    assert response.status_code == 429
    content = response.content.decode()
    assert "beaucoup de messages en peu de temps" in content
    assert "Une deuxième question très pressante" in content
    assert Question.objects.count() == 1


def test_attachments_are_validated_and_kept(asker_client, theme, settings):
    settings.EXCHANGE_MAX_ATTACHMENTS = 2
    good = SimpleUploadedFile("plan.pdf", PDF, content_type="application/pdf")
    asker_client.post(reverse("exchange:ask"), {**ask_data(theme), "attachments": [good]})
    attached = QuestionAttachment.objects.get()
    assert attached.name == "plan.pdf"
    assert attached.size == len(PDF)


@pytest.mark.parametrize(
    "files, message",
    [
        ([("script.exe", b"MZ\x90\x00")], "ne sont pas acceptés"),
        ([("faux.pdf", b"<html><script>")], "ne correspond pas"),
        ([(f"f{n}.pdf", PDF) for n in range(3)], "2 fichiers au plus"),
    ],
)
def test_bad_attachments_are_refused(asker_client, theme, settings, files, message):
    settings.EXCHANGE_MAX_ATTACHMENTS = 2
    uploads = [SimpleUploadedFile(name, content) for name, content in files]
    response = asker_client.post(
        reverse("exchange:ask"), {**ask_data(theme), "attachments": uploads}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Question.objects.exists()


def answer_data(body="Nous l'avons fait en 2022.", key=None):
    return {"reponse-body": body, "reponse-submission_key": key or str(uuid.uuid4())}


def test_answering_once_follows_the_question(answerer_client, question):
    data = answer_data()
    answerer_client.post(question.get_absolute_url(), data)
    answerer_client.post(question.get_absolute_url(), data)
    assert question.answers.filter(author=answerer_client.user).count() == 1
    assert Follow.objects.filter(user=answerer_client.user, question=question).exists()


def test_an_empty_answer_is_refused(answerer_client, question):
    response = answerer_client.post(question.get_absolute_url(), answer_data(body=""))
    assert response.status_code == 200
    assert "Champ requis." in response.content.decode()


def test_answer_rate_limited(answerer_client, question, settings):
    settings.EXCHANGE_POSTS_PER_HOUR = 0
    response = answerer_client.post(question.get_absolute_url(), answer_data(body="Texte gardé"))
    assert response.status_code == 429
    assert "Texte gardé" in response.content.decode()
    assert not question.answers.filter(author=answerer_client.user).exists()


def test_edit_within_the_window_keeps_a_revision(answerer_client, question):
    answer = AnswerFactory(question=question, author=answerer_client.user, body="Premier texte")
    url = reverse("exchange:edit_answer", args=[question.pk, answer.pk])
    assert answerer_client.get(url).status_code == 200
    answerer_client.post(url, {"body": "Texte corrigé"})
    answer.refresh_from_db()
    assert answer.body == "Texte corrigé"
    assert answer.edited_at is not None
    assert AnswerRevision.objects.get(answer=answer).body == "Premier texte"
    page = answerer_client.get(question.get_absolute_url()).content.decode()
    assert "modifiée le" in page
    assert "<details" in page and "Premier texte" in page


def test_edit_after_the_window_is_refused(answerer_client, question, settings):
    settings.EXCHANGE_EDIT_MINUTES = 10
    answer = AnswerFactory(question=question, author=answerer_client.user, body="Ancien")
    Answer.objects.filter(pk=answer.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=11)
    )
    url = reverse("exchange:edit_answer", args=[question.pk, answer.pk])
    page = answerer_client.get(question.get_absolute_url()).content.decode()
    assert url not in page
    response = answerer_client.post(url, {"body": "Nouveau"}, follow=True)
    assert "Le délai pour modifier cette réponse est passé" in response.content.decode()
    answer.refresh_from_db()
    assert answer.body == "Ancien"


def test_only_its_author_edits_an_answer(answerer_client, question):
    answer = question.answers.get()
    url = reverse("exchange:edit_answer", args=[question.pk, answer.pk])
    assert answerer_client.post(url, {"body": "Piraté"}).status_code == 403


def test_only_the_asker_marks_one_helpful_answer(asker_client, answerer_client, question):
    first = question.answers.get()
    second = AnswerFactory(question=question)
    url = reverse("exchange:mark_helpful", args=[question.pk, first.pk])
    assert answerer_client.post(url).status_code == 403
    asker_client.post(url)
    asker_client.post(reverse("exchange:mark_helpful", args=[question.pk, second.pk]))
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.helpful_at is None and second.helpful_at is not None
    asker_client.post(reverse("exchange:mark_helpful", args=[question.pk, second.pk]))
    second.refresh_from_db()
    assert second.helpful_at is None


def test_follow_toggles(answerer_client, question, theme):
    url = reverse("exchange:follow_question", args=[question.pk])
    answerer_client.post(url)
    assert Follow.objects.filter(user=answerer_client.user, question=question).exists()
    answerer_client.post(url)
    assert not Follow.objects.filter(user=answerer_client.user, question=question).exists()
    theme_url = reverse("exchange:follow_theme", args=[theme.slug])
    response = answerer_client.post(theme_url, {"next": question.get_absolute_url()})
    assert response["Location"] == question.get_absolute_url()
    assert Follow.objects.filter(user=answerer_client.user, theme=theme).exists()
    response = answerer_client.post(theme_url, {"next": "https://ailleurs.exemple.com/"})
    assert response["Location"] == reverse("exchange:questions")
    assert not Follow.objects.filter(user=answerer_client.user, theme=theme).exists()


def test_forms_load_the_no_double_submit_script(asker_client, question):
    for url in (reverse("exchange:ask"), question.get_absolute_url()):
        content = asker_client.get(url).content.decode()
        assert "core/js/no-double-submit" in content
        assert "data-no-double-submit" in content
