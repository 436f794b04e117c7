"""The people of the introductions' tests: a sheet whose contact has a member account, the
member who asks, another member, and a client for each kind of user."""

import pytest
from django.test import Client

from introductions import actions
from introductions.models import Purpose
from sheets.factories import CommuneFactory, ExperienceIndexPageFactory, ExperienceSheetPageFactory
from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory

CONTACT_EMAIL = "claire.xenon@mairie-bais.exemple.fr"
SHEET_PHONE = "02 43 98 76 54"
SHARED_PHONE = "06 12 34 56 78"
MESSAGE = "Nous voulons voir la chaufferie Xénon avant de lancer notre propre étude."
KINDS = ["anonymous", "non_member", "lapsed", "other_member", "requester", "contact", "staff"]


def client_of(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    client.user = user
    return client


def build_sheet(root_page):
    """The sheet whose contact is a member, in its index page under `root_page`."""
    index = ExperienceIndexPageFactory(parent=root_page)
    return ExperienceSheetPageFactory(
        parent=index,
        title="Chaufferie bois Xénon",
        slug="chaufferie-xenon",
        commune=CommuneFactory(name="Bais", slug="bais"),
        contact_name="Claire Xénon",
        contact_email=CONTACT_EMAIL.upper(),  # matched whatever the case
        contact_phone=SHEET_PHONE,
    )


def build_contact():
    organisation = MemberOrganisationFactory(name="Commune de Bais")
    return MemberFactory(
        organisation=organisation, email=CONTACT_EMAIL, first_name="Claire", last_name="Xénon"
    )


def build_requester():
    organisation = MemberOrganisationFactory(name="Commune de Quelaines")
    return MemberFactory(organisation=organisation, email="demandeur@exemple.fr", first_name="Paul")


def build_staff():
    return UserFactory(email="animation@exemple.fr", is_staff=True, first_name="Anne")


def build_users(requester, contact, staff):
    """A user of each kind: for a module's world too (tests/module_world.py)."""
    lapsed = MemberOrganisationFactory(name="Commune de Renazé", lapsed=True)
    return {
        "anonymous": None,
        "non_member": UserFactory(email="curieux@exemple.fr"),
        "lapsed": MemberFactory(organisation=lapsed, email="echu@exemple.fr"),
        "other_member": MemberFactory(email="autre@exemple.fr"),
        "requester": requester,
        "contact": contact,
        "staff": staff,
    }


@pytest.fixture
def sheet(site):
    return build_sheet(site.root_page)


@pytest.fixture
def contact(site):
    return build_contact()


@pytest.fixture
def requester(site):
    return build_requester()


@pytest.fixture
def staff(site):
    return build_staff()


@pytest.fixture
def users(site, requester, contact, staff):
    return build_users(requester, contact, staff)


@pytest.fixture
def intro(sheet, requester, contact, staff):
    """A pending request from `requester` to `contact` (the facilitator exists to be told)."""
    return actions.create_request(requester, sheet, purpose=Purpose.VISIT, message=MESSAGE)
