"""The facilitator's read-only list of entries in the admin: who chose what, never a phone or
a help text, no editing."""

import pytest
from django.urls import reverse

from tests.directory.conftest import PERSON_HELP, PERSON_NAME, PERSON_PHONE, show

pytestmark = pytest.mark.django_db


def test_the_list_says_who_chose_what_without_the_values(admin_client, person):
    show(person, "phone")
    response = admin_client.get(reverse("directory_entries:index"))
    html = response.content.decode()
    assert response.status_code == 200
    assert PERSON_NAME in html
    assert PERSON_PHONE not in html
    assert PERSON_HELP not in html
    assert person.email not in html


def test_entries_are_not_edited_in_the_admin(admin_client, person):
    entry = person.directory_entry
    for name, args in [("edit", [entry.pk]), ("delete", [entry.pk]), ("add", [])]:
        response = admin_client.get(reverse(f"directory_entries:{name}", args=args))
        assert response.status_code in (302, 403, 404), name
        assert PERSON_PHONE.encode() not in response.content


def test_members_do_not_reach_the_admin_list(member_client, person):
    response = member_client.get(reverse("directory_entries:index"))
    assert response.status_code in (302, 403)
