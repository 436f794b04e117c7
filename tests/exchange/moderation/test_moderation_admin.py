"""The facilitator's side in Wagtail's admin: the lists of questions and reports (for those
allowed, never for members), and the dashboard panels (the delay from the settings, a fixed
number of queries as content grows). And the question page's pieces for the facilitator."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from exchange.models import ExchangeSettings, Question, Report
from tests.factories import AnswerFactory, QuestionFactory, ReportFactory
from tests.second_factor import verified_login


def age(question, days):
    Question.objects.filter(pk=question.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=days)
    )


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_content(people, n):
    for _ in range(n):
        question = QuestionFactory(author=people["asker"])
        age(question, 30)
        answered = QuestionFactory(author=people["asker"])
        AnswerFactory(question=answered, author=people["answerer"])
        ReportFactory(question=answered, reporter=people["member"])
        ReportFactory(answer=AnswerFactory(question=question, hidden_at=timezone.now()))


# --- The lists ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["exchange_questions:index", "exchange_reports:index"])
def test_the_lists_open_for_the_facilitator(admin_client, people, question, answer, name):
    ReportFactory(answer=answer, reporter=people["member"])
    response = admin_client.get(reverse(name))
    assert response.status_code == 200
    assert question.title in response.content.decode()


@pytest.mark.parametrize("name", ["exchange_questions:index", "exchange_reports:index"])
@pytest.mark.parametrize("kind", ["anonymous", "non_member", "member", "lapsed_member"])
def test_the_lists_stay_closed_to_everyone_else(client_of, question, name, kind):
    response = client_of(kind).get(reverse(name))
    assert response.status_code in (302, 403)
    assert question.title not in response.content.decode()


def test_an_editor_without_the_permission_does_not_see_them(people, question):
    client = Client()
    verified_login(client, people["staff"])  # staff, but no permission on the exchange
    response = client.get(reverse("exchange_questions:index"))
    assert response.status_code in (302, 403)
    assert question.title not in response.content.decode()


def test_the_lists_are_read_only(admin_client, question):
    assert admin_client.get(reverse("exchange_questions:add")).status_code in (302, 403)
    edit = admin_client.get(reverse("exchange_questions:edit", args=[question.pk]))
    assert edit.status_code in (302, 403)
    inspect = admin_client.get(reverse("exchange_questions:inspect", args=[question.pk]))
    assert inspect.status_code == 200


def test_the_questions_list_filters_by_status(admin_client, people, question, answer):
    waiting = QuestionFactory(author=people["asker"], title="Une question qui attend")
    hidden = QuestionFactory(author=people["asker"], title="Une question masquée ici")
    hidden.hidden_at = timezone.now()
    hidden.save()
    url = reverse("exchange_questions:index")
    page = admin_client.get(url, {"status": "unanswered"}).content.decode()
    assert waiting.title in page and question.title not in page and hidden.title not in page
    page = admin_client.get(url, {"status": "answered"}).content.decode()
    assert question.title in page and waiting.title not in page
    page = admin_client.get(url, {"status": "hidden"}).content.decode()
    assert hidden.title in page and waiting.title not in page
    # Each row links to the question's page in the member area.
    assert question.get_absolute_url() in admin_client.get(url).content.decode()


def test_the_reports_queue_puts_pending_first_with_its_actions(admin_client, people, question):
    old_kept = ReportFactory(question=question, outcome=Report.Outcome.KEPT, reason="Ancien")
    pending = ReportFactory(question=question, reporter=people["member"], reason="Récent")
    Report.objects.filter(pk=pending.pk).update(
        created_at=old_kept.created_at - datetime.timedelta(days=3)
    )
    page = admin_client.get(reverse("exchange_reports:index")).content.decode()
    assert page.index("Récent") < page.index("Ancien")
    assert reverse("exchange:keep_report", args=[pending.pk]) in page
    assert reverse("exchange:hide_question", args=[question.pk]) in page
    assert reverse("exchange:keep_report", args=[old_kept.pk]) not in page


@pytest.mark.parametrize("name", ["exchange_questions:index", "exchange_reports:index"])
def test_the_lists_read_a_fixed_number_of_queries(admin_client, people, name):
    add_content(people, 2)
    few = count_queries(admin_client, reverse(name))
    add_content(people, 6)
    assert count_queries(admin_client, reverse(name)) == few


# --- The dashboard panels -------------------------------------------------------------------


def test_unanswered_questions_wait_for_the_delay_of_the_settings(admin_client, people):
    settings = ExchangeSettings.load()
    settings.unanswered_after_days = 3
    settings.save()
    late = QuestionFactory(author=people["asker"], title="Plus de trois jours sans réponse")
    age(late, 4)
    recent = QuestionFactory(author=people["asker"], title="Posée hier soir seulement")
    age(recent, 1)
    answered = QuestionFactory(author=people["asker"], title="Une réponse visible déjà")
    age(answered, 10)
    AnswerFactory(question=answered, author=people["answerer"])
    only_hidden = QuestionFactory(author=people["asker"], title="Seule réponse masquée")
    age(only_hidden, 10)
    AnswerFactory(question=only_hidden, hidden_at=timezone.now())
    hidden = QuestionFactory(author=people["asker"], title="Question masquée ancienne")
    age(hidden, 10)
    Question.objects.filter(pk=hidden.pk).update(hidden_at=timezone.now())

    page = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Questions sans réponse depuis 3 jours" in page
    assert late.title in page and only_hidden.title in page
    assert late.get_absolute_url() in page
    for title in (recent.title, answered.title, hidden.title):
        assert title not in page


def test_the_default_delay_is_seven_days(admin_client, people):
    question = QuestionFactory(author=people["asker"], title="Six jours sans réponse")
    age(question, 6)
    page = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Questions sans réponse depuis 7 jours" in page
    assert question.title not in page
    age(question, 8)
    assert question.title in admin_client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_reports_panel_lists_pending_reports(admin_client, people, question):
    ReportFactory(question=question, reporter=people["member"], reason="Motif à traiter vite")
    ReportFactory(question=question, reason="Motif déjà traité", outcome=Report.Outcome.KEPT)
    page = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Signalements à traiter" in page
    assert "Motif à traiter vite" in page and "Motif déjà traité" not in page


def test_the_panels_read_a_fixed_number_of_queries(admin_client, people):
    ExchangeSettings.load()  # the first load creates the row
    add_content(people, 2)
    few = count_queries(admin_client, reverse("wagtailadmin_home"))
    add_content(people, 12)
    assert count_queries(admin_client, reverse("wagtailadmin_home")) == few


def test_an_editor_who_is_not_of_the_team_sees_no_panel(people, question):
    age(question, 30)
    editor = people["asker"]
    editor.is_superuser = True  # may open the admin, but is not staff of the network
    editor.save()
    client = Client()
    verified_login(client, editor)
    response = client.get(reverse("wagtailadmin_home"))
    if response.status_code == 200:
        assert "Signalements à traiter" not in response.content.decode()
        assert question.title not in response.content.decode()


# --- The question page's pieces -------------------------------------------------------------


def test_the_facilitator_sees_the_actions_on_the_question_page(client_of, question, answer):
    page = client_of("staff").get(question.get_absolute_url()).content.decode()
    for name in ("validate_answer", "hide_answer", "hide_question", "invite_commune"):
        pk = answer.pk if "answer" in name else question.pk
        assert reverse(f"exchange:{name}", args=[pk]) in page
    assert "En faire un sujet à travailler" in page
    assert "Valider au nom du réseau" in page


@pytest.mark.parametrize("kind", ["member", "asker", "answerer"])
def test_members_do_not_see_the_actions(client_of, question, answer, kind):
    page = client_of(kind).get(question.get_absolute_url()).content.decode()
    assert "Actions de l" not in page
    assert reverse("exchange:validate_answer", args=[answer.pk]) not in page


def test_the_question_page_pieces_read_a_fixed_number_of_queries(client_of, people, question):
    client = client_of("staff")
    AnswerFactory(question=question, author=people["answerer"])
    few = count_queries(client, question.get_absolute_url())
    for _ in range(8):
        AnswerFactory(question=question, author=people["answerer"])
    assert count_queries(client, question.get_absolute_url()) == few
