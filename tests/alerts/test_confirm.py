"""The confirmation link: following it confirms nothing (a mail scanner opens every link); the
page's button (a POST with its CSRF token) does, and says how to manage the alerts. A link
this site did not sign, an expired one, or another link's token used here, gets a French page
that leads back to the form (404), never a 500."""

import time
from html import unescape
from unittest import mock

import pytest
from django.test import Client
from django.utils import timezone

from alerts import tokens
from alerts.factories import SubscriberFactory
from alerts.models import Subscriber
from tests.alerts.conftest import signed_links

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(site):
    return SubscriberFactory(email="camille@exemple.fr", confirmed_at=None)


def confirm_url(subscriber, token=None):
    return f"/alertes/confirmer/{token or tokens.confirm_token(subscriber)}/"


def test_following_the_link_confirms_nothing(waiting):
    for _scanner in range(2):
        response = Client().get(confirm_url(waiting))
        assert response.status_code == 200
    html = unescape(response.content.decode())
    assert "Confirmer mon inscription" in html and 'method="post"' in html
    assert "camille@exemple.fr" in html
    assert response["Cache-Control"].count("no-store") == 1
    waiting.refresh_from_db()
    assert waiting.confirmed_at is None and not Subscriber.objects.receiving().exists()


def test_the_button_confirms_and_gives_the_manage_link(waiting):
    client = Client(enforce_csrf_checks=True)
    page = client.get(confirm_url(waiting))
    token = page.context["csrf_token"]
    response = client.post(confirm_url(waiting), {"csrfmiddlewaretoken": token})
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Vos alertes sont activées" in html
    assert ("preferences", waiting) in signed_links(html)
    waiting.refresh_from_db()
    assert waiting.is_active and list(Subscriber.objects.receiving()) == [waiting]


def test_confirming_twice_keeps_the_first_date(waiting):
    Client().post(confirm_url(waiting))
    first = Subscriber.objects.get().confirmed_at
    again = Client().post(confirm_url(waiting))
    assert again.status_code == 200 and "Vos alertes sont activées" in again.content.decode()
    assert Subscriber.objects.get().confirmed_at == first


def test_the_button_needs_its_csrf_token(waiting):
    response = Client(enforce_csrf_checks=True).post(confirm_url(waiting))
    assert response.status_code == 403
    waiting.refresh_from_db()
    assert waiting.confirmed_at is None


def test_confirming_starts_a_paused_or_unsubscribed_address_again(site):
    paused = SubscriberFactory(paused_at=timezone.now(), failures=3)
    gone = SubscriberFactory(unsubscribed_at=timezone.now())
    for subscriber in (paused, gone):
        Client().post(confirm_url(subscriber))
        subscriber.refresh_from_db()
        assert subscriber.is_active and subscriber.failures == 0


@pytest.mark.parametrize(
    "token",
    [
        "pas-un-jeton",
        "eyJhbGciOiJIUzI1NiJ9:1vZzzz:forged-signature",
        "manage",  # the manage link's token, signed for another use
    ],
)
def test_a_forged_link_gets_a_french_page(waiting, token):
    if token == "manage":
        token = tokens.manage_token(waiting)
    for method in ("get", "post"):
        response = getattr(Client(), method)(confirm_url(waiting, token))
        html = unescape(response.content.decode())
        assert response.status_code == 404
        assert "Ce lien ne fonctionne plus" in html
        assert 'href="/alertes/"' in html and "M'inscrire à nouveau" in html
    waiting.refresh_from_db()
    assert waiting.confirmed_at is None


def test_an_expired_link_gets_the_same_page(waiting, settings):
    settings.ALERTS_CONFIRMATION_DAYS = 7
    eight_days_ago = time.time() - 8 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=eight_days_ago):
        old = tokens.confirm_token(waiting)
    response = Client().post(confirm_url(waiting, old))
    assert response.status_code == 404
    assert "valable que 7 jours" in unescape(response.content.decode())
    waiting.refresh_from_db()
    assert waiting.confirmed_at is None


def test_a_link_to_a_deleted_subscription_gets_the_same_page(waiting):
    url = confirm_url(waiting)
    waiting.delete()
    assert Client().get(url).status_code == 404


def test_the_english_link_confirms_in_english(waiting, english_home_page):
    page = Client().get(f"/en{confirm_url(waiting)}")
    assert page.status_code == 200 and "Confirm my subscription" in page.content.decode()
    done = Client().post(f"/en{confirm_url(waiting)}")
    assert "Your alerts are on" in unescape(done.content.decode())
