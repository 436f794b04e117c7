"""The dashboard's panels: aids to check again and aids closing soon, for those who may edit
the directory, in a fixed number of queries."""

import datetime

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from aids.factories import AidPageFactory
from aids.models import AidStatus
from tests.aids import admin_helpers
from tests.factories import UserFactory
from tests.second_factor import verified_login

# The shared fixtures.
directory = admin_helpers.directory
editor_client = admin_helpers.editor_client

pytestmark = pytest.mark.django_db


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def panel(content, name):
    """The HTML of dashboard panel `name`."""
    return content.split(f'id="{name}-content"')[1].split("</section>")[0]


def test_panels_list_aids_to_check_and_closing_soon(admin_client, directory):
    stale = AidPageFactory(parent=directory, title="Vieille aide", last_checked=days_ago(400))
    never = AidPageFactory(parent=directory, title="Jamais vérifiée", last_checked=None)
    AidPageFactory(
        parent=directory, title="Terminée et oubliée", last_checked=None, status=AidStatus.ENDED
    )
    soon = AidPageFactory(parent=directory, title="Clôture imminente", closes_on=days_ago(-10))
    content = admin_client.get("/admin/").content.decode()
    to_check = panel(content, "aids-to-check")
    assert f"/admin/pages/{stale.pk}/edit/" in to_check
    assert f"/admin/pages/{never.pk}/edit/" in to_check
    assert "jamais" in to_check and stale.last_checked.strftime("%d/%m/%Y") in to_check
    assert "Terminée et oubliée" not in to_check
    assert to_check.index("Jamais vérifiée") < to_check.index("Vieille aide")
    closing = panel(content, "aids-closing-soon")
    assert f"/admin/pages/{soon.pk}/edit/" in closing
    assert "Fonds chaleur" not in closing  # closes in 2030


def test_the_editor_of_the_directory_sees_them(editor_client):
    content = editor_client.get("/admin/").content.decode()
    assert 'id="aids-to-check-section"' in content


def test_others_do_not(client, directory):
    user = UserFactory(email="redaction@exemple.fr", is_staff=True)
    group = Group.objects.create(name="Rédaction")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    verified_login(client, user)
    content = client.get("/admin/").content.decode()
    assert 'id="aids-to-check-section"' not in content
    assert 'id="aids-closing-soon-section"' not in content


def test_queries_do_not_grow_with_the_aids(admin_client, directory):
    def count_queries():
        with CaptureQueriesContext(connection) as captured:
            admin_client.get("/admin/")
        return len(captured)

    for _ in range(3):
        AidPageFactory(parent=directory, last_checked=None, closes_on=days_ago(-5))
    count_queries()  # warms what the admin caches for the session
    small = count_queries()
    for _ in range(27):
        AidPageFactory(parent=directory, last_checked=None, closes_on=days_ago(-5))
    assert count_queries() == small
