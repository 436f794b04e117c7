"""The facilitator's read-only lists of the alerts' digests and failed sends: what they show,
their filters and search, a fixed number of queries, and that nothing is changed from them."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from alerts.admin_access import DIGESTS, FAILURES, SUBSCRIBERS
from alerts.factories import DeliveryFailureFactory, DigestFactory, SubscriberFactory
from alerts.models import DeliveryFailure, Digest, DigestStatus, FailureKind

from .admin_people import client_of, url

DAY = datetime.timedelta(days=1)


@pytest.fixture
def facilitator(site):
    return client_of("facilitator")


@pytest.fixture
def sends(db):
    now = timezone.now()
    zoe = SubscriberFactory(email="zoe.aubert@exemple.fr")
    bounced = SubscriberFactory(email="rebond@exemple.fr", paused=True)
    return {
        "sent": DigestFactory(subscriber=zoe, until=now - 7 * DAY, created_at=now - 7 * DAY),
        "empty": DigestFactory(
            subscriber=zoe, until=now, status=DigestStatus.EMPTY, created_at=now
        ),
        "failed": DigestFactory(
            subscriber=bounced, until=now, status=DigestStatus.FAILED, created_at=now
        ),
        "bounce": DeliveryFailureFactory(subscriber=bounced),
        "refused": DeliveryFailureFactory(
            subscriber=None, email="inconnu@exemple.fr", kind=FailureKind.REFUSED
        ),
    }


def listed(client, namespace, **params):
    response = client.get(reverse(f"{namespace}:index"), params)
    assert response.status_code == 200
    return {item.pk for item in response.context["object_list"]}


def test_the_digests_list(facilitator, sends):
    page = facilitator.get(reverse(f"{DIGESTS}:index")).content.decode()
    assert "zoe.aubert@exemple.fr" in page and "rebond@exemple.fr" in page
    assert url(SUBSCRIBERS, "inspect", sends["sent"].subscriber_id) in page
    assert "envoyé" in page and "rien de nouveau" in page and "échec" in page
    assert listed(facilitator, DIGESTS, status="failed") == {sends["failed"].pk}
    today = timezone.localdate().isoformat()
    assert listed(facilitator, DIGESTS, day=today) == {sends["empty"].pk, sends["failed"].pk}
    assert listed(facilitator, DIGESTS, q="zoe.aubert") == {sends["sent"].pk, sends["empty"].pk}
    assert facilitator.get(reverse(f"{DIGESTS}:index"), {"day": "hier"}).status_code == 200


def test_the_failures_list(facilitator, sends):
    page = facilitator.get(reverse(f"{FAILURES}:index")).content.decode()
    assert "rebond@exemple.fr" in page and "inconnu@exemple.fr" in page
    assert "boîte aux lettres inconnue" in page
    assert url(SUBSCRIBERS, "inspect", sends["bounce"].subscriber_id) in page
    assert listed(facilitator, FAILURES, kind="refused") == {sends["refused"].pk}
    assert listed(facilitator, FAILURES, q="rebond") == {sends["bounce"].pk}


def test_the_lists_are_read_only(facilitator, admin_client, sends):
    for client in (facilitator, admin_client):
        for namespace, obj in ((DIGESTS, sends["failed"]), (FAILURES, sends["bounce"])):
            assert client.get(url(namespace, "add")).status_code in (302, 403)
            assert client.get(url(namespace, "edit", obj.pk)).status_code in (302, 403)
            client.post(url(namespace, "delete", obj.pk))
    assert Digest.objects.filter(pk=sends["failed"].pk, status=DigestStatus.FAILED).exists()
    assert DeliveryFailure.objects.filter(pk=sends["bounce"].pk).exists()


def test_the_lists_run_a_fixed_number_of_queries(facilitator, sends, django_assert_max_num_queries):
    for namespace in (DIGESTS, FAILURES):
        facilitator.get(reverse(f"{namespace}:index"))
    budgets = {}
    for namespace in (DIGESTS, FAILURES):
        with django_assert_max_num_queries(20) as few:
            facilitator.get(reverse(f"{namespace}:index"))
        budgets[namespace] = len(few.captured_queries)
    for _n in range(15):
        subscriber = SubscriberFactory()
        DigestFactory(subscriber=subscriber)
        DeliveryFailureFactory(subscriber=subscriber)
    for namespace in (DIGESTS, FAILURES):
        with django_assert_max_num_queries(budgets[namespace]):
            assert facilitator.get(reverse(f"{namespace}:index")).status_code == 200
