"""Each delivery's task: sent at most once (claimed before sending), not sent to someone who left
meanwhile, a refused address recorded through a real SMTP server on loopback (aiosmtpd), and a
task backend down that loses nothing (`send_queued_letters`)."""

import logging
from io import StringIO

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.management import call_command
from django_tasks.backends.dummy import DummyBackend

from alerts.models import DeliveryFailure, FailureKind
from letters import sending, tasks
from letters.models import DeliveryStatus, LetterDelivery
from tests.letters.conftest import ago, make_letter, reader
from tests.registrations.smtp_server import HOST, Inbox, free_port, use_smtp

pytestmark = pytest.mark.django_db

REFUSED = "adresse-inconnue@exemple.fr"
DOWN = {"default": {"BACKEND": "tests.letters.test_tasks.DownBackend"}}


class DownBackend(DummyBackend):
    """A task backend whose database or broker does not answer."""

    def enqueue(self, task, args, kwargs):
        raise ConnectionError("task backend unavailable")


class RefusingInbox(Inbox):
    """Refuses one address at RCPT time, as a mail server does for an unknown mailbox."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address == REFUSED:
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"


@pytest.fixture
def letter(tree):
    return make_letter(tree, title="Lettre de mars", body=[("text", "<p>Bonjour.</p>")])


def delivery(letter, subscriber):
    return LetterDelivery.objects.create(letter=letter, subscriber=subscriber)


def test_a_delivery_is_sent_once_however_often_it_is_queued(letter):
    queued = delivery(letter, reader("elue@bais.exemple.fr"))

    tasks.queue([queued.pk, queued.pk])
    tasks.deliver.call(queued.pk)

    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert queued.status == DeliveryStatus.SENT and queued.sent_at is not None


def test_a_delivery_being_sent_elsewhere_is_left_alone(letter):
    taken = delivery(letter, reader("elue@bais.exemple.fr"))
    LetterDelivery.objects.filter(pk=taken.pk).update(status=DeliveryStatus.SENDING)

    assert tasks.deliver.call(taken.pk) is None
    assert not mail.outbox


def test_someone_who_left_after_the_send_was_pressed_gets_nothing(letter):
    subscriber = reader("partie@exemple.fr")
    queued = delivery(letter, subscriber)
    subscriber.unsubscribed_at = ago(minutes=1)
    subscriber.save()

    tasks.deliver.call(queued.pk)

    queued.refresh_from_db()
    assert queued.status == DeliveryStatus.SKIPPED and not mail.outbox


def test_a_refused_address_is_recorded_and_the_others_receive_the_letter(
    letter, settings, django_capture_on_commit_callbacks
):
    inbox = RefusingInbox()
    port = free_port()
    controller = Controller(inbox, hostname=HOST, port=port)
    controller.start()
    use_smtp(settings, port)
    try:
        refused = reader(REFUSED)
        reader("elue@bais.exemple.fr")
        with django_capture_on_commit_callbacks(execute=True):
            assert sending.start(letter) == 2
    finally:
        controller.stop()

    (received,) = inbox.to("elue@bais.exemple.fr")
    assert received["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert (
        received["List-Unsubscribe"]
        .strip()
        .startswith("<http://testserver/alertes/desinscription/")
    )
    statuses = dict(LetterDelivery.objects.values_list("subscriber__email", "status"))
    assert statuses == {REFUSED: DeliveryStatus.FAILED, "elue@bais.exemple.fr": DeliveryStatus.SENT}
    (failure,) = DeliveryFailure.objects.all()
    assert (failure.subscriber, failure.kind) == (refused, FailureKind.REFUSED)
    refused.refresh_from_db()
    assert refused.failures == 1


def test_a_task_backend_down_loses_nothing(letter, settings, caplog):
    queued = delivery(letter, reader("elue@bais.exemple.fr"))
    immediate = settings.TASKS
    settings.TASKS = DOWN
    with caplog.at_level(logging.ERROR, logger="letters.tasks"):
        tasks.queue([queued.pk])
    settings.TASKS = immediate
    queued.refresh_from_db()
    assert queued.status == DeliveryStatus.QUEUED and "was not queued" in caplog.text

    output = StringIO()
    call_command("send_queued_letters", "--dry-run", stdout=output)
    assert not mail.outbox and "1 envoi(s) en attente à remettre en file" in output.getvalue()
    call_command("send_queued_letters", stdout=StringIO())
    queued.refresh_from_db()
    assert queued.status == DeliveryStatus.SENT and len(mail.outbox) == 1
