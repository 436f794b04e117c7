"""The e-mails of each step: who receives what, in their language, in text and HTML; a mail
server that fails is logged and the member still gets their page, never a 500."""

import logging
import smtplib
from unittest import mock

from django.core import mail
from django.urls import reverse

from introductions.models import IntroductionRequest
from members_area.models import AccountRecord
from tests.introductions.conftest import client_of


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def ask(client, sheet, capture):
    with capture(execute=True):
        response = client.post(
            reverse("introductions:ask", args=[sheet.pk]),
            {"purpose": "documents", "message": "Pouvez-vous nous transmettre le cahier ?"},
        )
    assert response.status_code == 302
    return IntroductionRequest.objects.latest("pk")


def test_a_request_tells_the_contact_and_the_facilitators(
    sheet, contact, requester, staff, django_capture_on_commit_callbacks
):
    ask(client_of(requester), sheet, django_capture_on_commit_callbacks)
    assert recipients() == sorted([contact.email, staff.email])
    to_contact = next(m for m in mail.outbox if m.to == [contact.email])
    assert "Pouvez-vous nous transmettre le cahier ?" in to_contact.body
    assert "Paul" in to_contact.body and "Commune de Quelaines" in to_contact.body
    assert requester.email not in to_contact.body  # the requester's address is theirs too
    assert to_contact.alternatives[0][1] == "text/html"
    assert "/adherents/mises-en-relation/" in to_contact.body


def test_without_contact_account_the_requester_learns_the_facilitator_takes_it(
    sheet, requester, staff, django_capture_on_commit_callbacks
):
    ask(client_of(requester), sheet, django_capture_on_commit_callbacks)
    assert recipients() == sorted([requester.email, staff.email])
    to_staff = next(m for m in mail.outbox if m.to == [staff.email])
    assert "n’a pas de compte adhérent" in to_staff.body


def test_each_answer_tells_the_right_people(
    intro, contact, requester, staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client_of(contact).post(
            reverse("introductions:decline", args=[intro.pk]), {"decline-note": ""}
        )
    assert recipients() == sorted([requester.email, staff.email])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_of(staff).post(
            reverse("introductions:introduce", args=[intro.pk]),
            {"introduce-note": "Je vous ai présentés par téléphone."},
        )
    [message] = mail.outbox
    assert message.to == [requester.email]
    assert "Je vous ai présentés par téléphone." in message.body


def test_closing_sends_nothing(intro, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        client_of(staff).post(reverse("introductions:close", args=[intro.pk]), {"close-note": ""})
    assert mail.outbox == []


def test_each_recipient_in_their_language(
    sheet, contact, requester, staff, django_capture_on_commit_callbacks
):
    AccountRecord.objects.update_or_create(user=contact, defaults={"language": "en"})
    ask(client_of(requester), sheet, django_capture_on_commit_callbacks)
    to_contact = next(m for m in mail.outbox if m.to == [contact.email])
    to_staff = next(m for m in mail.outbox if m.to == [staff.email])
    assert '<html lang="en">' in to_contact.alternatives[0][0]
    assert '<html lang="fr">' in to_staff.alternatives[0][0]


def test_a_failing_mail_server_is_logged_not_a_500(
    sheet, contact, requester, staff, caplog, django_capture_on_commit_callbacks
):
    failing = mock.patch(
        "django.core.mail.EmailMessage.send", side_effect=smtplib.SMTPException("down")
    )
    with failing, caplog.at_level(logging.WARNING, logger="introductions.notifications"):
        intro = ask(client_of(requester), sheet, django_capture_on_commit_callbacks)
    assert intro.requester == requester
    assert "mail server unavailable" in caplog.text


def test_a_lapsed_requester_is_told_nothing(
    intro, contact, requester, django_capture_on_commit_callbacks
):
    organisation = requester.member_profile.organisation
    organisation.active_until = organisation.active_until.replace(year=2000)
    organisation.save()
    with django_capture_on_commit_callbacks(execute=True):
        client_of(contact).post(
            reverse("introductions:accept", args=[intro.pk]), {"share_email": "on"}
        )
    assert requester.email not in recipients()
