"""What the alerts' tests share: the site's themes (French, one translated into English), a few
communes in two intercommunalities, the personal data page chosen in the site settings, and how
the public form is filled in and sent."""

import re

import pytest
from django.test import Client
from wagtail.models import Locale

from alerts import tokens
from core.translation import translate
from demo.loaders.legal import choose_in_settings, ensure_legal_pages
from sheets.factories import CommuneFactory, ThemeFactory

SUBSCRIBE_URL = "/alertes/"
SIGNED_LINK = re.compile(r"/alertes/(preferences|desinscription)/([^/\"\s]+)/")


@pytest.fixture
def themes(site):
    energy = ThemeFactory(name="Énergie", slug="energie", sort_order=1)
    water = ThemeFactory(name="Eau", slug="eau", sort_order=2)
    english = Locale.objects.filter(language_code="en").first()
    if english is not None:
        translate(energy, english, {"name": "Energy"})
    return {"energy": energy, "water": water}


@pytest.fixture
def communes(site):
    return {
        "laval": CommuneFactory(name="Laval", postal_code="53000", epci="Laval Agglomération"),
        "evron": CommuneFactory(
            name="Évron", postal_code="53600", epci="Communauté de communes des Coëvrons"
        ),
        "bais": CommuneFactory(
            name="Bais", postal_code="53160", epci="Communauté de communes des Coëvrons"
        ),
    }


@pytest.fixture
def privacy_page(site, home_page):
    pages = ensure_legal_pages(home_page)
    choose_in_settings(site, pages)
    return pages["privacy_page"]


def form_data(**changes):
    """What a visitor sends: an address, every public kind of content, weekly, the letter."""
    data = {
        "email": "camille@exemple.fr",
        "kinds": ["experience", "technical", "event", "aid", "faq"],
        "frequency": "weekly",
        "letter": "on",
        "website": "",
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def subscribe(client=None, url=SUBSCRIBE_URL, **changes):
    return (client or Client()).post(url, form_data(**changes))


def signed_links(text):
    """The signed links of `text`, as {(page, subscriber it names)}: a token carries the second
    it was made, so two tokens of one subscriber differ; what they name is compared."""
    return {
        (page, tokens.subscriber_from_manage(token)) for page, token in SIGNED_LINK.findall(text)
    }
