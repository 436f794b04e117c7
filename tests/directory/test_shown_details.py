"""directory.consents.shown_details, the API other plugins use: only what the person lets an
active member see, field by field; nothing for anyone else."""

import pytest
from django.contrib.auth.models import AnonymousUser

from directory.consents import shown_details
from directory.models import DirectoryEntry
from tests.directory.conftest import (
    PERSON_COMMUNE,
    PERSON_EMAIL,
    PERSON_FUNCTION,
    PERSON_HELP,
    PERSON_ORGANISATION,
    PERSON_PHONE,
    PERSON_THEME,
    show,
)
from tests.factories import MemberFactory, UserFactory

pytestmark = pytest.mark.django_db

EXPECTED = {
    "role": {"role": "Élu·e", "function": PERSON_FUNCTION},
    "commune": {"organisation": PERSON_ORGANISATION, "commune": PERSON_COMMUNE},
    "themes": {"themes": [PERSON_THEME], "help_text": PERSON_HELP},
    "email": {"email": PERSON_EMAIL},
    "phone": {"phone": PERSON_PHONE},
}


def test_everything_hidden_gives_nothing(person, member):
    assert shown_details(person, member) == {}


@pytest.mark.parametrize("field", list(EXPECTED))
def test_each_field_alone(person, member, field):
    show(person, field)
    assert shown_details(person, member) == EXPECTED[field]
    show(person, field, False)
    assert shown_details(person, member) == {}


def test_everything_shown(person, member):
    for field in EXPECTED:
        show(person, field)
    expected = {key: value for values in EXPECTED.values() for key, value in values.items()}
    assert shown_details(person, member) == expected
    assert set(expected) == {
        "role",
        "function",
        "organisation",
        "commune",
        "themes",
        "help_text",
        "email",
        "phone",
    }


def test_without_an_entry_the_defaults_apply(member, organisation):
    """Name, role and commune shown; nothing else, and no entry is created by reading."""
    other = MemberFactory(organisation=organisation, function="Secrétaire de mairie")
    assert shown_details(other, member) == {
        "role": "Technicien·ne",
        "function": "Secrétaire de mairie",
        "organisation": organisation.name,
    }
    assert not DirectoryEntry.objects.filter(user=other).exists()


def test_staff_see_what_members_see(person):
    show(person, "email")
    staff = UserFactory(email="equipe@exemple.fr", is_staff=True)
    assert shown_details(person, staff) == {"email": PERSON_EMAIL}


@pytest.mark.parametrize("kind", ["anonymous", "non_member", "lapsed_member"])
def test_nothing_for_who_is_not_an_active_member(person, kind, lapsed_organisation):
    for field in EXPECTED:
        show(person, field)
    viewer = {
        "anonymous": AnonymousUser(),
        "non_member": UserFactory(email="visiteur@exemple.fr"),
        "lapsed_member": MemberFactory(organisation=lapsed_organisation),
    }[kind]
    assert shown_details(person, viewer) == {}
    assert shown_details(person, None) == {}


def test_nothing_of_a_person_out_of_the_directory(person, member, lapsed_organisation):
    for field in EXPECTED:
        show(person, field)
    entry = person.directory_entry
    entry.listed = False
    entry.save()
    assert shown_details(person, member) == {}
    lapsed = MemberFactory(organisation=lapsed_organisation)
    assert shown_details(lapsed, member) == {}
    assert shown_details(UserFactory(), member) == {}
    assert shown_details(None, member) == {}
