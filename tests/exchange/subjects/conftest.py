"""The subjects' people: the kinds of user of the member area's access matrix (reused from
tests/members_area/conftest.py), and the subjects' own fixtures."""

import pytest
from django.test import Client

from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory
from tests.members_area.conftest import (  # noqa: F401 (fixtures)
    lapsed_organisation,
    make_user,
    organisation,
    secret_resource,
)

# The kinds that matter to the exchange (member grants on resources change nothing here).
EXCHANGE_KINDS = ["anonymous", "non_member", "member_without_grant", "lapsed_member", "staff"]
EXCHANGE_ALLOWED = {"member_without_grant", "staff"}


@pytest.fixture
def exchange_client_for(site, secret_resource, organisation, lapsed_organisation):  # noqa: F811
    """A client signed in as a user of `kind` (None for anonymous), with `client.user`."""

    def build(kind):
        user = make_user(kind, secret_resource, organisation, lapsed_organisation)
        client = Client()
        if user is not None:
            client.force_login(user)
        client.user = user
        return client

    return build


def signed_in(user):
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def other_commune(db):
    return MemberOrganisationFactory(name="Commune de Vaiges")


@pytest.fixture
def member(site, organisation):  # noqa: F811
    return MemberFactory(
        organisation=organisation, email="membre.bais@exemple.fr", first_name="Léa"
    )


@pytest.fixture
def member_client(member):
    return signed_in(member)


@pytest.fixture
def staff_user(site):
    return UserFactory(email="animation@exemple.fr", is_staff=True, is_superuser=True)
