"""A signed-in person's alerts, /alertes/mes-alertes/: sign-in required; the account's address,
on at once (no confirmation); members-only content for an active member only; a subscription
made from the public form with the account's address becomes the account's; the links from the
dashboard and the profile; the subscription in the person's data export, and erased with the
account. Each kind of user: anonymous, signed-in non-member, lapsed member, active member."""

import json
from html import unescape

import pytest
from django.core import mail
from django.test import Client

from alerts.factories import SubscriberFactory
from alerts.models import Frequency, Subscriber
from members_area.personal_data import anonymise
from sheets.factories import CommuneFactory, ThemeFactory
from tests.alerts.conftest import signed_links
from tests.factories import MemberFactory, MemberOrganisationFactory

pytestmark = pytest.mark.django_db

MINE = "/alertes/mes-alertes/"
# Measured: 14 (the session and the account, the subscription with its themes and communes,
# the membership, the form's lists, the frame: site, locale, menu, network's texts, settings).
MEMBER_BUDGET = 15


@pytest.fixture
def member(site):
    return MemberFactory(email="elue@mairie-bais.exemple.fr", password="motdepasse-demo")


@pytest.fixture
def lapsed(site):
    return MemberFactory(
        email="ancienne@renaze.exemple.fr", organisation=MemberOrganisationFactory(lapsed=True)
    )


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


def text(response):
    return unescape(response.content.decode())


def test_anonymous_visitors_are_sent_to_sign_in(site):
    response = Client().get(MINE)
    assert response.status_code == 302 and "/adherents/connexion/" in response["Location"]
    assert Client().post(MINE, {"frequency": "weekly"}).status_code == 302
    assert not Subscriber.objects.exists()


def test_an_active_member_is_offered_members_only_content(member, themes):
    response = client_of(member).get(MINE)
    html = text(response)
    assert response.status_code == 200
    assert response["Cache-Control"].count("no-store") == 1
    assert "elue@mairie-bais.exemple.fr" in html and 'name="email"' not in html
    assert "documents réservés aux adhérents" in html
    assert "questions des élus sur mes thèmes" in html
    assert "Activer mes alertes" in html
    assert not Subscriber.objects.exists()  # showing the page subscribes no one


def test_a_member_subscribes_at_once_without_confirmation(member, themes):
    client = client_of(member)
    response = client.post(
        MINE,
        {
            "kinds": ["experience", "resource", "question"],
            "themes": [themes["energy"].pk],
            "frequency": "immediate",
        },
    )
    assert response.status_code == 302 and response["Location"] == MINE
    subscriber = Subscriber.objects.get()
    assert subscriber.user == member and subscriber.email == member.email
    assert subscriber.is_active and subscriber.language == "fr"
    assert subscriber.kinds == ["experience", "resource", "question"]
    assert subscriber.frequency == Frequency.IMMEDIATE and not subscriber.letter
    assert not mail.outbox
    page = text(client.get(MINE))
    assert "Vos alertes sont enregistrées." in page and "Enregistrer mes choix" in page
    assert 'action="/alertes/desinscription/' in page
    assert ("desinscription", subscriber) in signed_links(page)


@pytest.mark.parametrize("who", ["non_member", "lapsed"])
def test_an_account_without_membership_gets_public_content_only(who, lapsed, non_member_user, site):
    user = lapsed if who == "lapsed" else non_member_user
    client = client_of(user)
    html = text(client.get(MINE))
    assert 'value="resource"' not in html and 'value="question"' not in html
    refused = client.post(MINE, {"kinds": ["resource"], "frequency": "weekly"})
    assert refused.status_code == 400
    assert "Choisissez parmi les choix proposés." in text(refused)
    assert client.post(MINE, {"kinds": ["faq"], "frequency": "weekly"}).status_code == 302
    assert Subscriber.objects.get().kinds == ["faq"]


