"""The people and resources of the access matrix: one secret resource, and one user of each
kind, each with the grant that defines their kind; built per test by these fixtures, or once
for a module by build_matrix and clients_for (tests/module_world.py)."""

from types import SimpleNamespace

import pytest
from django.test import Client

from members_area import access
from members_area.models import WorkingGroup
from tests.factories import (
    MemberFactory,
    MemberOrganisationFactory,
    ResourceFactory,
    UserFactory,
    WorkingGroupFactory,
)
from tests.module_world import fresh

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


WORKING_GROUP = "Groupe énergie"


def make_user(kind, resource, organisation, lapsed_organisation):
    """Builds the user of `kind` and gives `resource` the grant that defines that kind."""
    user = build_user(kind, organisation, lapsed_organisation)
    grant_kind(kind, resource, user, organisation, lapsed_organisation)
    return user


def build_user(kind, organisation, lapsed_organisation):
    """The user of `kind` (None if anonymous), in its organisation or working group, without
    the grant that defines the kind: a module can build its users once and grant per test."""
    if kind == "anonymous":
        return None
    if kind == "non_member":
        return UserFactory(email="visiteur.matrice@exemple.fr")
    if kind == "staff":
        return UserFactory(email="equipe@exemple.fr", is_staff=True)
    if kind == "lapsed_member":
        return MemberFactory(organisation=lapsed_organisation, email="echu@exemple.fr")
    user = MemberFactory(organisation=organisation, email=f"{kind}@exemple.fr")
    if kind == "member_working_group_grant":
        WorkingGroupFactory(name=WORKING_GROUP, members=[user])
    return user


def grant_kind(kind, resource, user, organisation, lapsed_organisation):
    """Gives `resource` the grant that defines `kind` (build_user built `user`)."""
    if kind == "non_member":
        access.grant(resource, user)  # a grant to a non-member gives nothing
    elif kind == "lapsed_member":
        # Every kind of grant at once: the lapse must still win.
        access.grant(resource, user)
        access.grant(resource, lapsed_organisation.group)
        access.set_open_to_all(resource, True)
    elif kind == "member_user_grant":
        access.grant(resource, user)
    elif kind == "member_organisation_grant":
        access.grant(resource, organisation.group)
    elif kind == "member_working_group_grant":
        access.grant(resource, WorkingGroup.objects.get(name=WORKING_GROUP).group)
    elif kind == "member_all_members":
        access.set_open_to_all(resource, True)


def signed_in(user):
    """A client signed in as `user` (anonymous if None), which it keeps as `client.user`."""
    client = Client()
    if user is not None:
        client.force_login(user)
    client.user = user
    return client


def build_matrix():
    """For a module's world: the two organisations, the secret resource without any grant and a
    user of each kind."""
    organisation = MemberOrganisationFactory(name="Commune de Bais")
    lapsed = MemberOrganisationFactory(name="Commune de Renazé", lapsed=True)
    return SimpleNamespace(
        organisation=organisation,
        lapsed_organisation=lapsed,
        resource=ResourceFactory(title=SECRET_TITLE, body=SECRET_BODY),
        users={kind: build_user(kind, organisation, lapsed) for kind in USER_KINDS},
    )


def clients_for(matrix, resource):
    """client_for over a module's build_matrix(): the client of a kind, `resource` (this test's
    instance of the matrix's resource) given that kind's grant in the test's transaction."""

    def build(kind):
        user = fresh(matrix.users[kind])
        organisations = fresh(matrix.organisation), fresh(matrix.lapsed_organisation)
        grant_kind(kind, resource, user, *organisations)
        return signed_in(user)

    return build


@pytest.fixture
def client_for(site, secret_resource, organisation, lapsed_organisation):
    def build(kind):
        return signed_in(make_user(kind, secret_resource, organisation, lapsed_organisation))

    return build


@pytest.fixture
def member_client(site, organisation):
    return signed_in(MemberFactory(organisation=organisation, email="membre@exemple.fr"))
