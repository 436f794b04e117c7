"""The access rule's query shapes agree: the listing's `pk IN (subquery)` filter, the per-row
EXISTS used for one resource (`few=True`), and the listing's total counted from the grant
tables (`viewable_resource_count`). Each grant route grants, a revoked grant no longer does,
a lapse still wins, and the member listing shows what they say."""

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from guardian.shortcuts import assign_perm

from members_area import access, permissions
from members_area.models import Resource
from sheets.factories import ThemeFactory
from tests.factories import MemberFactory, ResourceFactory, UserFactory, WorkingGroupFactory

from .conftest import ALLOWED, USER_KINDS, make_user

pytestmark = pytest.mark.django_db


def fresh(user):
    """The same person in a new request (answers are memoised on the user object)."""
    return type(user).objects.get(pk=user.pk) if user is not None else None


def visible(user):
    """What each shape lets `user` open: (listing shape, per-row shape, count)."""
    user = fresh(user)
    listing = set(permissions.viewable_resources(user).values_list("pk", flat=True))
    per_row = set(permissions.viewable_resources(user, few=True).values_list("pk", flat=True))
    return listing, per_row, permissions.viewable_resource_count(user)


def assert_sees(user, expected):
    listing, per_row, count = visible(user)
    assert listing == per_row == {resource.pk for resource in expected}
    assert count == len(expected)
    user = fresh(user)
    for resource in Resource.objects.all():
        assert permissions.can_view_resource(user, resource) == (resource in expected)


@pytest.mark.parametrize("kind", [kind for kind in USER_KINDS if kind != "anonymous"])
def test_every_shape_agrees_for_every_kind_of_user(
    kind, secret_resource, organisation, lapsed_organisation
):
    other = ResourceFactory(title="Compte rendu ordinaire")
    user = make_user(kind, secret_resource, organisation, lapsed_organisation)
    if kind == "staff":
        expected = [secret_resource, other]
    elif kind in ALLOWED:
        expected = [secret_resource]
    else:
        expected = []
    assert_sees(user, expected)


def test_anonymous_visitors_see_nothing(secret_resource):
    anonymous = AnonymousUser()
    assert not permissions.viewable_resources(anonymous).exists()
    assert not permissions.viewable_resources(anonymous, few=True).exists()
    assert permissions.viewable_resource_count(anonymous) == 0


def test_each_route_grants_and_revoking_takes_it_back(organisation):
    member = MemberFactory(organisation=organisation)
    group = WorkingGroupFactory(members=[member])
    personal, for_organisation, for_group, for_all, hidden = (
        ResourceFactory(title=f"Ressource {name}")
        for name in ("personnelle", "collectivité", "groupe", "tous", "cachée")
    )
    access.grant(personal, member)
    access.grant(for_organisation, organisation.group)
    access.grant(for_group, group.group)
    access.set_open_to_all(for_all, True)
    assert_sees(member, [personal, for_organisation, for_group, for_all])

    access.revoke(personal, member)
    access.revoke(for_organisation, organisation.group)
    access.revoke(for_group, group.group)
    access.set_open_to_all(for_all, False)
    assert_sees(member, [])
    assert hidden not in Resource.objects.filter(pk__in=visible(member)[0])


def test_leaving_a_working_group_takes_its_grants_away(organisation):
    member = MemberFactory(organisation=organisation)
    group = WorkingGroupFactory(members=[member])
    resource = ResourceFactory()
    access.grant(resource, group.group)
    assert_sees(member, [resource])
    member.groups.remove(group.group)
    assert_sees(member, [])


def test_a_resource_reached_by_every_route_counts_once(organisation):
    member = MemberFactory(organisation=organisation)
    group = WorkingGroupFactory(members=[member])
    resource = ResourceFactory()
    access.grant(resource, member)
    access.grant(resource, organisation.group)
    access.grant(resource, group.group)
    access.set_open_to_all(resource, True)
    assert_sees(member, [resource])


def test_another_object_permission_does_not_open_a_resource(organisation):
    member = MemberFactory(organisation=organisation)
    resource = ResourceFactory()
    change = Permission.objects.get(codename="change_resource")
    assign_perm(change, member, resource)
    assign_perm(change, organisation.group, resource)
    assert_sees(member, [])


def test_a_grant_to_someone_else_opens_nothing(organisation):
    member = MemberFactory(organisation=organisation)
    neighbour = MemberFactory(organisation=organisation)
    resource = ResourceFactory()
    access.grant(resource, neighbour)
    assert_sees(member, [])
    assert_sees(neighbour, [resource])


def test_lapse_wins_in_every_shape(organisation, lapsed_organisation):
    member = MemberFactory(organisation=lapsed_organisation)
    group = WorkingGroupFactory(members=[member])
    resource = ResourceFactory()
    access.grant(resource, member)
    access.grant(resource, group.group)
    access.grant(resource, lapsed_organisation.group)
    access.set_open_to_all(resource, True)
    assert_sees(member, [])


def test_inactive_staff_see_nothing(db):
    ResourceFactory()
    assert_sees(UserFactory(is_staff=True, is_active=False), [])


def test_listing_total_and_theme_filter(site, organisation, client):
    member = MemberFactory(organisation=organisation)
    energy = ThemeFactory(name="Énergie")
    water = ThemeFactory(name="Eau")
    tagged = ResourceFactory(title="Audit énergétique des écoles", themes=[energy])
    other = ResourceFactory(title="Schéma de gestion de l'eau", themes=[water])
    ResourceFactory(title="Note interne jamais partagée", themes=[energy])
    access.grant(tagged, member)
    access.grant(other, organisation.group)
    client.force_login(member)

    response = client.get("/adherents/ressources/")
    assert "2 ressources" in response.content.decode()

    response = client.get(f"/adherents/ressources/?theme={energy.slug}")
    content = response.content.decode()
    assert "1 ressource " in content
    assert "Audit énergétique des écoles" in content
    assert "Schéma de gestion" not in content
    assert "jamais partagée" not in content


def test_pagination_links_are_elided(site, organisation, client):
    member = MemberFactory(organisation=organisation)
    template = ResourceFactory(title="Modèle", open_to_all_members=True)
    Resource.objects.bulk_create(
        [
            Resource(
                title=f"Ressource {n}",
                slug=f"ressource-{n}",
                kind="etude",
                file=template.file.name,
                open_to_all_members=True,
            )
            for n in range(299)
        ]
    )  # 300 resources: fifteen pages
    client.force_login(member)
    content = client.get("/adherents/ressources/?page=7").content.decode()
    assert "300 ressources" in content
    for number in (1, 5, 6, 8, 9, 15):
        assert f'page={number}"><span class="visually-hidden">' in content
    for number in (2, 3, 4, 10, 11, 14):
        assert f'page={number}"><span class="visually-hidden">' not in content
    assert content.count('<span aria-hidden="true">…</span>') == 2
    assert 'aria-current="page"><span class="visually-hidden">Page </span>7<' in content
