"""How long the alerts keep an address (purge_alerts, daily): a visitor's subscription never
confirmed goes once its link has expired plus a margin, an unsubscribed address after 30 days,
a failed send after a year; members' and confirmed subscriptions stay. The delays are settings."""

import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from alerts import conf, retention
from alerts.factories import DeliveryFailureFactory, DigestFactory, SubscriberFactory
from alerts.models import DeliveryFailure, Digest, Subscriber
from demo.loaders.data import read

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def ago(days):
    return timezone.now() - days * DAY


@pytest.fixture
def subscribers(db):
    """By the defaults: confirmation 7 days + margin 7 days; unsubscribed 30 days."""
    return {
        "unconfirmed_old": SubscriberFactory(unconfirmed=True, created_at=ago(15)),
        "unconfirmed_recent": SubscriberFactory(unconfirmed=True, created_at=ago(13)),
        "member_unconfirmed": SubscriberFactory(member=True, unconfirmed=True, created_at=ago(60)),
        "confirmed_old": SubscriberFactory(created_at=ago(400), confirmed_at=ago(400)),
        "left_long_ago": SubscriberFactory(unsubscribed_at=ago(31)),
        "left_recently": SubscriberFactory(unsubscribed_at=ago(29)),
    }


def remaining():
    return set(Subscriber.objects.values_list("email", flat=True))


def test_purge_deletes_what_is_past_its_time(subscribers):
    keep = subscribers["confirmed_old"]
    old = DeliveryFailureFactory(subscriber=keep, occurred_at=ago(366))
    recent = DeliveryFailureFactory(subscriber=keep, occurred_at=ago(300))
    orphan = DeliveryFailureFactory(subscriber=None, email="x@exemple.fr", occurred_at=ago(400))
    DigestFactory(subscriber=subscribers["left_long_ago"])
    purged = retention.purge()
    assert (purged.unconfirmed, purged.unsubscribed, purged.failures) == (1, 1, 2)
    gone = {subscribers[k].email for k in ("unconfirmed_old", "left_long_ago")}
    assert remaining() == {s.email for s in subscribers.values()} - gone
    assert set(DeliveryFailure.objects.values_list("pk", flat=True)) == {recent.pk}
    assert not DeliveryFailure.objects.filter(pk__in=[old.pk, orphan.pk]).exists()
    assert not Digest.objects.exists()


def test_a_dry_run_deletes_nothing(subscribers):
    before = remaining()
    out = StringIO()
    call_command("purge_alerts", "--dry-run", stdout=out)
    assert remaining() == before
    assert "[simulation] Abonnements jamais confirmés supprimés : 1." in out.getvalue()


def test_the_command_reports_what_it_deleted(subscribers):
    out = StringIO()
    call_command("purge_alerts", stdout=out)
    assert "Abonnements jamais confirmés supprimés : 1." in out.getvalue()
    assert "Adresses désinscrites supprimées : 1." in out.getvalue()
    out = StringIO()
    call_command("purge_alerts", stdout=out)  # a second run finds nothing more
    assert "supprimés : 0. Adresses désinscrites supprimées : 0." in out.getvalue()


def test_the_delays_are_settings(subscribers, settings):
    settings.ALERTS_UNCONFIRMED_MARGIN_DAYS = 5
    settings.ALERTS_UNSUBSCRIBED_RETENTION_DAYS = 10
    retention.purge()
    assert remaining() == {subscribers[k].email for k in ("member_unconfirmed", "confirmed_old")}


def test_the_personal_data_page_says_the_same_delays():
    (page,) = [page for page in read("legal_pages") if page["setting"] == "privacy_page"]
    french = " ".join(page["body"].split())
    english = " ".join(page["en"]["body"].split())
    unconfirmed = conf.get("ALERTS_CONFIRMATION_DAYS") + conf.get("ALERTS_UNCONFIRMED_MARGIN_DAYS")
    assert f"supprimée {unconfirmed} jours après" in french
    assert f"deleted after {unconfirmed} days" in english
    assert f"le lien de confirmation vaut {conf.get('ALERTS_CONFIRMATION_DAYS')} jours" in french
    unsubscribed = conf.get("ALERTS_UNSUBSCRIBED_RETENTION_DAYS")
    assert f"désinscrite, {unsubscribed} jours après" in french
    assert f"address {unsubscribed} days after it left" in english
    assert conf.get("ALERTS_FAILURE_RETENTION_DAYS") == 365
    assert "un envoi en échec, au bout d'un an" in french
    assert "a failed send after one year" in english
