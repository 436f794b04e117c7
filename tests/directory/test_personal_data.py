"""A member's data rights cover their directory entry (decision 0031): the export lists it as
they chose it; closing the account deletes it, and the closed account is in no directory."""

import json

import pytest

from directory.models import DirectoryEntry
from members_area.personal_data import anonymise, export
from tests.directory.conftest import (
    DIRECTORY_URL,
    PERSON_HELP,
    PERSON_NAME,
    PERSON_PHONE,
    PERSON_THEME,
    client_of,
    show,
)

pytestmark = pytest.mark.django_db


def test_the_export_lists_the_entry(person):
    show(person, "phone")
    data = export(person)["directory_entry"]
    assert data["listed_in_directory"] is True
    assert data["phone"] == PERSON_PHONE
    assert data["phone_visible"] is True
    assert data["email_visible"] is False
    assert data["themes_i_can_help_with"] == [PERSON_THEME]
    assert data["what_i_can_help_with"] == PERSON_HELP
    json.dumps(data)  # plain data for the JSON file


def test_the_export_says_when_there_is_no_entry(member):
    assert export(member)["directory_entry"] is None


def test_the_member_s_download_holds_the_entry(person):
    response = client_of(person).post(
        "/adherents/profil/donnees/", {"export-password": "motdepasse-demo"}
    )
    assert response.status_code == 200
    assert (
        PERSON_HELP
        in json.loads(b"".join(response).decode())["directory_entry"]["what_i_can_help_with"]
    )


def test_closing_the_account_deletes_the_entry(person, member_client):
    for field in ("email", "phone", "themes"):
        show(person, field)
    anonymise(person)
    assert not DirectoryEntry.objects.filter(user=person).exists()
    html = member_client.get(DIRECTORY_URL).content.decode()
    assert PERSON_NAME not in html
    assert PERSON_PHONE not in html
