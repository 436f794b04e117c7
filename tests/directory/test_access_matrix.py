"""Who may open the directory's pages: active members and staff; anonymous visitors are sent to
sign in, other accounts get the "not member" page (403) without any name of the directory."""

import pytest

from directory.models import DirectoryEntry
from tests.directory.conftest import ALLOWED, DIRECTORY_URL, KINDS, MY_ENTRY_URL, PERSON_NAME
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db

LOGIN_PATH = "/adherents/connexion/"


def assert_refused(response, kind):
    if kind == "anonymous":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN_PATH + "?next=")
        return
    assert response.status_code == 403
    assert PERSON_NAME.encode() not in response.content
    assert "no-cache" in response["Cache-Control"] or "private" in response["Cache-Control"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("url", [DIRECTORY_URL, DIRECTORY_URL + "?q=Xanadu", MY_ENTRY_URL])
def test_pages(client_for, person, kind, url):
    response = client_for(kind).get(url)
    if kind not in ALLOWED:
        assert_refused(response, kind)
        return
    assert response.status_code == 200
    assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    if url != MY_ENTRY_URL:
        assert PERSON_NAME.encode() in response.content


@pytest.mark.parametrize("kind", KINDS)
def test_saving_an_entry(client_for, kind):
    client = client_for(kind)
    response = client.post(MY_ENTRY_URL, {"listed": "on", "show_email": "on"})
    user = client.user
    if kind == "member_without_grant":
        assert response.status_code == 302
        assert DirectoryEntry.objects.get(user=user).show_email
        return
    if kind == "staff":  # a staff account is not in the directory: nothing to save
        assert response.status_code == 200
    else:
        assert_refused(response, kind)
    assert not DirectoryEntry.objects.exists()


def test_staff_who_are_not_members_see_what_members_see(client_for, person):
    member_page = client_for("member_without_grant").get(DIRECTORY_URL).content.decode()
    staff_page = client_for("staff").get(DIRECTORY_URL).content.decode()
    assert PERSON_NAME in staff_page
    for page in (member_page, staff_page):
        assert "philibert.xanadu" not in page


def test_a_lapsed_organisation_s_members_are_not_listed(client_for, lapsed_organisation):
    MemberFactory(organisation=lapsed_organisation, first_name="Lapsus", last_name="Calami")
    page = client_for("member_without_grant").get(DIRECTORY_URL).content.decode()
    assert "Calami" not in page
