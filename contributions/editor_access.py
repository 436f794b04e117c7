"""Wagtail's own permissions for contributors who write in the editor (decision 0047).

One group for every contributor, "Contributeurs des communes": access to the admin and Wagtail's
"add" page permission on the sheet lists, which lets them create sheets there and edit and
submit the ones they own, never publish. One group and one collection per organisation:
their images and documents go to that collection, and they choose only from it. Kept in step
with the member's contributor box by a signal (contributions.signals)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Locale
from wagtail.users.models import UserProfile

from sheets.models import ExperienceIndexPage, TechnicalIndexPage

CONTRIBUTORS_GROUP = "Contributeurs des communes"
COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def contributors_group():
    """The shared group, with admin access and "add" on the sheet lists of the first language
    (contributions are written in French; translations are the facilitator's)."""
    group, _created = Group.objects.get_or_create(name=CONTRIBUTORS_GROUP)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    add_page = _permission("wagtailcore", "add_page")
    locale = Locale.get_default()
    for index_model in (ExperienceIndexPage, TechnicalIndexPage):
        for index in index_model.objects.filter(locale=locale):
            GroupPagePermission.objects.get_or_create(group=group, page=index, permission=add_page)
    return group


def organisation_collection(organisation):
    """The organisation's collection under the root, created on first need."""
    name = _("Contributions – %(name)s") % {"name": organisation.name}
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    return existing or root.add_child(name=name)


def organisation_group(organisation):
    """The organisation's contributors' group, which adds, edits and chooses the images and
    documents of the organisation's collection only."""
    group, _created = Group.objects.get_or_create(name=f"Contributeurs : {organisation.name}"[:150])
    collection = organisation_collection(organisation)
    for app_label, codename in COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
    return group


def contributor_groups(user):
    """The contributors' groups `user` is in (the shared one and any organisation's)."""
    return user.groups.filter(name__startswith="Contributeurs ")


@transaction.atomic
def sync(profile):
    """Puts the profile's user in the contributors' groups when they hold the role, and takes
    them out of every one (a former organisation's included) when they do not."""
    user = profile.user
    user.groups.remove(*contributor_groups(user))
    if profile.contributor:
        user.groups.add(contributors_group(), organisation_group(profile.organisation))
        # The commune hears of each step from contributions.tasks, with links to the member
        # area: Wagtail's own approval and rejection e-mails would say it twice.
        preferences = UserProfile.get_for_user(user)
        preferences.approved_notifications = False
        preferences.rejected_notifications = False
        preferences.save(update_fields=["approved_notifications", "rejected_notifications"])
