"""Keeps a member's Wagtail groups in step with their contributor box (editor_access)."""

from django.db.models.signals import post_delete, post_save

from members_area.models import MemberProfile

from . import editor_access


def _profile_saved(sender, instance, update_fields=None, **kwargs):
    if update_fields is None or {"contributor", "organisation"} & set(update_fields):
        editor_access.sync(instance)


def _profile_deleted(sender, instance, **kwargs):
    instance.user.groups.remove(*editor_access.contributor_groups(instance.user))


def connect():
    post_save.connect(_profile_saved, sender=MemberProfile, dispatch_uid="contributions_sync")
    post_delete.connect(_profile_deleted, sender=MemberProfile, dispatch_uid="contributions_drop")
