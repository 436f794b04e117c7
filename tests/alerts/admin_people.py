"""The people of the alerts' admin tests: a client for each kind of user, from anonymous to the
facilitator who reads the lists, resumes paused addresses and deletes subscribers; and the
admin's addresses."""

from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import reverse

from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory
from tests.registrations.admin_helpers import admin_client_of, admin_user_with

# Every kind of user kept out of the alerts' admin pages.
KEPT_OUT = ["anonymous", "non_member", "member", "staff", "not_staff", "editor"]
READ = ["view_subscriber", "view_digest", "view_deliveryfailure"]
ACT = [*READ, "change_subscriber", "delete_subscriber"]


def client_of(kind):
    """A client signed in as `kind` (KEPT_OUT, "reader" or "facilitator")."""
    client = Client()
    if kind == "anonymous":
        return client
    if kind == "non_member":
        client.force_login(UserFactory(email="visiteur@exemple.fr"))
    elif kind == "member":
        organisation = MemberOrganisationFactory(name="Commune de Changé")
        client.force_login(MemberFactory(organisation=organisation, email="membre@exemple.fr"))
    elif kind == "staff":
        # Staff with the model permissions, but not let into Wagtail's admin.
        user = UserFactory(email="staff@exemple.fr", is_staff=True)
        user.user_permissions.add(*permissions(ACT))
        client.force_login(user)
    elif kind == "not_staff":
        # In the admin with every alerts permission, but not staff: the alerts stay closed.
        user = admin_user_with("benevole@exemple.fr", ACT, "Bénévoles")
        user.is_staff = False
        user.save(update_fields=["is_staff"])
        return admin_client_of(user)
    elif kind == "editor":
        # In the admin (with its second factor), without the alerts' permissions.
        return admin_client_of(admin_user_with("redaction@exemple.fr", [], "Rédaction"))
    elif kind == "reader":
        return admin_client_of(admin_user_with("lecture@exemple.fr", READ, "Lecture"))
    elif kind == "facilitator":
        return admin_client_of(admin_user_with("animation@exemple.fr", ACT, "Animation"))
    return client


def permissions(codenames):
    return Permission.objects.filter(content_type__app_label="alerts", codename__in=codenames)


def url(namespace, name, *args):
    return reverse(f"{namespace}:{name}", args=args)
