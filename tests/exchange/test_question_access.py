"""The access matrix of the question pages: every URL, every kind of user. Anonymous visitors
are sent to sign in; non-members and lapsed members see no title, no name, no count."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from exchange.models import Follow, QuestionAttachment
from tests.exchange.conftest import (
    ASKER_ORGANISATION,
    EXCHANGE_ALLOWED,
    EXCHANGE_REFUSED,
    SECRET_ANSWER,
    SECRET_QUESTION,
    USER_KINDS,
)
from tests.factories import QuestionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def attached(question):
    return QuestionAttachment.objects.create(
        question=question,
        file=ContentFile(b"%PDF-1.4 plan du reseau", name="plan.pdf"),
        name="plan-zephyrin.pdf",
        size=23,
    )


def urls(question, attached, theme):
    answer = question.answers.get()
    return [
        ("get", reverse("exchange:questions")),
        ("get", reverse("exchange:questions") + "?q=chaufferie"),
        ("get", reverse("exchange:ask")),
        ("post", reverse("exchange:ask")),
        ("get", question.get_absolute_url()),
        ("post", question.get_absolute_url()),
        ("get", reverse("exchange:edit_answer", args=[question.pk, answer.pk])),
        ("post", reverse("exchange:mark_helpful", args=[question.pk, answer.pk])),
        ("post", reverse("exchange:follow_question", args=[question.pk])),
        ("post", reverse("exchange:follow_theme", args=[theme.slug])),
        ("get", attached.get_download_url()),
    ]


def assert_nothing_leaks(response):
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode(errors="replace")
    assert SECRET_QUESTION not in text
    assert SECRET_ANSWER not in text
    assert ASKER_ORGANISATION not in text
    assert b"%PDF" not in body


@pytest.mark.parametrize("kind", EXCHANGE_REFUSED)
def test_refused_kinds_see_nothing(kind, client_for, question, attached, theme):
    client = client_for(kind)
    follows = Follow.objects.count()
    questions = question.__class__.objects.count()
    for method, url in urls(question, attached, theme):
        response = getattr(client, method)(
            url, {"title": "x", "body": "y"} if method == "post" else None
        )
        if kind == "anonymous":
            assert response.status_code == 302, url
            assert response["Location"].startswith("/adherents/connexion/?next="), url
        else:
            assert response.status_code in (403, 404), url
            assert_nothing_leaks(response)
        cache_control = response.get("Cache-Control", "")
        assert (
            "private" in cache_control or "no-cache" in cache_control or response.status_code == 302
        )
    assert Follow.objects.count() == follows
    assert question.__class__.objects.count() == questions


@pytest.mark.parametrize("kind", sorted(EXCHANGE_ALLOWED))
def test_active_members_and_staff_read(kind, client_for, question, attached, theme):
    client = client_for(kind)
    listing = client.get(reverse("exchange:questions"))
    assert listing.status_code == 200
    assert SECRET_QUESTION in listing.content.decode()
    assert "private" in listing["Cache-Control"] or "no-cache" in listing["Cache-Control"]
    detail = client.get(question.get_absolute_url())
    assert detail.status_code == 200
    assert SECRET_ANSWER in detail.content.decode()
    assert client.get(reverse("exchange:ask")).status_code == 200
    download = client.get(attached.get_download_url())
    assert download.status_code == 200
    assert "no-store" in download["Cache-Control"]
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_every_kind_is_covered():
    assert set(EXCHANGE_ALLOWED) | set(EXCHANGE_REFUSED) == set(USER_KINDS)


@pytest.mark.parametrize("kind", sorted(EXCHANGE_ALLOWED - {"staff"}))
def test_hidden_question_is_not_found_for_other_members(kind, client_for, question, attached):
    question.hidden_at = question.created_at
    question.save()
    client = client_for(kind)
    assert client.get(question.get_absolute_url()).status_code == 404
    assert client.get(attached.get_download_url()).status_code == 404
    listing = client.get(reverse("exchange:questions")).content.decode()
    assert SECRET_QUESTION not in listing


def test_hidden_question_is_shown_to_staff_and_its_author(client_for, question, asker_client):
    question.hidden_at = question.created_at
    question.hidden_reason = "Doublon"
    question.save()
    staff = client_for("staff").get(question.get_absolute_url())
    assert staff.status_code == 200
    assert "Question masquée" in staff.content.decode()
    own = asker_client.get(question.get_absolute_url())
    assert own.status_code == 200
    assert "Votre question est masquée" in own.content.decode()
    assert "Doublon" in own.content.decode()


def test_an_attachment_of_another_question_is_not_found(client_for, question, attached, asker):
    other = QuestionFactory(author=asker)
    url = reverse("exchange:attachment", args=[other.pk, attached.pk])
    assert client_for("member_without_grant").get(url).status_code == 404
