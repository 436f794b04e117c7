"""/.well-known/security.txt follows RFC 9116: a contact, an expiry less than a year ahead, the
preferred languages and its canonical address, as text/plain."""

import datetime

import pytest
from django.test import Client

from reseau.models import NetworkSettings

URL = "/.well-known/security.txt"


def fields(response):
    return dict(line.split(": ", 1) for line in response.content.decode().splitlines())


def test_security_txt_has_the_required_fields(site, settings):
    settings.SECURITY_CONTACT = "securite@synergies53.fr"
    settings.SECURITY_TXT_EXPIRES = ""
    response = Client().get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    data = fields(response)
    assert data["Contact"] == "mailto:securite@synergies53.fr"
    assert data["Preferred-Languages"] == "fr, en"
    assert data["Canonical"] == "http://testserver/.well-known/security.txt"
    expires = datetime.datetime.fromisoformat(data["Expires"])
    ahead = expires - datetime.datetime.now(datetime.UTC)
    assert datetime.timedelta(days=300) < ahead < datetime.timedelta(days=365)


def test_expiry_and_contact_url_from_the_settings(site, settings):
    settings.SECURITY_CONTACT = "https://synergies53.fr/securite"
    settings.SECURITY_TXT_EXPIRES = "2027-06-30"
    data = fields(Client().get(URL))
    assert data["Contact"] == "https://synergies53.fr/securite"
    assert data["Expires"] == "2027-06-30T00:00:00Z"


def test_without_a_security_contact_the_network_address_is_used(site, settings):
    settings.SECURITY_CONTACT = ""
    network = NetworkSettings.for_site(site)
    network.email = "maude.laurent@synergies53.fr"
    network.save()
    assert fields(Client().get(URL))["Contact"] == "mailto:maude.laurent@synergies53.fr"


@pytest.mark.parametrize("method", ["post", "put"])
def test_security_txt_is_read_only(site, method):
    assert getattr(Client(), method)(URL).status_code == 405
