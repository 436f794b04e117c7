"""A member reports a question or an answer: who may, once per post, rate limited, and what the
facilitators (and nobody else) are told."""

import pytest
from django.core import mail
from django.urls import reverse

from exchange.models import Report
from tests.factories import QuestionFactory, ReportFactory

from .conftest import ANSWER_BODY, QUESTION_BODY

REASON = "Propos blessants envers la commune voisine."


def report_url(post, kind):
    return reverse(f"exchange:report_{kind}", args=[post.pk])


@pytest.mark.parametrize(
    ("kind", "status"),
    [
        ("anonymous", 302),
        ("non_member", 404),
        ("lapsed_member", 404),
        ("member", 302),
        ("staff", 302),
    ],
)
def test_who_may_report_a_question(client_of, question, kind, status):
    response = client_of(kind).post(report_url(question, "question"), {"reason": REASON})
    assert response.status_code == status
    if kind == "anonymous":
        assert response["Location"].startswith(reverse("members_area:login"))
    assert Report.objects.filter(question=question).exists() is (kind in {"member", "staff"})
    if status == 404:
        assert QUESTION_BODY not in response.content.decode()


@pytest.mark.parametrize("kind", ["non_member", "lapsed_member"])
def test_the_report_form_leaks_nothing_to_non_members(client_of, answer, kind):
    response = client_of(kind).get(report_url(answer, "answer"))
    assert response.status_code == 404
    assert ANSWER_BODY not in response.content.decode()


def test_a_member_reports_an_answer_and_the_facilitators_are_told(
    client_of, people, question, answer
):
    response = client_of("member").post(report_url(answer, "answer"), {"reason": REASON})
    assert response.status_code == 302
    assert response["Location"] == answer.get_absolute_url()
    report = Report.objects.get()
    assert (report.answer, report.reporter, report.reason) == (answer, people["member"], REASON)
    assert report.outcome == Report.Outcome.PENDING
    assert [m.to for m in mail.outbox] == [[people["staff"].email]]
    body = mail.outbox[0].body
    assert REASON in body
    assert ANSWER_BODY in body
    assert "Mathilde Signaleuse" in body  # the facilitators know who reported
    assert "/admin/" in body  # the queue


def test_no_one_reports_their_own_post(client_of, question, answer):
    response = client_of("asker").post(
        report_url(question, "question"), {"reason": REASON}, follow=True
    )
    assert "propre message" in response.content.decode()
    assert client_of("answerer").post(report_url(answer, "answer"), {"reason": REASON})
    assert not Report.objects.exists()
    assert not mail.outbox


def test_a_second_report_of_the_same_post_is_a_friendly_message(client_of, people, question):
    ReportFactory(question=question, reporter=people["member"])
    response = client_of("member").post(
        report_url(question, "question"), {"reason": REASON}, follow=True
    )
    assert response.status_code == 200
    assert "déjà signalé" in response.content.decode()
    assert Report.objects.count() == 1
    assert not mail.outbox


def test_a_report_handled_before_does_not_stop_a_new_one(client_of, people, question):
    ReportFactory(question=question, reporter=people["member"], outcome=Report.Outcome.KEPT)
    client_of("member").post(report_url(question, "question"), {"reason": REASON})
    assert Report.objects.filter(outcome=Report.Outcome.PENDING).count() == 1


def test_a_report_without_reason_keeps_the_page_and_says_what_to_fix(client_of, question):
    response = client_of("member").post(report_url(question, "question"), {"reason": "  "})
    assert response.status_code == 200
    content = response.content.decode()
    assert "Indiquez le motif." in content
    assert 'id="id_reason_error"' in content or "errorlist" in content
    assert not Report.objects.exists()


def test_reports_are_rate_limited(client_of, settings, people):
    settings.EXCHANGE_POSTS_PER_HOUR = 1
    first, second = QuestionFactory(author=people["asker"]), QuestionFactory(author=people["asker"])
    client = client_of("member")
    assert client.post(report_url(first, "question"), {"reason": REASON}).status_code == 302
    response = client.post(report_url(second, "question"), {"reason": REASON})
    assert response.status_code == 429
    assert "réessayez plus tard" in response.content.decode()
    assert REASON in response.content.decode()  # nothing lost
    assert Report.objects.count() == 1


def test_a_hidden_post_cannot_be_reported_by_members(client_of, people, question):
    question.hidden_at = question.created_at
    question.save()
    response = client_of("member").post(report_url(question, "question"), {"reason": REASON})
    assert response.status_code == 404
    assert not Report.objects.exists()


def test_next_stays_on_this_site(client_of, question):
    response = client_of("member").post(
        report_url(question, "question"), {"reason": REASON, "next": "https://ailleurs.example/"}
    )
    assert response["Location"] == question.get_absolute_url()


# --- The "Signaler" control under each post ---------------------------------------------------


def test_the_page_shows_the_control_under_others_posts_only(client_of, question, answer):
    page = client_of("answerer").get(question.get_absolute_url()).content.decode()
    assert report_url(question, "question") in page
    assert report_url(answer, "answer") not in page  # their own answer
    assert 'name="reason"' in page and "<details" in page


def test_the_asker_sees_the_control_under_the_answer_only(client_of, question, answer):
    page = client_of("asker").get(question.get_absolute_url()).content.decode()
    assert report_url(question, "question") not in page
    assert report_url(answer, "answer") in page


def test_a_report_from_the_page_comes_back_to_it(client_of, question, answer):
    page_url = question.get_absolute_url()
    response = client_of("member").post(
        report_url(answer, "answer"), {"reason": REASON, "next": page_url}, follow=True
    )
    assert response.redirect_chain[-1][0] == page_url
    assert "Merci" in response.content.decode()