def test_a_lapsed_member_keeps_members_only_choices_for_their_return(lapsed):
    SubscriberFactory(user=lapsed, kinds=["resource", "event"])
    client_of(lapsed).post(MINE, {"kinds": ["aid"], "frequency": "monthly"})
    assert Subscriber.objects.get().kinds == ["aid", "resource"]


def test_the_public_subscription_of_the_account_address_becomes_the_account_s(member, themes):
    visitor = SubscriberFactory(
        email="Elue@Mairie-Bais.exemple.fr", confirmed_at=None, themes=[themes["water"]]
    )
    page = text(client_of(member).get(MINE))
    assert f'value="{themes["water"].pk}" id="id_themes_1" checked' in page
    client_of(member).post(MINE, {"kinds": ["event"], "frequency": "weekly", "letter": "on"})
    visitor.refresh_from_db()
    assert Subscriber.objects.count() == 1
    assert visitor.user == member and visitor.is_active
    assert visitor.email == "elue@mairie-bais.exemple.fr"


def test_an_unsubscribed_member_is_told_and_saving_turns_the_alerts_on_again(member):
    subscriber = SubscriberFactory(user=member, unsubscribed_at="2026-03-01T10:00Z")
    page = text(client_of(member).get(MINE))
    assert "Vous vous êtes désinscrit·e le 1er mars 2026" in page
    client_of(member).post(MINE, {"kinds": ["event"], "frequency": "weekly"})
    subscriber.refresh_from_db()
    assert subscriber.is_active


def test_the_dashboard_and_the_profile_link_the_page(member, non_member_user):
    dashboard = text(client_of(member).get("/adherents/"))
    assert f'<a class="button" href="{MINE}">Mes alertes par e-mail</a>' in dashboard
    for user in (member, non_member_user):
        profile = text(client_of(user).get("/adherents/profil/"))
        assert "<h2>Mes alertes par e-mail</h2>" in profile
        assert f'href="{MINE}">Choisir mes alertes</a>' in profile


def test_the_subscription_is_in_the_data_export(member, themes, communes):
    SubscriberFactory(
        user=member,
        kinds=["experience", "resource"],
        themes=[themes["energy"]],
        communes=[communes["laval"]],
        epcis=["Laval Agglomération"],
    )
    response = client_of(member).post(
        "/adherents/profil/donnees/", {"export-password": "motdepasse-demo", "export": "1"}
    )
    assert response.status_code == 200
    [exported] = json.loads(response.content)["alert_subscriptions"]
    assert exported["email"] == member.email
    assert exported["kinds"] == ["fiches expérience", "documents réservés aux adhérents"]
    assert exported["themes"] == ["Énergie"] and exported["communes"] == ["Laval"]
    assert exported["intercommunalities"] == ["Laval Agglomération"]
    assert exported["frequency"] == "une fois par semaine" and exported["confirmed_at"]


def test_closing_the_account_erases_its_subscriptions(member, non_member_user):
    SubscriberFactory(user=member)
    other = SubscriberFactory(email="quelquun@exemple.fr")
    anonymise(member)
    assert list(Subscriber.objects.all()) == [other]


def test_the_english_page_works(member, english_home_page):
    response = client_of(member).get(f"/en{MINE}")
    assert response.status_code == 200 and "My e-mail alerts" in text(response)
    client_of(member).post(f"/en{MINE}", {"kinds": ["faq"], "frequency": "weekly"})
    assert Subscriber.objects.get().language == "en"


def test_the_page_runs_a_fixed_number_of_queries(
    member, themes, communes, django_assert_max_num_queries
):
    subscriber = SubscriberFactory(user=member, themes=[themes["energy"]])
    client = client_of(member)
    client.get(MINE)
    with django_assert_max_num_queries(MEMBER_BUDGET) as few:
        assert client.get(MINE).status_code == 200
    more = [CommuneFactory(name=f"Commune {n}", epci=f"Interco {n % 5}") for n in range(30)]
    subscriber.communes.set(more)
    subscriber.themes.set([ThemeFactory(name=f"Thème {n}") for n in range(10)])
    with django_assert_max_num_queries(len(few)):
        assert client.get(MINE).status_code == 200
