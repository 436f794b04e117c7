"""Who may open each page and take each action of the introductions, per kind of user:
anonymous → sign in; signed-in non-member or lapsed member → the "not a member" page on the
member pages, 404 on a request; a request is a 404 for every member but its two sides and
staff; each action is for one side only (403 for the other).

The sheet and the users are built once for the module (tests/module_world.py); the request
(`intro`, tests/introductions/conftest.py) is made per test, on the module's rows."""

import pytest
from django.urls import reverse

from home.setup import ensure_home_page
from introductions.models import IntroductionRequest, Status
from tests.introductions.conftest import (
    KINDS,
    build_contact,
    build_requester,
    build_sheet,
    build_staff,
    build_users,
    client_of,
)
from tests.module_world import fresh, module_transaction

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def world(django_db_setup, django_db_blocker):
    """The sheet and a user of each kind, once for the module, rolled back at its end."""
    with module_transaction(django_db_blocker):
        sheet = build_sheet(ensure_home_page())
        yield {
            "sheet": sheet,
            "users": build_users(build_requester(), build_contact(), build_staff()),
        }


@pytest.fixture
def sheet(world):
    return fresh(world["sheet"])


@pytest.fixture
def users(world):
    return {kind: fresh(user) for kind, user in world["users"].items()}


@pytest.fixture
def requester(users):
    return users["requester"]


@pytest.fixture
def contact(users):
    return users["contact"]


@pytest.fixture
def staff(users):
    return users["staff"]


LOGIN = "/adherents/connexion/"


def assert_status(response, expected):
    if expected == "login":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
    else:
        assert response.status_code == expected, response.content[:300]


MINE = {
    "anonymous": "login",
    "non_member": 403,
    "lapsed": 403,
    "other_member": 200,
    "requester": 200,
    "contact": 200,
    "staff": 200,
}


@pytest.mark.parametrize("kind", KINDS)
def test_my_requests(users, kind):
    assert_status(client_of(users[kind]).get(reverse("introductions:mine")), MINE[kind])


ASK = {
    "anonymous": "login",
    "non_member": 403,
    "lapsed": 403,
    "other_member": 200,
    "requester": 200,
    "contact": 302,  # the sheet's own contact: back to the sheet, with a word
    "staff": 302,  # the facilitator does not ask: back to the sheet
}


@pytest.mark.parametrize("kind", KINDS)
def test_ask_form(users, sheet, kind):
    url = reverse("introductions:ask", args=[sheet.pk])
    assert_status(client_of(users[kind]).get(url), ASK[kind])


@pytest.mark.parametrize("kind", KINDS)
def test_asking_by_post(users, sheet, kind):
    url = reverse("introductions:ask", args=[sheet.pk])
    response = client_of(users[kind]).post(url, {"purpose": "call", "message": "Bonjour !"})
    expected = {**ASK, "other_member": 302, "requester": 302}[kind]
    assert_status(response, expected)
    made = IntroductionRequest.objects.filter(sheet=sheet, requester__isnull=False)
    askers = {r.requester_id for r in made}
    assert askers == ({users[kind].pk} if kind in ("other_member", "requester") else set())


def test_ask_about_an_unpublished_sheet_is_404(users, sheet):
    sheet.unpublish()
    url = reverse("introductions:ask", args=[sheet.pk])
    assert client_of(users["requester"]).get(url).status_code == 404


DETAIL = {
    "anonymous": "login",
    "non_member": 404,
    "lapsed": 404,
    "other_member": 404,
    "requester": 200,
    "contact": 200,
    "staff": 200,
}


@pytest.mark.parametrize("kind", KINDS)
def test_request_page(users, intro, kind):
    response = client_of(users[kind]).get(intro.get_absolute_url())
    assert_status(response, DETAIL[kind])
    if DETAIL[kind] == 404:
        assert intro.message.encode() not in response.content


ACTIONS = {
    # action: (data, who may, what it makes)
    "accept": ({"share_email": "on"}, "contact", Status.ACCEPTED),
    "decline": ({"decline-note": ""}, "contact", Status.DECLINED),
    "introduce": ({"introduce-note": "Appel à trois."}, "staff", Status.INTRODUCED),
    "close": ({"close-note": ""}, "staff", Status.CLOSED),
}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_actions(users, intro, kind, action):
    data, allowed, outcome = ACTIONS[action]
    url = reverse(f"introductions:{action}", args=[intro.pk])
    response = client_of(users[kind]).post(url, data)
    if kind == allowed:
        expected = 302
    elif DETAIL[kind] == 200:
        expected = 403  # sees the request, may not do this to it
    else:
        expected = DETAIL[kind]
    assert_status(response, expected)
    intro.refresh_from_db()
    assert (intro.status == outcome) is (kind == allowed)


@pytest.mark.parametrize("action", list(ACTIONS))
def test_actions_are_posts_only(users, intro, action):
    data, allowed, _outcome = ACTIONS[action]
    url = reverse(f"introductions:{action}", args=[intro.pk])
    assert client_of(users[allowed]).get(url).status_code == 405


def test_a_lapsed_contact_loses_the_request(users, intro, contact):
    organisation = contact.member_profile.organisation
    organisation.active_until = organisation.active_until.replace(year=2000)
    organisation.save()
    assert client_of(contact).get(intro.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("kind", ["other_member", "requester", "contact", "staff"])
def test_the_member_dashboard_links_to_my_requests(users, kind):
    html = client_of(users[kind]).get(reverse("members_area:dashboard")).content.decode()
    assert f'href="{reverse("introductions:mine")}"' in html
    assert "Mes mises en relation" in html
