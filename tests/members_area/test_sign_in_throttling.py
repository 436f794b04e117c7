"""Sign-in throttling per account (members_area/throttling.py): failures on one e-mail address
from rotating addresses lock it, the lock ends by itself or through the unlock link sent to its
owner, and nothing says whether an account has the address."""

import datetime
import re
import time
from unittest import mock

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.test import Client
from django.utils import timezone

from members_area.unlock import make_token
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

LOGIN = "/adherents/connexion/"
PASSWORD = "motdepasse-demo"
ACCOUNT_LIMIT = 6


@pytest.fixture(autouse=True)
def small_account_limit(settings):
    settings.SIGN_IN_ACCOUNT_FAILURE_LIMIT = ACCOUNT_LIMIT


@pytest.fixture
def member(organisation):
    return MemberFactory(organisation=organisation, email="elue@bais.exemple.fr")


def from_address(number):
    return Client(REMOTE_ADDR=f"192.0.2.{number}")


def fail_from_rotating_addresses(email, count=ACCOUNT_LIMIT, per_address=2):
    """`count` wrong passwords, `per_address` from each address: never enough for axes' lock
    per (e-mail, address)."""
    responses = []
    for attempt in range(count):
        client = from_address(10 + attempt // per_address)
        responses.append(client.post(LOGIN, {"username": email, "password": "faux"}))
    return responses


def signs_in(client, email):
    response = client.post(LOGIN, {"username": email, "password": PASSWORD})
    return response.status_code == 302 and "_auth_user_id" in client.session


def cool_off_passes():
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))


def unlock_path():
    return re.search(r"https?://[^/]+(/adherents/deblocage/\S+/)", mail.outbox[-1].body).group(1)


def test_failures_from_rotating_addresses_lock_the_account(site, member):
    responses = fail_from_rotating_addresses(member.email)
    assert [r.status_code for r in responses[:-1]] == [200] * (ACCOUNT_LIMIT - 1)
    assert responses[-1].status_code == 429
    # The right password, from yet another address, is refused too.
    client = from_address(99)
    response = client.post(LOGIN, {"username": member.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    page = response.content.decode()
    assert "Connexion temporairement bloquée" in page
    assert "depuis un ou plusieurs appareils" in page
    assert "un e-mail avec un lien pour débloquer" in page


def test_changing_the_case_of_the_address_counts_on_the_same_account(site, member):
    variants = [member.email, member.email.upper(), " Elue@Bais.exemple.fr "]
    for attempt in range(ACCOUNT_LIMIT):
        from_address(attempt).post(LOGIN, {"username": variants[attempt % 3], "password": "faux"})
    assert not signs_in(from_address(99), member.email)


def test_the_owner_receives_one_unlock_email_in_text_and_html(site, member):
    fail_from_rotating_addresses(member.email)
    fail_from_rotating_addresses(member.email)  # refused during the lock: no second e-mail
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert "bloquée" in message.subject
    assert "/adherents/deblocage/" in message.body
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'href="http://testserver/adherents/deblocage/' in html


def test_the_unlock_link_unlocks_once(site, member):
    fail_from_rotating_addresses(member.email)
    path = unlock_path()
    owner = from_address(50)
    page = owner.get(path)
    assert page.status_code == 200
    assert b'<button type="submit"' in page.content
    # Opening the link (a mail filter may) changes nothing: the button does.
    assert not signs_in(from_address(51), member.email)
    response = owner.post(path)
    assert response.status_code == 302
    assert response["Location"] == LOGIN
    assert signs_in(owner, member.email)
    # Used: the same link no longer works, even after the account is locked again.
    fail_from_rotating_addresses(member.email)
    used = from_address(52).post(path)
    assert used.status_code == 200
    assert "pas valable" in used.content.decode()
    assert not signs_in(from_address(53), member.email)


def test_the_unlock_link_expires(site, member):
    fail_from_rotating_addresses(member.email)
    attempt = AccessAttempt.objects.filter(username=member.email).order_by("-pk").first()
    with mock.patch("django.core.signing.time.time", return_value=time.time() - 61 * 60):
        old_token = make_token(member.email, attempt.pk)
    response = from_address(50).post(f"/adherents/deblocage/{old_token}/")
    assert "pas valable" in response.content.decode()
    assert not signs_in(from_address(51), member.email)


def test_a_forged_unlock_link_is_refused_clearly(site, member):
    fail_from_rotating_addresses(member.email)
    response = from_address(50).post("/adherents/deblocage/pas-un-jeton/")
    assert response.status_code == 200
    assert "pas valable" in response.content.decode()


def test_the_browser_that_unlocked_stays_open_to_its_owner(site, member):
    """An attacker who locks the account again cannot lock its owner out of that browser."""
    fail_from_rotating_addresses(member.email)
    owner = from_address(50)
    owner.post(unlock_path())
    fail_from_rotating_addresses(member.email)
    assert not signs_in(from_address(51), member.email)
    assert signs_in(owner, member.email)


def test_an_unknown_address_gets_the_same_answer_and_no_email(site, member):
    known = fail_from_rotating_addresses(member.email)[-1]
    unknown = fail_from_rotating_addresses("inconnu@exemple.fr")[-1]
    assert unknown.status_code == known.status_code == 429
    # The same page, but for the CSRF token of the footer's forms, if any.
    strip = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')
    assert strip.sub("", unknown.content.decode()) == strip.sub("", known.content.decode())
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [member.email]


def test_the_lock_ends_by_itself_however_long_the_attack(site, member):
    fail_from_rotating_addresses(member.email)
    # Failures during the lock are not counted: they do not make it longer.
    fail_from_rotating_addresses(member.email, count=3 * ACCOUNT_LIMIT)
    assert not signs_in(from_address(98), member.email)
    cool_off_passes()
    assert signs_in(from_address(99), member.email)


def test_the_lock_per_address_still_comes_first(site, member, settings):
    client = from_address(7)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, {"username": member.email, "password": "faux"})
    response = client.post(LOGIN, {"username": member.email, "password": PASSWORD})
    assert response.status_code == 429
    assert "depuis votre appareil" in response.content.decode()
    # The account is not locked for its owner elsewhere, and no e-mail went out.
    assert signs_in(from_address(8), member.email)
    assert mail.outbox == []


def test_the_admin_sign_in_counts_on_the_same_account(site, member):
    """Wagtail's sign-in page and the members' one feed the same count."""
    for attempt in range(ACCOUNT_LIMIT - 1):
        path = "/admin/login/" if attempt % 2 else LOGIN
        from_address(attempt).post(path, {"username": member.email, "password": "faux"})
    response = from_address(40).post(
        "/admin/login/", {"username": member.email, "password": "faux"}
    )
    assert response.status_code == 429
    assert "Connexion temporairement bloquée" in response.content.decode()
    assert len(mail.outbox) == 1
