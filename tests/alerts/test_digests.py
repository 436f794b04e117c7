"""Planning and sending digests: one digest per window whatever the number of runs, the
frequencies, a claimed digest never sent again, a mail server down that loses nothing, an empty
digest that sends nothing, and the e-mail itself (headers, Message-ID, language)."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.utils import timezone

from alerts import digest_emails, digest_sending, digests
from alerts.factories import DigestFactory, SubscriberFactory
from alerts.models import DeliveryFailure, Digest, DigestStatus, FailureKind, Frequency, Subscriber
from tests.registrations.smtp_server import free_port, use_smtp

from .conftest import ago, publish

pytestmark = pytest.mark.django_db

PARIS = zoneinfo.ZoneInfo("Europe/Paris")


@pytest.fixture
def weekly(tree):
    """Confirmed eight days ago, weekly, on Énergie: due now."""
    return SubscriberFactory(
        email="hebdo@exemple.fr", themes=[tree.energie], confirmed_at=ago(days=8)
    )


@pytest.fixture
def news(tree):
    return publish(tree, "technical", tree.energie, "Réussir sa chaufferie bois")


def test_planning_twice_plans_one_digest_and_sends_one_email(weekly, news):
    digests.send_due()
    digests.send_due()
    (digest,) = Digest.objects.all()
    assert (digest.status, digest.items) == (DigestStatus.SENT, 1)
    assert digest.since == weekly.confirmed_at
    weekly.refresh_from_db()
    assert weekly.digest_until == digest.until
    (sent,) = mail.outbox
    assert sent.to == ["hebdo@exemple.fr"]
    assert "Réussir sa chaufferie bois" in sent.body


def test_two_runs_at_the_same_instant_plan_one_digest(tree, news):
    SubscriberFactory(frequency=Frequency.IMMEDIATE, confirmed_at=ago(hours=13))
    now = timezone.now()
    digests.send_due(now)
    digests.send_due(now)
    assert Digest.objects.count() == 1 and len(mail.outbox) == 1


def test_an_immediate_subscriber_gets_no_new_digest_until_something_appears(tree, news):
    SubscriberFactory(frequency=Frequency.IMMEDIATE, confirmed_at=ago(hours=13))
    digests.send_due()
    digests.send_due()
    assert Digest.objects.count() == 1 and len(mail.outbox) == 1


def test_immediate_subscribers_get_each_run_contiguous_windows(tree):
    subscriber = SubscriberFactory(frequency=Frequency.IMMEDIATE, confirmed_at=ago(days=1))
    publish(tree, "faq", tree.energie, "Première", when=ago(hours=20))
    first = ago(hours=10)
    digests.send_due(first)
    publish(tree, "faq", tree.energie, "Seconde", when=ago(hours=5))
    digests.send_due()
    older, newer = Digest.objects.order_by("until")
    assert (older.since, older.until, newer.since) == (subscriber.confirmed_at, first, first)
    assert [m.body.count("Première") for m in mail.outbox] == [1, 0]
    assert [m.body.count("Seconde") for m in mail.outbox] == [0, 1]


def at(year, month, day, hour=7):
    return datetime.datetime(year, month, day, hour, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("frequency", "last", "now", "due"),
    [
        (Frequency.IMMEDIATE, at(2026, 3, 2), at(2026, 3, 2, 8), True),
        (Frequency.WEEKLY, at(2026, 3, 2), at(2026, 3, 8), False),
        (Frequency.WEEKLY, at(2026, 3, 2), at(2026, 3, 9, 6) + datetime.timedelta(minutes=5), True),
        (Frequency.WEEKLY, at(2026, 3, 2), at(2026, 3, 9), True),
        (Frequency.MONTHLY, at(2026, 1, 31), at(2026, 2, 27), False),
        (Frequency.MONTHLY, at(2026, 1, 31), at(2026, 2, 28), True),
        (Frequency.MONTHLY, at(2026, 3, 15), at(2026, 4, 14), False),
        (Frequency.MONTHLY, at(2026, 3, 15), at(2026, 4, 15), True),
        (Frequency.MONTHLY, at(2026, 12, 10), at(2027, 1, 10), True),
    ],
)
def test_frequencies(frequency, last, now, due):
    subscriber = Subscriber(frequency=frequency, confirmed_at=last - datetime.timedelta(days=90))
    subscriber.digest_until = last
    assert digests.is_due(subscriber, now) is due


def test_a_first_weekly_digest_waits_a_week_after_confirmation(tree, news):
    SubscriberFactory(confirmed_at=ago(days=5))
    assert digests.send_due() == [] and not Digest.objects.exists()


def test_paused_unsubscribed_and_unconfirmed_addresses_get_nothing(tree, news):
    SubscriberFactory(confirmed_at=ago(days=8), paused_at=ago(days=1))
    SubscriberFactory(confirmed_at=ago(days=8), unsubscribed_at=ago(days=1))
    SubscriberFactory(confirmed_at=None)
    assert digests.send_due() == [] and mail.outbox == []


def test_a_claimed_digest_is_never_sent_again(weekly, news):
    digest = digests.plan(weekly, timezone.now())
    assert digest_sending.deliver(digest.pk) == DigestStatus.SENT
    assert digest_sending.deliver(digest.pk) == digest_sending.CLAIMED_ELSEWHERE
    assert len(mail.outbox) == 1


def test_a_digest_left_sending_by_a_dead_worker_is_not_retried(weekly, news):
    digest = digests.plan(weekly, timezone.now())
    Digest.objects.filter(pk=digest.pk).update(status=DigestStatus.SENDING, created_at=ago(days=1))
    digests.send_due()
    assert digest_sending.deliver(digest.pk) == digest_sending.CLAIMED_ELSEWHERE
    assert mail.outbox == []
    assert Digest.objects.get(pk=digest.pk).status == DigestStatus.SENDING


def test_a_digest_whose_task_was_lost_is_queued_again_and_sent_once(weekly, news):
    digest = digests.plan(weekly, ago(minutes=90))  # planned; its task never ran
    Digest.objects.filter(pk=digest.pk).update(created_at=ago(minutes=90))
    digests.send_due()
    digests.send_due()
    assert Digest.objects.get(pk=digest.pk).status == DigestStatus.SENT
    assert len(mail.outbox) == 1


def test_a_mail_server_down_leaves_the_window_for_the_next_run(weekly, news, settings):
    use_smtp(settings, free_port())  # nothing listens there
    settings.EMAIL_TIMEOUT = 1
    digests.send_due(ago(minutes=30))
    (failed,) = Digest.objects.all()
    assert failed.status == DigestStatus.FAILED
    weekly.refresh_from_db()
    assert weekly.digest_until == failed.since  # the window given back
    assert weekly.failures == 0  # a server down counts against no address
    assert DeliveryFailure.objects.get().kind == FailureKind.UNAVAILABLE

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    digests.send_due()
    retried = Digest.objects.exclude(pk=failed.pk).get()
    assert (retried.status, retried.since) == (DigestStatus.SENT, failed.since)
    (sent,) = mail.outbox
    assert "Réussir sa chaufferie bois" in sent.body


def test_a_failed_window_widens_a_digest_planned_meanwhile(weekly, news, settings):
    failed = digests.plan(weekly, ago(hours=2))
    weekly.refresh_from_db()
    weekly.digest_until = weekly.digest_until - datetime.timedelta(days=8)  # due again
    Subscriber.objects.filter(pk=weekly.pk).update(digest_until=failed.until)
    later = Digest.objects.create(subscriber=weekly, since=failed.until, until=ago(hours=1))
    Subscriber.objects.filter(pk=weekly.pk).update(digest_until=later.until)
    use_smtp(settings, free_port())
    settings.EMAIL_TIMEOUT = 1
    assert digest_sending.deliver(failed.pk) == DigestStatus.FAILED
    later.refresh_from_db()
    assert later.since == failed.since


def test_a_refused_address_keeps_its_window_and_counts_towards_a_pause(weekly, news, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise digest_sending.mailing.smtplib.SMTPRecipientsRefused({"hebdo@exemple.fr": (550, b"")})

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    digests.send_due()
    digest = Digest.objects.get()
    weekly.refresh_from_db()
    assert digest.status == DigestStatus.FAILED
    assert (weekly.digest_until, weekly.failures) == (digest.until, 1)


def test_nothing_new_for_them_sends_nothing(weekly, tree):
    publish(tree, "faq", tree.eau, "Sur un thème qu'il ne suit pas")
    digests.send_due()
    digest = Digest.objects.get()
    assert (digest.status, digest.items, digest.sent_at) == (DigestStatus.EMPTY, 0, None)
    assert mail.outbox == []
    weekly.refresh_from_db()
    assert weekly.digest_until == digest.until


def test_nothing_published_at_all_plans_nothing_and_keeps_the_window_open(tree):
    subscriber = SubscriberFactory(frequency=Frequency.IMMEDIATE, confirmed_at=ago(days=2))
    publish(tree, "faq", tree.energie, "Avant l'abonnement", when=ago(days=3))
    assert digests.send_due() == [] and not Digest.objects.exists()
    subscriber.refresh_from_db()
    assert subscriber.digest_until is None
    publish(tree, "faq", tree.energie, "Enfin du nouveau", when=ago(hours=1))
    digests.send_due()
    assert Digest.objects.get().since == subscriber.confirmed_at
    assert "Enfin du nouveau" in mail.outbox[0].body


def test_an_address_unsubscribed_after_planning_gets_nothing(weekly, news):
    digest = digests.plan(weekly, timezone.now())
    Subscriber.objects.filter(pk=weekly.pk).update(unsubscribed_at=timezone.now())
    assert digest_sending.deliver(digest.pk) == DigestStatus.EMPTY
    assert mail.outbox == []


def test_the_email(weekly, news, tree):
    publish(tree, "experience", tree.energie, "Chaufferie de Bais")
    digests.send_due()
    digest = Digest.objects.get()
    (sent,) = mail.outbox
    message = sent.message()
    assert sent.subject == (
        "2 nouveautés sur les sujets que vous suivez – Réseau des collectivités mayennaises"
    )
    assert message["Message-ID"] == digest_emails.message_id(digest)
    assert message["Message-ID"] == f"<alerts.digest.{digest.pk}.{weekly.uid.hex}@testserver>"
    assert message["List-Unsubscribe"].startswith("<http://testserver/alertes/desinscription/")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    html = sent.alternatives[0][0]
    assert sent.alternatives[0][1] == "text/html"
    assert '<html lang="fr">' in html
    for body in (sent.body, html):
        assert "Fiches techniques (1)" in body and "Fiches expérience (1)" in body
        assert news.get_full_url() in body
        assert "Bais · Énergie · publié le" in body
        assert "/alertes/preferences/" in body and "/alertes/desinscription/" in body
    assert "<img" not in html and "<link" not in html and "<script" not in html


def test_the_email_in_english(weekly, news):
    Subscriber.objects.filter(pk=weekly.pk).update(language="en")
    digests.send_due()
    (sent,) = mail.outbox
    assert sent.subject.startswith("1 new item on the subjects you follow")
    assert "Technical sheets (1)" in sent.body
    assert "Manage my alerts" in sent.body and "/en/alertes/desinscription/" in sent.body
    assert '<html lang="en">' in sent.alternatives[0][0]
    assert "published on" in sent.body


def test_the_message_id_is_the_same_for_the_same_digest(weekly):
    digest = DigestFactory(subscriber=weekly)
    assert digest_emails.message_id(digest) == digest_emails.message_id(
        Digest.objects.get(pk=digest.pk)
    )
    assert digest_emails.message_id(digest) != digest_emails.message_id(
        DigestFactory(subscriber=weekly, until=ago(days=1))
    )
