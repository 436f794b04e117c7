"""`manage.py record_bounce`: a mail server's bounce (RFC 3464) piped in records the addresses
that failed for good; delays, temporary failures and ordinary mail record nothing; three bounces
in a row pause the address."""

import io
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from alerts import bounces
from alerts.factories import SubscriberFactory
from alerts.models import DeliveryFailure, FailureKind

pytestmark = pytest.mark.django_db

DATA = Path(__file__).parent / "data"
GONE = "parti.depuis.longtemps@mairie-exemple.fr"


def pipe(monkeypatch, data):
    """Runs the command as the mail server's alias does: the message on standard input."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    out = io.StringIO()
    call_command("record_bounce", stdout=out)
    return out.getvalue()


def test_the_permanent_failure_of_a_real_bounce_is_recorded(monkeypatch):
    subscriber = SubscriberFactory(email="Parti.Depuis.Longtemps@mairie-exemple.fr")
    out = pipe(monkeypatch, (DATA / "bounce_permanent.eml").read_bytes())
    (failure,) = DeliveryFailure.objects.all()
    assert (failure.email, failure.kind, failure.subscriber) == (
        GONE,
        FailureKind.BOUNCE,
        subscriber,
    )
    assert failure.detail.startswith("5.1.1 smtp; 550 5.1.1")
    assert "User unknown" in failure.detail
    subscriber.refresh_from_db()
    assert subscriber.failures == 1 and subscriber.paused_at is None
    assert f"Échec définitif enregistré : {GONE} (5.1.1)." in out
    assert "boite.pleine" not in out  # delayed (4.2.2): it may still arrive


def test_the_parser_keeps_only_permanent_failures():
    message = bounces.parse((DATA / "bounce_permanent.eml").read_bytes())
    assert [(b.email, b.status) for b in bounces.failed_recipients(message)] == [(GONE, "5.1.1")]


def test_three_bounces_pause_the_address(monkeypatch):
    subscriber = SubscriberFactory(email=GONE)
    for _ in range(3):
        call_command("record_bounce", str(DATA / "bounce_permanent.eml"), stdout=io.StringIO())
    subscriber.refresh_from_db()
    assert subscriber.failures == 3 and subscriber.paused_at is not None
    assert not subscriber.is_active


def test_a_bounce_for_an_unknown_address_is_kept_for_the_record(monkeypatch):
    pipe(monkeypatch, (DATA / "bounce_permanent.eml").read_bytes())
    assert DeliveryFailure.objects.get().subscriber is None


def test_a_delay_records_nothing(monkeypatch):
    SubscriberFactory(email="lent@mairie-exemple.fr")
    out = pipe(monkeypatch, (DATA / "bounce_delayed.eml").read_bytes())
    assert not DeliveryFailure.objects.exists()
    assert "rien d'enregistré" in out


@pytest.mark.parametrize(
    "data",
    [
        b"From: elu@mairie-exemple.fr\nSubject: Re: vos alertes\n\nMerci pour la lettre !\n",
        b"",
        b"\x00\xff garbage \xfe",
        b"Content-Type: multipart/report; report-type=disposition-notification; boundary=x\n\n"
        b"--x\nContent-Type: message/disposition-notification\n\nFinal-Recipient: rfc822; "
        b"lu@mairie-exemple.fr\nDisposition: manual-action/MDN-sent-manually; displayed\n--x--\n",
    ],
)
def test_other_mail_is_ignored(monkeypatch, data):
    out = pipe(monkeypatch, data)
    assert "ignoré" in out
    assert not DeliveryFailure.objects.exists()
