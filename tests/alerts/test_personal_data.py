"""What the alerts hold about a member, in their data export (preferences, failed sends), and
that closing the account deletes it all, the admin's history included."""

import pytest
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from alerts.factories import DeliveryFailureFactory, DigestFactory, SubscriberFactory
from alerts.models import DeliveryFailure, Digest, FailureKind, Frequency, Subscriber
from members_area import personal_data as account_data
from sheets.factories import CommuneFactory, ThemeFactory
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(locales):
    return MemberFactory(email="elue@mairie-bais.exemple.fr")


@pytest.fixture
def subscription(member):
    subscriber = SubscriberFactory(
        user=member,
        frequency=Frequency.MONTHLY,
        kinds=["experience", "question"],
        themes=[ThemeFactory(name="Énergie", slug="energie")],
        communes=[CommuneFactory(name="Bais", insee_code="53019")],
        epcis=["Communauté de communes des Coëvrons"],
        letter=False,
    )
    DeliveryFailureFactory(subscriber=subscriber, kind=FailureKind.BOUNCE)
    DigestFactory(subscriber=subscriber)
    return subscriber


def test_the_members_data_export_shows_their_preferences(member, subscription):
    data = account_data.export(member)
    (exported,) = data["alert_subscriptions"]
    assert exported["email"] == "elue@mairie-bais.exemple.fr"
    assert exported["frequency"] == "une fois par mois"
    assert exported["kinds"] == ["fiches expérience", "questions des élus sur mes thèmes"]
    assert exported["themes"] == ["Énergie"] and exported["communes"] == ["Bais"]
    assert exported["intercommunalities"] == ["Communauté de communes des Coëvrons"]
    assert exported["network_letter"] is False
    assert exported["state"] == "Confirmé" and exported["confirmed_at"]
    (failure,) = data["alert_delivery_failures"]
    assert failure["kind"] == "retour en erreur (bounce)"


def test_a_subscription_made_as_a_visitor_with_the_members_address_is_theirs_too(member):
    SubscriberFactory(email="ELUE@mairie-bais.exemple.fr")
    SubscriberFactory(email="autre@exemple.fr")
    data = account_data.export(member)
    assert [s["email"] for s in data["alert_subscriptions"]] == ["ELUE@mairie-bais.exemple.fr"]


def test_a_member_without_subscription_exports_empty_lists(member):
    data = account_data.export(member)
    assert data["alert_subscriptions"] == [] and data["alert_delivery_failures"] == []


def test_closing_the_account_deletes_the_subscription_and_its_traces(member, subscription):
    log(subscription, "wagtail.edit")
    DeliveryFailureFactory(
        subscriber=None, email="elue@mairie-bais.exemple.fr", kind=FailureKind.REFUSED
    )
    other = SubscriberFactory(email="autre@exemple.fr")
    DeliveryFailureFactory(subscriber=other)
    account_data.anonymise(member)
    assert not Subscriber.objects.filter(pk=subscription.pk).exists()
    assert not Digest.objects.filter(subscriber_id=subscription.pk).exists()
    assert not DeliveryFailure.objects.filter(email__iexact="elue@mairie-bais.exemple.fr").exists()
    assert ModelLogEntry.objects.get(object_id=str(subscription.pk)).label == "Abonné supprimé"
    # Nobody else's.
    assert Subscriber.objects.filter(pk=other.pk).exists()
    assert DeliveryFailure.objects.filter(subscriber=other).exists()
