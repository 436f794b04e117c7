"""The alerts' content: one page of each kind under its list page, on a followed theme
(Énergie) and on another one (Eau), published 12 hours ago; the access matrix's reserved
resource, organisations and question; subscribers built with alerts.factories. And for the
subscription pages: the site's themes (one translated into English), a few communes in two
intercommunalities, the personal data page chosen in the site settings, and how the public form
is filled in and sent."""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.models import Locale

from aids.factories import AidIndexPageFactory, AidPageFactory
from alerts import tokens
from alerts.factories import SubscriberFactory
from alerts.models import ContentKind
from core.translation import translate
from demo.loaders.legal import choose_in_settings, ensure_legal_pages
from faq.factories import FaqEntryPageFactory, FaqIndexPageFactory
from sheets.factories import (
    CommuneFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    TechnicalIndexPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
)

# The people and content of the access matrix (the member area's, and the exchange's question).
from tests.exchange.conftest import asker, question, theme  # noqa: F401 (fixtures)
from tests.members_area.conftest import (  # noqa: F401 (fixtures)
    lapsed_organisation,
    organisation,
    secret_resource,
)

ALL_KINDS = [str(kind) for kind in ContentKind]
PAGE_KINDS = ["experience", "technical", "event", "aid", "faq"]


def ago(**delta):
    return timezone.now() - datetime.timedelta(**delta)


@pytest.fixture
def tree(home_page):
    """The list pages, two themes, two communes of two intercommunalities."""
    return SimpleNamespace(
        home=home_page,
        experiences=ExperienceIndexPageFactory(parent=home_page),
        technical=TechnicalIndexPageFactory(parent=home_page),
        events=EventIndexPageFactory(parent=home_page),
        aids=AidIndexPageFactory(parent=home_page),
        faq=FaqIndexPageFactory(parent=home_page),
        energie=ThemeFactory(name="Énergie", slug="energie"),
        eau=ThemeFactory(name="Économies d'eau", slug="economies-d-eau"),
        bais=CommuneFactory(
            name="Bais", slug="bais", insee_code="53016", epci="Mayenne Communauté"
        ),
        laval=CommuneFactory(
            name="Laval", slug="laval", insee_code="53130", epci="Laval Agglomération"
        ),
    )


def publish(tree, kind, topic, title, *, when=None, commune=None, **fields):
    """A live page of `kind` on the theme `topic`, first published `when` (12 hours ago by
    default)."""
    fields["first_published_at"] = when or ago(hours=12)
    if kind == "experience":
        return ExperienceSheetPageFactory(
            parent=tree.experiences,
            title=title,
            themes=[topic],
            commune=commune or tree.bais,
            **fields,
        )
    if kind == "technical":
        return TechnicalSheetPageFactory(
            parent=tree.technical, title=title, themes=[topic], **fields
        )
    if kind == "event":
        return EventPageFactory(
            parent=tree.events,
            title=title,
            themes=[topic],
            host_commune=commune or tree.bais,
            **fields,
        )
    if kind == "aid":
        return AidPageFactory(parent=tree.aids, title=title, themes=[topic], **fields)
    return FaqEntryPageFactory(parent=tree.faq, title=title, themes=[topic], **fields)


@pytest.fixture
def pages(tree):
    """One page of each kind on each theme: {(kind, theme slug): page}."""
    made = {}
    for kind in PAGE_KINDS:
        for topic in (tree.energie, tree.eau):
            made[kind, topic.slug] = publish(tree, kind, topic, f"{kind} {topic.slug}")
    return made


@pytest.fixture
def subscriber(tree):
    """A visitor following every public kind on Énergie, weekly, confirmed a week ago."""
    return SubscriberFactory(email="camille@exemple.fr", themes=[tree.energie])


def titles(content):
    return {section.kind: [item.title for item in section.items] for section in content.sections}


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
