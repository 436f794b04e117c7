"""The signed links of every e-mail, followed without signing in: the preferences page (the
choices prefilled, saved; members-only kinds offered only to an active member's subscription,
and kept when a page does not offer them), the unsubscribe page (following the link unsubscribes
no one; its button does), the one-click POST of RFC 8058 that mail providers send without a
cookie or CSRF token, coming back, and forged links."""

from html import unescape

import pytest
from django.test import Client
from django.utils import timezone

from alerts import mailing, tokens
from alerts.factories import SubscriberFactory
from alerts.models import Frequency, Subscriber
from tests.alerts.conftest import signed_links
from tests.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscriber(themes, communes):
    return SubscriberFactory(
        email="camille@exemple.fr",
        kinds=["experience", "aid"],
        frequency=Frequency.WEEKLY,
        epcis=["Laval Agglomération"],
        themes=[themes["water"]],
        communes=[communes["bais"]],
    )


def manage_url(subscriber, token=None):
    return f"/alertes/preferences/{token or tokens.manage_token(subscriber)}/"


def unsubscribe_url(subscriber, token=None):
    return f"/alertes/desinscription/{token or tokens.manage_token(subscriber)}/"


def test_the_preferences_page_shows_the_choices(subscriber, themes, communes):
    response = Client().get(manage_url(subscriber))
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert response["Cache-Control"].count("no-store") == 1
    assert "camille@exemple.fr" in html and 'name="email"' not in html
    for value in ("experience", "aid", "Laval Agglomération", themes["water"].pk):
        assert f'value="{value}"' in html
    assert 'value="experience" id="id_kinds_0" checked' in html
    assert 'value="technical" id="id_kinds_1" checked' not in html
    assert f'value="{communes["bais"].pk}" id="id_communes_0" checked' in html
    assert ("desinscription", subscriber) in signed_links(html)
    # A visitor's subscription is offered no members-only content.
    assert 'value="resource"' not in html


def test_the_preferences_are_saved(subscriber, themes, communes):
    client, url = Client(), manage_url(subscriber)
    response = client.post(
        url,
        {
            "kinds": ["faq"],
            "themes": [themes["energy"].pk],
            "communes": [communes["laval"].pk, communes["evron"].pk],
            "frequency": "immediate",
        },
    )
    assert response.status_code == 302 and response["Location"] == url
    subscriber.refresh_from_db()
    assert subscriber.kinds == ["faq"] and subscriber.frequency == Frequency.IMMEDIATE
    assert not subscriber.letter and subscriber.epcis == []
    assert list(subscriber.themes.all()) == [themes["energy"]]
    assert set(subscriber.communes.all()) == {communes["laval"], communes["evron"]}
    shown = client.get(response["Location"])
    assert "Vos préférences sont enregistrées." in unescape(shown.content.decode())


def test_a_bad_choice_keeps_the_form(subscriber):
    response = Client().post(manage_url(subscriber), {"kinds": ["resource"], "frequency": "x"})
    assert response.status_code == 400
    assert "Choisissez parmi les choix proposés." in unescape(response.content.decode())
    subscriber.refresh_from_db()
    assert subscriber.kinds == ["experience", "aid"]


def test_members_only_kinds_are_kept_by_a_page_that_does_not_offer_them(site):
    lapsed = UserFactory(email="ancien@exemple.fr")  # no membership: not offered
    subscription = SubscriberFactory(user=lapsed, kinds=["resource", "experience"])
    Client().post(manage_url(subscription), {"kinds": ["faq"], "frequency": "weekly"})
    subscription.refresh_from_db()
    assert subscription.kinds == ["faq", "resource"]


def test_an_active_member_subscription_is_offered_members_only_content(site):
    member = MemberFactory(email="elue@mairie.exemple.fr")
    subscription = SubscriberFactory(user=member, kinds=["question"])
    html = Client().get(manage_url(subscription)).content.decode()
    assert 'value="resource"' in html and 'value="question"' in html
    Client().post(manage_url(subscription), {"kinds": ["resource"], "frequency": "monthly"})
    subscription.refresh_from_db()
    assert subscription.kinds == ["resource"]


def test_following_the_unsubscribe_link_unsubscribes_no_one(subscriber):
    response = Client().get(unsubscribe_url(subscriber))
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Me désinscrire" in html and 'method="post"' in html
    subscriber.refresh_from_db()
    assert subscriber.is_active


def test_the_button_unsubscribes_and_offers_to_come_back(subscriber):
    response = Client().post(unsubscribe_url(subscriber))
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Vous êtes désinscrit·e" in html and "Me réinscrire" in html
    assert 'action="/alertes/preferences/' in html
    assert ("preferences", subscriber) in signed_links(html)
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at is not None and not subscriber.is_active
    assert not Subscriber.objects.receiving().exists() and not Subscriber.objects.letter_readers()


def test_the_one_click_post_of_a_mail_provider_unsubscribes(subscriber):
    """RFC 8058: the provider POSTs `List-Unsubscribe=One-Click` to the header's address, from
    its servers: no cookie, no CSRF token. It answers 200, however often it is sent."""
    provider = Client(enforce_csrf_checks=True)
    header = mailing.unsubscribe_url(subscriber).removeprefix("http://testserver")
    assert signed_links(header) == {("desinscription", subscriber)}
    response = provider.post(
        header,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200 and not provider.cookies.get("sessionid")
    subscriber.refresh_from_db()
    first = subscriber.unsubscribed_at
    assert first is not None
    again = Client(enforce_csrf_checks=True).post(
        header,
        {"List-Unsubscribe": "One-Click"},  # multipart, as some providers send it
    )
    assert again.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at == first


def test_coming_back_from_the_link(subscriber):
    Client().post(unsubscribe_url(subscriber))
    page = unescape(Client().get(manage_url(subscriber)).content.decode())
    assert "Vous vous êtes désinscrit·e le" in page and "Me réinscrire" in page
    response = Client().post(manage_url(subscriber), {"resubscribe": "1"})
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.is_active and subscriber.kinds == ["experience", "aid"]


def test_a_paused_address_is_told_so(subscriber):
    subscriber.paused_at = timezone.now()
    subscriber.save()
    html = unescape(Client().get(manage_url(subscriber)).content.decode())
    assert "Les envois à cette adresse sont suspendus" in html


@pytest.mark.parametrize("page", [manage_url, unsubscribe_url])
def test_forged_links_get_a_french_page(subscriber, page):
    confirm = tokens.confirm_token(subscriber)  # signed for another use
    for token in ("pas-un-jeton", confirm, tokens.manage_token(subscriber)[:-3] + "abc"):
        url = page(subscriber, token)
        for method in ("get", "post"):
            response = getattr(Client(), method)(url)
            assert response.status_code == 404
            assert "Ce lien ne fonctionne plus" in unescape(response.content.decode())
    subscriber.refresh_from_db()
    assert subscriber.is_active


def test_a_deleted_subscription_link_gets_the_same_page(subscriber):
    url = unsubscribe_url(subscriber)
    subscriber.delete()
    assert Client().post(url).status_code == 404


def test_the_pages_speak_english(subscriber, english_home_page):
    html = unescape(Client().get(f"/en{manage_url(subscriber)}").content.decode())
    assert "Manage my alerts" in html
    done = Client().post(f"/en{unsubscribe_url(subscriber)}")
    assert "You are unsubscribed" in unescape(done.content.decode())
