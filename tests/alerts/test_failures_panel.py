"""The dashboard's panel of the e-mails not delivered in the last days (alerts and the letter
alike): each address linked to its subscriber, the list of failures and the paused addresses;
hidden when nothing failed lately, and from those who may not read the failures; a fixed
number of queries."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from alerts.admin_access import FAILURES, SUBSCRIBERS
from alerts.factories import DeliveryFailureFactory, SubscriberFactory
from alerts.models import FailureKind

from .admin_people import client_of

pytestmark = pytest.mark.django_db

HOME = "/admin/"


def ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def panel(content):
    return content.split('id="alerts-failures-content"')[1].split("</section>")[0]


@pytest.fixture
def failures(site):
    """A bounce two days ago, a refusal today, a mail server down (no subscriber) yesterday,
    and a bounce a month ago."""
    bounced = SubscriberFactory(email="ancienne@mairie.exemple.fr")
    DeliveryFailureFactory(subscriber=bounced, occurred_at=ago(2))
    DeliveryFailureFactory(
        subscriber=SubscriberFactory(email="refus@exemple.fr"), kind=FailureKind.REFUSED
    )
    DeliveryFailureFactory(
        subscriber=None,
        email="inconnue@exemple.fr",
        kind=FailureKind.UNAVAILABLE,
        occurred_at=ago(1),
    )
    DeliveryFailureFactory(
        subscriber=SubscriberFactory(email="vieux@exemple.fr"), occurred_at=ago(30)
    )
    return bounced


def test_the_panel_lists_the_last_days_failures_with_their_links(failures):
    page = client_of("facilitator").get(HOME).content.decode()
    assert "E-mails non remis depuis 7 jours (3)" in page
    content = panel(page)
    assert content.index("refus@exemple.fr") < content.index("inconnue@exemple.fr")
    assert content.index("inconnue@exemple.fr") < content.index("ancienne@mairie.exemple.fr")
    assert "vieux@exemple.fr" not in content
    assert reverse(f"{SUBSCRIBERS}:inspect", args=[failures.pk]) in content
    assert "Serveur de messagerie indisponible" in content
    assert f'href="{reverse(f"{FAILURES}:index")}"' in content
    assert f"{reverse(f'{SUBSCRIBERS}:index')}?state=paused" in content


def test_the_panel_is_hidden_when_nothing_failed_lately(site):
    DeliveryFailureFactory(occurred_at=ago(30))
    assert 'id="alerts-failures-section"' not in client_of("facilitator").get(HOME).content.decode()


@pytest.mark.parametrize("kind", ["editor", "not_staff"])
def test_the_panel_is_for_those_who_read_the_failures(failures, kind):
    response = client_of(kind).get(HOME)
    assert 'id="alerts-failures-section"' not in response.content.decode()
    assert "refus@exemple.fr" not in response.content.decode()


def test_the_panel_runs_a_fixed_number_of_queries(failures, django_assert_max_num_queries):
    client = client_of("facilitator")
    client.get(HOME)
    with django_assert_max_num_queries(200) as before:
        client.get(HOME)
    for n in range(9):
        DeliveryFailureFactory(occurred_at=ago(n % 5))
    with django_assert_max_num_queries(len(before.captured_queries)):
        page = client.get(HOME).content.decode()
    assert "E-mails non remis depuis 7 jours (12)" in page
