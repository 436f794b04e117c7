"""The permission module on its own: lapses, staff, inactive accounts, query budgets."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.db import DatabaseError
from django.utils import timezone

from members_area import access, permissions
from members_area.documents import make_pdf
from members_area.models import Resource, ResourceGroupPermission, ResourceUserPermission
from members_area.signals import resource_access_changed
from members_area.templatetags import members_access
from reseau.models import CustomDocument
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from sheets.models import ExperienceAttachment
from tests.factories import (
    MemberFactory,
    MemberOrganisationFactory,
    ResourceFactory,
    UserFactory,
    WorkingGroupFactory,
)

pytestmark = pytest.mark.django_db


def test_lapse_removes_every_access_without_editing_resources(organisation):
    member = MemberFactory(organisation=organisation)
    resource = ResourceFactory()
    access.grant(resource, member)
    assert permissions.can_view_resource(member, resource)

    organisation.active_until = timezone.localdate() - datetime.timedelta(days=1)
    organisation.save()
    member = type(member).objects.get(pk=member.pk)  # a new request
    assert not permissions.is_active_member(member)
    assert not permissions.can_view_resource(member, resource)
    assert list(permissions.viewable_resources(member)) == []

    organisation.active_until = timezone.localdate()  # renewed: valid through today
    organisation.save()
    member = type(member).objects.get(pk=member.pk)
    assert permissions.can_view_resource(member, resource)


def test_organisation_without_end_date_is_active(db):
    member = MemberFactory(organisation=MemberOrganisationFactory(active_until=None))
    assert permissions.is_active_member(member)


def test_inactive_accounts_never_have_access(organisation):
    member = MemberFactory(organisation=organisation, is_active=False)
    staff = UserFactory(is_staff=True, is_active=False)
    resource = ResourceFactory(open_to_all_members=True)
    for user in (member, staff):
        assert not permissions.is_active_member(user)
        assert not permissions.can_view_resource(user, resource)
        assert not permissions.viewable_resources(user).exists()


def test_moving_to_another_organisation_moves_group_access(organisation):
    other = MemberOrganisationFactory(name="Commune d'Évron")
    member = MemberFactory(organisation=organisation)
    resource = ResourceFactory()
    access.grant(resource, organisation.group)
    assert permissions.can_view_resource(member, resource)
    profile = member.member_profile
    profile.organisation = other
    profile.save()
    member = type(member).objects.get(pk=member.pk)
    assert not permissions.can_view_resource(member, resource)
    assert member.groups.filter(pk=other.group_id).exists()


def test_revoking_removes_access(organisation):
    member = MemberFactory(organisation=organisation)
    group = WorkingGroupFactory(members=[member])
    resource = ResourceFactory()
    access.grant(resource, group.group)
    assert permissions.can_view_resource(member, resource)
    access.revoke(resource, group.group)
    member = type(member).objects.get(pk=member.pk)
    assert not permissions.can_view_resource(member, resource)


def test_grants_are_guardian_permissions(organisation):
    """The grants are guardian's own, so guardian's checks agree with ours."""
    member = MemberFactory(organisation=organisation)
    resource = ResourceFactory()
    access.grant(resource, member)
    assert member.has_perm("members_area.view_resource", resource)


def test_only_the_resources_view_permission_opens_a_resource(organisation):
    """Grant rows are read by the id of members_area's own view_resource permission: a
    `view_resource` of another app (same codename) opens nothing, by any route, and the access
    panel does not list it."""
    member = MemberFactory(organisation=organisation)
    group = WorkingGroupFactory(members=[member])
    resource, other = ResourceFactory(), ResourceFactory()
    stranger = Permission.objects.create(
        codename="view_resource",
        name="Can view a resource elsewhere",
        content_type=ContentType.objects.get_or_create(app_label="ailleurs", model="resource")[0],
    )
    # Rows as a bulk import would write them (guardian's save() refuses such a permission).
    ResourceUserPermission.objects.bulk_create(
        [ResourceUserPermission(user=member, permission=stranger, content_object=other)]
    )
    ResourceGroupPermission.objects.bulk_create(
        [ResourceGroupPermission(group=group.group, permission=stranger, content_object=other)]
    )
    access.grant(resource, member)
    member = type(member).objects.get(pk=member.pk)
    assert list(permissions.viewable_resources(member)) == [resource]
    assert permissions.viewable_resource_count(member) == 1
    assert permissions.can_view_resource(member, resource)
    assert not permissions.can_view_resource(member, other)
    # The facilitator's access panel reads the grants the same way.
    assert list(permissions.users_with_access(other)) == []
    assert access.current_grants(other)["users"] == []
    assert access.current_grants(other)["working_groups"] == []
    assert list(permissions.users_with_access(resource)) == [member]


def test_users_with_access_lists_active_members_only(organisation, lapsed_organisation):
    granted = MemberFactory(organisation=organisation, email="a@exemple.fr")
    MemberFactory(organisation=organisation, email="b@exemple.fr")
    lapsed = MemberFactory(organisation=lapsed_organisation, email="c@exemple.fr")
    resource = ResourceFactory()
    access.grant(resource, granted)
    access.grant(resource, lapsed)
    assert list(permissions.users_with_access(resource)) == [granted]
    access.set_open_to_all(resource, True)
    assert {u.email for u in permissions.users_with_access(resource)} == {
        "a@exemple.fr",
        "b@exemple.fr",
    }


def test_access_change_sends_signal(organisation):
    received = []

    def listener(sender, resource, **kwargs):
        received.append(resource.pk)

    resource_access_changed.connect(listener)
    try:
        resource = ResourceFactory()
        access.grant(resource, organisation.group)
        access.set_open_to_all(resource, True)
    finally:
        resource_access_changed.disconnect(listener)
    assert received == [resource.pk, resource.pk]


@pytest.fixture
def many_resources_and_grants(organisation):
    """300 resources and hundreds of grants of every kind, to expose any N+1."""
    member = MemberFactory(organisation=organisation, email="beaucoup@exemple.fr")
    other = MemberFactory(organisation=organisation, email="autre@exemple.fr")
    groups = [WorkingGroupFactory(members=[member, other]) for _ in range(3)]
    template = ResourceFactory(title="Modèle")
    Resource.objects.bulk_create(
        [
            Resource(
                title=f"Ressource {n}",
                slug=f"ressource-{n}",
                kind="etude",
                file=template.file.name,
                open_to_all_members=n % 10 == 0,
            )
            for n in range(300)
        ]
    )
    resources = list(Resource.objects.exclude(pk=template.pk))
    targets = [member, other, organisation.group, *[g.group for g in groups]]
    expected = 0
    for n, resource in enumerate(resources):
        access.grant(resource, targets[n % 6])
        expected += n % 6 != 1 or resource.open_to_all_members
    member.expected_count = expected
    return member


def test_listing_runs_a_fixed_number_of_queries(
    many_resources_and_grants, django_assert_max_num_queries
):
    member = many_resources_and_grants
    with django_assert_max_num_queries(2):
        count = len(list(permissions.viewable_resources(member)))
    assert count == member.expected_count > 250


def test_dashboard_and_list_pages_run_a_fixed_number_of_queries(
    client, site, many_resources_and_grants, django_assert_max_num_queries
):
    client.force_login(many_resources_and_grants)
    for url in ("/adherents/", "/adherents/ressources/", "/adherents/ressources/?page=3"):
        client.get(url)  # warm caches (site root, locales)
        # 16: the dashboard's "Mes inscriptions" reads the coming and the past registrations.
        with django_assert_max_num_queries(16):
            response = client.get(url)
        assert response.status_code == 200
        assert b"Ressource" in response.content


def test_resource_page_runs_a_fixed_number_of_queries(
    client, site, many_resources_and_grants, django_assert_max_num_queries
):
    client.force_login(many_resources_and_grants)
    resource = permissions.viewable_resources(many_resources_and_grants).first()
    client.get(resource.get_absolute_url())
    with django_assert_max_num_queries(15):
        response = client.get(resource.get_absolute_url())
    assert response.status_code == 200


def test_document_is_members_only_fails_closed(monkeypatch, db):
    class Broken:
        class _default_manager:
            @staticmethod
            def filter(**kwargs):
                raise DatabaseError("boom")

    monkeypatch.setattr(permissions, "_members_only_links", lambda: [(Broken, "document")])
    document = CustomDocument(pk=1, title="x")
    assert permissions.document_is_members_only(document)
    assert not permissions.can_download_document(UserFactory(), document)


def test_template_filters_ask_the_permission_module(organisation, lapsed_organisation, home_page):
    sheet = ExperienceSheetPageFactory(parent=ExperienceIndexPageFactory(parent=home_page))
    reserved = CustomDocument.objects.create(
        title="Réservé", file=ContentFile(make_pdf("a", "b"), name="r.pdf")
    )
    public = CustomDocument.objects.create(
        title="Public", file=ContentFile(make_pdf("a", "b"), name="p.pdf")
    )
    attachment = ExperienceAttachment.objects.create(
        page=sheet, document=reserved, members_only=True
    )
    member = MemberFactory(organisation=organisation)
    lapsed = MemberFactory(organisation=lapsed_organisation)
    anonymous = AnonymousUser()
    assert members_access.is_member(member) and not members_access.is_member(lapsed)
    assert members_access.can_download(member, attachment)
    assert not members_access.can_download(lapsed, reserved)
    assert not members_access.can_download(anonymous, reserved)
    assert members_access.can_download(anonymous, public)
    assert members_access.is_members_only(reserved) and not members_access.is_members_only(public)

    granted = ResourceFactory(title="Liée et ouverte")
    hidden = ResourceFactory(title="Liée mais fermée")
    for resource in (granted, hidden):
        resource.related_sheets.add(sheet)
    access.grant(granted, organisation.group)
    assert members_access.resources_for_page(sheet, member) == [granted]
    assert members_access.resources_for_page(sheet, lapsed) == []
    assert members_access.resources_for_page(sheet, anonymous) == []
    assert members_access.can_view_resource(member, granted)
    assert not members_access.can_view_resource(member, hidden)
