"""The people of the facilitator's admin tests: a client for each kind of user, from anonymous
to the facilitator who reads and acts on registrations; and events dated where a test needs
them."""

import datetime

from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.utils import timezone

from sheets.factories import EventPageFactory
from sheets.models import RegistrationMode
from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory
from tests.second_factor import verified_login

# Every kind of user kept out of the registrations' admin pages.
KEPT_OUT = ["anonymous", "non_member", "lapsed_member", "member", "staff", "editor"]
READ = ["view_registration"]
ACT = ["view_registration", "change_registration"]


def admin_user_with(email, codenames, group_name):
    """A staff user in a group with the admin's access and `codenames` on registrations."""
    user = UserFactory(email=email, is_staff=True)
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    return user


def admin_client_of(user):
    client = Client()
    verified_login(client, user)
    return client


def client_of(kind):
    """A client signed in as `kind` (KEPT_OUT, "reader" or "facilitator")."""
    client = Client()
    if kind == "anonymous":
        return client
    if kind == "non_member":
        client.force_login(UserFactory(email="visiteur@exemple.fr"))
    elif kind == "lapsed_member":
        organisation = MemberOrganisationFactory(name="Commune de Renazé", lapsed=True)
        client.force_login(MemberFactory(organisation=organisation, email="echu@exemple.fr"))
    elif kind == "member":
        organisation = MemberOrganisationFactory(name="Commune de Changé")
        client.force_login(MemberFactory(organisation=organisation, email="membre@exemple.fr"))
    elif kind == "staff":
        client.force_login(UserFactory(email="staff@exemple.fr", is_staff=True))
    elif kind == "editor":
        # In the admin (with its second factor), without the registrations' permissions.
        return admin_client_of(admin_user_with("redaction@exemple.fr", [], "Rédaction"))
    elif kind == "reader":
        return admin_client_of(admin_user_with("lecture@exemple.fr", READ, "Lecture"))
    elif kind == "facilitator":
        return admin_client_of(admin_user_with("animation@exemple.fr", ACT, "Animation"))
    return client


def dated_event(parent, title, start, **fields):
    """A published event starting at `start` (an aware datetime), taking registrations."""
    return EventPageFactory(
        parent=parent,
        title=title,
        start=start,
        end=start + datetime.timedelta(hours=2),
        registration_mode=RegistrationMode.OPEN,
        capacity=fields.pop("capacity", 30),
        **fields,
    )


def in_year(year, month=6, day=15):
    return timezone.make_aware(datetime.datetime(year, month, day, 14, 0))
