"""The people of the directory's tests: the member area's user kinds (tests/members_area/
conftest.py), and "the person", a member of another commune whose every detail is a secret
that only their consent may show."""

import pytest
from django.test import Client

from directory.factories import DirectoryEntryFactory
from members_area.models import MemberRole
from sheets.factories import CommuneFactory, ThemeFactory
from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory
from tests.members_area.conftest import (  # noqa: F401 (fixtures)
    ACTIVE_MEMBERS,
    USER_KINDS,
    client_for,
    lapsed_organisation,
    organisation,
    secret_resource,
)

DIRECTORY_URL = "/adherents/annuaire/"
MY_ENTRY_URL = "/adherents/annuaire/ma-fiche/"
# The kinds of user of the access matrix (the resource grants of the member area's matrix make
# no difference here: an active member is an active member).
KINDS = ["anonymous", "non_member", "lapsed_member", "member_without_grant", "staff"]
ALLOWED = {"member_without_grant", "staff"}

PERSON_NAME = "Philibert Xanadu"
PERSON_EMAIL = "philibert.xanadu@zorglub.fr"
PERSON_PHONE = "02 43 98 76 54"
PERSON_FUNCTION = "Adjoint aux quintessences"
PERSON_ORGANISATION = "Commune de Zéphyrville"
PERSON_COMMUNE = "Zéphyrville"
PERSON_EPCI = "Communauté Zorglub"
PERSON_THEME = "Géothermie quantique"
PERSON_HELP = "Je raconte notre forage xylophone"
# Each field's secret values, as they could appear in a page (any of them is a leak).
SECRETS = {
    "role": [PERSON_FUNCTION, "Élu·e"],
    "commune": [PERSON_ORGANISATION, PERSON_COMMUNE, PERSON_EPCI, "zephyrville"],
    "themes": [PERSON_THEME, "geothermie-quantique", PERSON_HELP],
    "email": [PERSON_EMAIL, "philibert.xanadu"],
    "phone": [PERSON_PHONE, "0243987654", "+33243987654", "98 76 54"],
}
CHOICE = {
    "role": "show_role",
    "commune": "show_commune",
    "themes": "show_themes",
    "email": "show_email",
    "phone": "show_phone",
}


def client_of(user):
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def person_theme(site):
    return ThemeFactory(name=PERSON_THEME, slug="geothermie-quantique")


@pytest.fixture
def person(site, person_theme):
    """A member who has every detail filled in, everything hidden but their name."""
    commune = CommuneFactory(name=PERSON_COMMUNE, slug="zephyrville", epci=PERSON_EPCI)
    person_organisation = MemberOrganisationFactory(name=PERSON_ORGANISATION, commune=commune)
    first_name, last_name = PERSON_NAME.split()
    user = MemberFactory(
        organisation=person_organisation,
        role=MemberRole.ELECTED,
        function=PERSON_FUNCTION,
        email=PERSON_EMAIL,
        first_name=first_name,
        last_name=last_name,
    )
    DirectoryEntryFactory(
        user=user,
        show_role=False,
        show_commune=False,
        show_themes=False,
        show_email=False,
        show_phone=False,
        phone=PERSON_PHONE,
        can_help_with=PERSON_HELP,
        themes=[person_theme],
    )
    return user


def show(person, field, shown=True):
    entry = person.directory_entry
    setattr(entry, CHOICE[field], shown)
    entry.save()


@pytest.fixture
def member(site, organisation):  # noqa: F811 (the fixture imported above)
    return MemberFactory(
        organisation=organisation, email="membre@exemple.fr", first_name="Maëlle", last_name="Abel"
    )


@pytest.fixture
def member_client(member):
    return client_of(member)


@pytest.fixture
def staff_client(site):
    return client_of(UserFactory(email="animation@exemple.fr", is_staff=True))


@pytest.fixture
def theme_energie(site):
    return ThemeFactory(name="Énergie", slug="energie")
