"""`manage.py send_digests`: cron's entry point. `--dry-run` says who would receive how many
items of each kind and creates and sends nothing; a run ends with a summary line."""

import io

import pytest
from django.core import mail
from django.core.management import call_command

from alerts.factories import SubscriberFactory
from alerts.models import Digest, Subscriber

from .conftest import ago, publish

pytestmark = pytest.mark.django_db


def run(*args):
    out = io.StringIO()
    call_command("send_digests", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def subscribers(tree):
    publish(tree, "technical", tree.energie, "Réussir sa chaufferie bois")
    publish(tree, "aid", tree.energie, "Aide aux chaufferies")
    publish(tree, "aid", tree.energie, "Prêt vert")
    return [
        SubscriberFactory(
            email="energie@exemple.fr", themes=[tree.energie], confirmed_at=ago(days=8)
        ),
        SubscriberFactory(email="eau@exemple.fr", themes=[tree.eau], confirmed_at=ago(days=8)),
        SubscriberFactory(email="recent@exemple.fr", confirmed_at=ago(days=2)),  # not due
    ]


def test_dry_run_says_who_would_receive_what_and_does_nothing(subscribers):
    out = run("--dry-run")
    assert "energie@exemple.fr : 3 (fiches techniques : 1, aides et accompagnements : 2)" in out
    lines = out.splitlines()
    assert not [line for line in lines if line.startswith(("eau@", "recent@"))]
    assert out.strip().endswith(
        "[simulation] Envois dus : 2 ; à envoyer : 1 ; rien de nouveau : 1."
    )
    assert not Digest.objects.exists() and mail.outbox == []
    assert not Subscriber.objects.filter(digest_until__isnull=False).exists()


def test_a_run_and_a_second_one(subscribers):
    assert run().strip() == (
        "Envois mis en file : 2 ; envoyés : 1 ; rien de nouveau : 1 ; en échec : 0 ; "
        "en attente : 0."
    )
    assert [m.to for m in mail.outbox] == [["energie@exemple.fr"]]
    assert run().strip() == (
        "Envois mis en file : 0 ; envoyés : 0 ; rien de nouveau : 0 ; en échec : 0 ; "
        "en attente : 0."
    )
    assert len(mail.outbox) == 1
