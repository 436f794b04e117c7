"""End to end through a real SMTP server on loopback (aiosmtpd, tests/registrations/
smtp_server.py): a visitor subscribes on the public form and confirms from the e-mail that
arrives, a member with a grant chooses their alerts on their page, both following one theme;
content is then published on it and on another theme, with a reserved document; `send_digests`
runs twice; what the mail clients receive is read back: the right items, nothing reserved for
the visitor, the one-click unsubscribe headers, and the header's URL unsubscribes."""

import re
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from alerts.models import Digest, Frequency, Subscriber
from members_area import access
from tests.factories import MemberFactory, MemberOrganisationFactory, ResourceFactory
from tests.registrations.smtp_server import LoopbackSMTP, use_smtp

from .conftest import ALL_KINDS, PAGE_KINDS, publish

pytestmark = pytest.mark.django_db

VISITOR = "camille.visiteuse@exemple.fr"
MEMBER = "elue@mairie-bais.exemple.fr"
RESERVED = "Cahier des charges réservé de la chaufferie de Bais"


@pytest.fixture
def inbox(settings):
    server = LoopbackSMTP()
    use_smtp(settings, server.port)
    yield server.inbox
    server.stop()


@pytest.fixture
def organisation():
    return MemberOrganisationFactory(name="Commune de Bais")


@pytest.fixture
def subscribers(tree, inbox, organisation, django_capture_on_commit_callbacks):
    """The visitor subscribes and confirms through the pages (the e-mail leaves once the
    subscription is saved); the member chooses on their page."""
    visitor = Client()
    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(
            "/alertes/",
            {
                "email": VISITOR,
                "themes": [tree.energie.pk],
                "kinds": PAGE_KINDS,
                "frequency": Frequency.IMMEDIATE,
                "website": "",
            },
        )
    assert response.status_code == 200
    (confirmation,) = inbox.to(VISITOR)
    link = re.search(
        r"/alertes/confirmer/[^/\s]+/", confirmation.get_body(("plain",)).get_content()
    )
    assert visitor.get(link.group(0)).status_code == 200  # the page with the button
    assert Subscriber.objects.get(email=VISITOR).confirmed_at is None  # opening confirms nothing
    assert visitor.post(link.group(0)).status_code == 200
    assert Subscriber.objects.get(email=VISITOR).confirmed_at is not None

    member = Client()
    member.force_login(MemberFactory(organisation=organisation, email=MEMBER))
    response = member.post(
        "/alertes/mes-alertes/",
        {"themes": [tree.energie.pk], "kinds": ALL_KINDS, "frequency": Frequency.IMMEDIATE},
    )
    assert response.status_code in (200, 302)
    assert Subscriber.objects.get(email=MEMBER).is_active
    inbox.received.clear()  # from here on, only the digests
    return visitor, member


@pytest.fixture
def published(tree, subscribers, organisation):
    """After they subscribed: two sheets and an event on the followed theme, one sheet on the
    other, a reserved document on the followed theme that the member's organisation may open."""
    now = timezone.now()
    publish(tree, "experience", tree.energie, "Chaufferie bois de Bais", when=now)
    publish(tree, "technical", tree.energie, "Dimensionner une chaufferie", when=now)
    publish(tree, "event", tree.energie, "Visite de la chaufferie de Bais", when=now)
    publish(tree, "experience", tree.eau, "Récupérer l'eau de pluie à Laval", when=now)
    resource = ResourceFactory(title=RESERVED, themes=[tree.energie])
    access.grant(resource, organisation.group)
    return resource


def header(message, name):
    """A header as a mail client reads it (a long one is folded onto the next line)."""
    return str(message[name]).strip()


def send_digests_twice():
    call_command("send_digests")
    call_command("send_digests")


def test_what_arrives_after_two_runs(inbox, published):
    send_digests_twice()
    assert len(inbox.received) == 2
    assert Digest.objects.count() == 2  # the second run found nothing new: nothing planned

    (to_visitor,) = inbox.to(VISITOR)  # the second run found nothing new: no second e-mail
    text = to_visitor.get_body(("plain",)).get_content()
    html = to_visitor.get_body(("html",)).get_content()
    for body in (text, html):
        assert "Chaufferie bois de Bais" in body
        assert "Dimensionner une chaufferie" in body
        assert "Visite de la chaufferie de Bais" in body
        assert "Récupérer l'eau de pluie" not in body and "Récupérer l&#x27;eau" not in body
        assert RESERVED not in body
    assert header(to_visitor, "Subject").startswith("3 nouveautés")
    assert header(to_visitor, "List-Unsubscribe").startswith("<http://testserver/alertes/")
    assert header(to_visitor, "List-Unsubscribe-Post") == "List-Unsubscribe=One-Click"
    assert header(to_visitor, "Message-ID").startswith("<alerts.digest.")
    unsubscribe = header(to_visitor, "List-Unsubscribe").strip("<>")
    assert unsubscribe in text and unsubscribe in html  # the visible link too

    (to_member,) = inbox.to(MEMBER)
    member_text = to_member.get_body(("plain",)).get_content()
    assert RESERVED in member_text and "Chaufferie bois de Bais" in member_text
    assert header(to_member, "Message-ID") != header(to_visitor, "Message-ID")


def test_the_header_url_unsubscribes_in_one_click(inbox, published):
    send_digests_twice()
    (received,) = inbox.to(VISITOR)
    url = urlsplit(header(received, "List-Unsubscribe").strip("<>"))
    response = Client().post(
        url.path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 204)
    assert Subscriber.objects.get(email=VISITOR).unsubscribed_at is not None
