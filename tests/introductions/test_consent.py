"""No contact detail without consent, field by field: the sheet never shows its contact's
e-mail or phone; the requester sees the contact's e-mail and phone only after the contact
accepted, and only the fields chosen; nobody else ever sees them, on a page or in an e-mail."""

import pytest
from django.core import mail
from django.urls import reverse

from tests.introductions.conftest import (
    CONTACT_EMAIL,
    KINDS,
    SHARED_PHONE,
    SHEET_PHONE,
    client_of,
)

SECRETS = [
    CONTACT_EMAIL,
    CONTACT_EMAIL.upper(),
    SHEET_PHONE,
    SHARED_PHONE,
    SHARED_PHONE.replace(" ", ""),
]


def leaks(content):
    text = content.decode() if isinstance(content, bytes) else content
    return [secret for secret in SECRETS if secret in text]


@pytest.mark.parametrize("kind", KINDS)
def test_the_sheet_shows_no_contact_detail_to_anyone(users, sheet, kind):
    response = client_of(users[kind]).get(sheet.url)
    assert response.status_code == 200
    assert not leaks(response.content)
    assert "mailto:" not in response.content.decode()
    if kind in ("other_member", "requester", "contact", "staff"):
        assert "Claire Xénon" in response.content.decode()  # the name, for members


def test_the_sheet_shows_no_contact_detail_even_after_an_acceptance(users, intro, contact):
    client_of(contact).post(
        reverse("introductions:accept", args=[intro.pk]),
        {"share_email": "on", "phone": SHARED_PHONE},
    )
    for kind in KINDS:
        assert not leaks(client_of(users[kind]).get(intro.sheet.url).content), kind


def accept(intro, contact, **data):
    response = client_of(contact).post(reverse("introductions:accept", args=[intro.pk]), data)
    assert response.status_code == 302
    intro.refresh_from_db()
    return intro


@pytest.mark.parametrize(
    "data,email_shown,phone_shown",
    [
        ({"share_email": "on"}, True, False),
        ({"phone": SHARED_PHONE}, False, True),
        ({"share_email": "on", "phone": SHARED_PHONE}, True, True),
    ],
)
def test_the_requester_sees_only_what_the_contact_chose(
    users,
    intro,
    contact,
    requester,
    data,
    email_shown,
    phone_shown,
    django_capture_on_commit_callbacks,
):
    before = client_of(requester).get(intro.get_absolute_url()).content.decode()
    assert not leaks(before)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        accept(intro, contact, **data)
    page = client_of(requester).get(intro.get_absolute_url()).content.decode()
    assert (CONTACT_EMAIL in page) is email_shown
    assert (SHARED_PHONE in page) is phone_shown
    assert SHEET_PHONE not in page  # the sheet's phone is never the one shared
    # The e-mail to the requester carries the same fields, and only those.
    [message] = [m for m in mail.outbox if m.to == [requester.email]]
    for body in (message.body, message.alternatives[0][0]):
        assert (CONTACT_EMAIL in body) is email_shown
        assert (SHARED_PHONE in body) is phone_shown
    # Nobody else, staff included, sees the values on the request's page.
    for kind in ("anonymous", "non_member", "lapsed", "other_member", "staff"):
        assert not leaks(client_of(users[kind]).get(intro.get_absolute_url()).content), kind


def test_the_contact_sees_what_they_shared(intro, contact):
    accept(intro, contact, phone=SHARED_PHONE)
    page = client_of(contact).get(intro.get_absolute_url()).content.decode()
    assert SHARED_PHONE in page and CONTACT_EMAIL not in page.split("Coordonnées transmises")[1]


def test_nothing_is_shown_after_a_refusal(users, intro, contact, requester):
    client_of(contact).post(
        reverse("introductions:decline", args=[intro.pk]), {"decline-note": "Pas disponible."}
    )
    for kind in KINDS:
        if kind == "contact":
            continue
        assert not leaks(client_of(users[kind]).get(intro.get_absolute_url()).content), kind


def test_no_email_to_others_carries_a_contact_detail(
    users, sheet, contact, requester, staff, django_capture_on_commit_callbacks
):
    """A whole life of requests: only the acceptance e-mail to the requester has details."""
    client = client_of(requester)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("introductions:ask", args=[sheet.pk]),
            {"purpose": "visit", "message": "Bonjour"},
        )
    intro = requester.introductions_sent.get()
    with django_capture_on_commit_callbacks(execute=True):
        accept(intro, contact, share_email="on", phone=SHARED_PHONE)
    for message in mail.outbox:
        bodies = [message.subject, message.body] + [alt[0] for alt in message.alternatives]
        if message.to == [requester.email] and "acceptée" in message.subject:
            continue
        for body in bodies:
            assert not leaks(body), (message.to, message.subject)
    assert {tuple(m.to) for m in mail.outbox} == {
        (contact.email,),
        (staff.email,),
        (requester.email,),
    }
