"""Granting and revoking access to a resource: the facilitator's actions, through guardian.

Deciding who may open what stays in permissions.py; this module only writes grants."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from guardian.shortcuts import assign_perm, remove_perm

from .models import ResourceGroupPermission, ResourceUserPermission
from .permissions import VIEW_CODENAME, view_permission_id
from .signals import resource_access_changed


def grant(resource, target):
    """target: a User or an auth Group (organisation or working group)."""
    assign_perm(VIEW_CODENAME, target, resource)
    resource_access_changed.send(sender=type(resource), resource=resource)


def revoke(resource, target):
    remove_perm(VIEW_CODENAME, target, resource)
    resource_access_changed.send(sender=type(resource), resource=resource)


def set_open_to_all(resource, value: bool):
    if resource.open_to_all_members != value:
        resource.open_to_all_members = value
        resource.save(update_fields=["open_to_all_members", "updated_at"])
        resource_access_changed.send(sender=type(resource), resource=resource)


def current_grants(resource):
    """The grants as the access panel lists them: organisations, working groups, people."""
    group_ids = ResourceGroupPermission.objects.filter(
        content_object=resource, permission_id=view_permission_id()
    ).values("group_id")
    groups = Group.objects.filter(pk__in=group_ids).select_related(
        "member_organisation", "working_group"
    )
    user_ids = ResourceUserPermission.objects.filter(
        content_object=resource, permission_id=view_permission_id()
    ).values("user_id")
    users = (
        get_user_model()
        .objects.filter(pk__in=user_ids)
        .select_related("member_profile__organisation")
    )
    organisations, working_groups, other_groups = [], [], []
    for group in groups:
        if hasattr(group, "member_organisation"):
            organisations.append(group.member_organisation)
        elif hasattr(group, "working_group"):
            working_groups.append(group.working_group)
        else:
            other_groups.append(group)
    return {
        "organisations": organisations,
        "working_groups": working_groups,
        "other_groups": other_groups,
        "users": list(users),
    }
