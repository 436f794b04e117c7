"""The letters' tests: the archive under the home page beside the sections the blocks pull
from (experience and technical sheets, events, aids), two themes, letter readers of each kind,
and staff who may publish letters or only edit them."""

import datetime
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone
from wagtail.models import GroupPagePermission

from aids.factories import AidIndexPageFactory, AidPageFactory, FunderFactory
from alerts.models import Subscriber
from letters.factories import LetterIndexPageFactory, LetterPageFactory
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
from tests.factories import UserFactory
from tests.second_factor import verified_login


def reader(email, language="fr", **fields):
    """A confirmed subscriber who asked for the letter (unless told otherwise)."""
    return Subscriber.objects.create(
        email=email,
        language=language,
        confirmed_at=fields.pop("confirmed_at", timezone.now() - datetime.timedelta(days=3)),
        **fields,
    )


def ago(**delta):
    return timezone.now() - datetime.timedelta(**delta)


def published_on(page, when):
    """`page`, first published `when` (the factories leave the date to Wagtail's publish)."""
    type(page).objects.filter(pk=page.pk).update(first_published_at=when)
    page.first_published_at = when
    return page


def make_sheet(tree, title, published, themes=None):
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences, title=title, commune=tree.bais, themes=themes or [tree.energie]
    )
    return published_on(sheet, published)


@pytest.fixture
def tree(home_page):
    tree = SimpleNamespace(
        home=home_page,
        archive=LetterIndexPageFactory(parent=home_page),
        experiences=ExperienceIndexPageFactory(parent=home_page),
        technical=TechnicalIndexPageFactory(parent=home_page),
        events=EventIndexPageFactory(parent=home_page),
        aids=AidIndexPageFactory(parent=home_page),
        energie=ThemeFactory(name="Énergie", slug="energie"),
        eau=ThemeFactory(name="Économies d'eau", slug="economies-d-eau"),
        bais=CommuneFactory(name="Bais", slug="bais", insee_code="53016", population=1472),
        ademe=FunderFactory(name="Agence de la transition écologique", short_name="ADEME"),
    )
    return tree


@pytest.fixture
def content(tree):
    """Public content of every kind, and one reserved item of each (a view restriction)."""
    tree.chaufferie = make_sheet(tree, "Chaufferie bois de Bais", ago(days=2))
    tree.ecole = make_sheet(tree, "Rénovation de l'école de Bais", ago(days=5))
    tree.jardin = make_sheet(tree, "Jardin partagé de Bais", ago(days=9), themes=[tree.eau])
    tree.guide = published_on(
        TechnicalSheetPageFactory(
            parent=tree.technical, title="Guide de l'éclairage public", themes=[tree.energie]
        ),
        ago(days=3),
    )
    tree.visite = EventPageFactory(
        parent=tree.events,
        title="Visite de la chaufferie",
        host_commune=tree.bais,
        start=timezone.now() + datetime.timedelta(days=10),
        themes=[tree.energie],
    )
    tree.passee = EventPageFactory(
        parent=tree.events,
        title="Rencontre passée",
        host_commune=tree.bais,
        start=timezone.now() - datetime.timedelta(days=10),
        themes=[tree.energie],
    )
    tree.fonds = AidPageFactory(
        parent=tree.aids,
        title="Fonds chaleur",
        funder=tree.ademe,
        themes=[tree.energie],
        closes_on=timezone.localdate() + datetime.timedelta(days=40),
    )
    tree.fermee = AidPageFactory(
        parent=tree.aids,
        title="Appel clos",
        funder=tree.ademe,
        themes=[tree.energie],
        closes_on=timezone.localdate() - datetime.timedelta(days=3),
    )
    reserved = SimpleNamespace(
        sheet=make_sheet(tree, "Fiche réservée aux adhérents", ago(days=1)),
        event=EventPageFactory(
            parent=tree.events,
            title="Rendez-vous réservé aux adhérents",
            host_commune=tree.bais,
            start=timezone.now() + datetime.timedelta(days=5),
        ),
        aid=AidPageFactory(
            parent=tree.aids, title="Aide réservée", funder=tree.ademe, themes=[tree.energie]
        ),
    )
    for page in vars(reserved).values():
        page.view_restrictions.create(restriction_type="login")
    tree.reserved = reserved
    return tree


FULL_BODY = [
    ("heading", "Dans le réseau"),
    ("text", '<p>Bonjour, lisez <a href="https://www.exemple.fr/guide">le guide</a>.</p>'),
    ("latest_sheets", {"heading": "Dernières fiches", "kind": "all", "count": 6, "theme": None}),
    ("coming_events", {"heading": "Prochaines rencontres", "count": 6, "theme": None}),
    ("open_aids", {"heading": "Aides ouvertes", "count": 6, "theme": None}),
]


def make_letter(tree, body=None, publish=True, **fields):
    letter = LetterPageFactory(parent=tree.archive, body=body or FULL_BODY, **fields)
    if publish:
        letter.save_revision().publish()
    else:
        letter.unpublish()
    letter.refresh_from_db()
    return letter


def staff_client(tree, email, permissions):
    """A staff member with `permissions` ("change_page", "publish_page"…) on the archive."""
    user = UserFactory(email=email, is_staff=True)
    group = Group.objects.create(name=f"Lettre {email}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in permissions:
        GroupPagePermission.objects.create(
            group=group, page=tree.archive, permission=Permission.objects.get(codename=codename)
        )
    user.groups.add(group)
    client = Client()
    verified_login(client, user)
    return client, user


@pytest.fixture
def publisher(tree):
    """The facilitator: may add, edit and publish letters."""
    return staff_client(tree, "animatrice@exemple.fr", ["add_page", "change_page", "publish_page"])


@pytest.fixture
def writer(tree):
    """May write letters, not publish nor send them."""
    return staff_client(tree, "redacteur@exemple.fr", ["add_page", "change_page"])
