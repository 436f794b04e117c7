"""End to end through a real SMTP server on loopback (aiosmtpd): the confirmation e-mail a mail
client receives, its link followed then its button pressed; then the same address typed again
on the form brings the manage e-mail, whose RFC 8058 headers unsubscribe in one POST."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from alerts.models import Subscriber
from tests.alerts.conftest import subscribe
from tests.registrations.smtp_server import LoopbackSMTP, use_smtp

pytestmark = pytest.mark.django_db

ADDRESS = "camille@exemple.fr"


@pytest.fixture
def inbox(settings):
    server = LoopbackSMTP()
    use_smtp(settings, server.port)
    yield server.inbox
    server.stop()


def parts(message):
    return {p.get_content_type(): p.get_content() for p in message.walk() if not p.is_multipart()}


def local(url):
    return url.removeprefix("http://testserver")


def test_subscribe_confirm_then_unsubscribe_in_one_click(
    site, inbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(email=ADDRESS).status_code == 200
    (confirmation,) = inbox.to(ADDRESS)
    assert (
        str(confirmation["Subject"]).strip() == "Confirmez votre inscription aux alertes du réseau"
    )
    assert "List-Unsubscribe" not in confirmation
    body = parts(confirmation)
    link = re.search(r"http://testserver/alertes/confirmer/\S+/", body["text/plain"]).group(0)
    assert f'href="{link}"' in body["text/html"]

    assert Client().get(local(link)).status_code == 200  # a mail scanner
    assert not Subscriber.objects.receiving().exists()
    assert Client().post(local(link)).status_code == 200  # the button
    assert Subscriber.objects.receiving().get().email == ADDRESS

    cache.clear()  # later than the pause between two e-mails to one address
    with django_capture_on_commit_callbacks(execute=True):
        assert subscribe(email=ADDRESS).status_code == 200
    manage = inbox.to(ADDRESS)[-1]
    assert manage["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = re.fullmatch(
        r"<(http://testserver/alertes/desinscription/\S+/)>",
        str(manage["List-Unsubscribe"]).strip(),
    )
    assert header.group(1) in parts(manage)["text/plain"]
    one_click = Client(enforce_csrf_checks=True).post(
        local(header.group(1)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert one_click.status_code == 200
    assert not Subscriber.objects.receiving().exists()
