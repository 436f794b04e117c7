"""The people and resources of the access matrix: one secret resource, and one user of each
kind, each with the grant that defines their kind."""

import pytest
from django.test import Client

from members_area import access
from tests.factories import (
    MemberFactory,
    MemberOrganisationFactory,
    ResourceFactory,
    UserFactory,
    WorkingGroupFactory,
)

SECRET_TITLE = "Cahier des charges confidentiel chaufferie Zéphyrin"
SECRET_BODY = "Clause d'insertion sociale xylophage pour la chaufferie bois de Zéphyrin."

USER_KINDS = [
    "anonymous",
    "non_member",
    "member_without_grant",
    "member_user_grant",
    "member_organisation_grant",
    "member_working_group_grant",
    "member_all_members",
    "lapsed_member",
    "staff",
]
ALLOWED = {
    "member_user_grant",
    "member_organisation_grant",
    "member_working_group_grant",
    "member_all_members",
    "staff",
}
# Who counts as an active member for the members-only parts of public pages.
ACTIVE_MEMBERS = ALLOWED | {"member_without_grant"}


@pytest.fixture
def organisation(db):
    return MemberOrganisationFactory(name="Commune de Bais")


@pytest.fixture
def lapsed_organisation(db):
    return MemberOrganisationFactory(name="Commune de Renazé", lapsed=True)


@pytest.fixture
def secret_resource(db):
    return ResourceFactory(title=SECRET_TITLE, body=SECRET_BODY)


def make_user(kind, resource, organisation, lapsed_organisation):
    """Builds the user of `kind` and gives `resource` the grant that defines that kind."""
    if kind == "anonymous":
        return None
    if kind == "non_member":
        user = UserFactory(email="visiteur.matrice@exemple.fr")
        access.grant(resource, user)  # a grant to a non-member gives nothing
        return user
    if kind == "staff":
        return UserFactory(email="equipe@exemple.fr", is_staff=True)
    if kind == "lapsed_member":
        user = MemberFactory(organisation=lapsed_organisation, email="echu@exemple.fr")
        # Every kind of grant at once: the lapse must still win.
        access.grant(resource, user)
        access.grant(resource, lapsed_organisation.group)
        access.set_open_to_all(resource, True)
        return user
    user = MemberFactory(organisation=organisation, email=f"{kind}@exemple.fr")
    if kind == "member_user_grant":
        access.grant(resource, user)
    elif kind == "member_organisation_grant":
        access.grant(resource, organisation.group)
    elif kind == "member_working_group_grant":
        group = WorkingGroupFactory(name="Groupe énergie", members=[user])
        access.grant(resource, group.group)
    elif kind == "member_all_members":
        access.set_open_to_all(resource, True)
    return user


@pytest.fixture
def client_for(site, secret_resource, organisation, lapsed_organisation):
    def build(kind):
        user = make_user(kind, secret_resource, organisation, lapsed_organisation)
        client = Client()
        if user is not None:
            client.force_login(user)
        client.user = user
        return client

    return build


@pytest.fixture
def member_client(site, organisation):
    user = MemberFactory(organisation=organisation, email="membre@exemple.fr")
    client = Client()
    client.force_login(user)
    client.user = user
    return client
