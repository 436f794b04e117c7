"""Who may register on an open and a members-only event, per kind of user: anonymous visitors,
signed-in accounts without a membership, lapsed members, members and the facilitation team.
Visitors and non-members use the visitor's form on an open event; members and staff register in
one click; a members-only event sends anonymous visitors to sign in and shows other accounts the
"not a member" page."""

import uuid

import pytest

from registrations.models import Registration
from sheets.models import RegistrationMode
from tests.registrations.flow import KINDS, LOGIN, client_of, make_users, register_url, visitor_data

pytestmark = pytest.mark.django_db

MEMBERS = {"member", "staff"}
EXPECTED = {
    RegistrationMode.OPEN: dict.fromkeys(KINDS, 200),
    RegistrationMode.MEMBERS: {
        "anonymous": "login",
        "non_member": 403,
        "lapsed": 403,
        "member": 200,
        "staff": 200,
    },
}


@pytest.fixture
def users(member):
    return make_users(member)


def assert_status(response, expected):
    if expected == "login":
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
    else:
        assert response.status_code == expected, response.content[:300]


@pytest.fixture(params=[RegistrationMode.OPEN, RegistrationMode.MEMBERS])
def mode(request, event):
    event.registration_mode = request.param
    event.save()
    return request.param


@pytest.mark.parametrize("kind", KINDS)
def test_the_registration_page(event, users, mode, kind):
    response = client_of(users[kind]).get(register_url(event))
    assert_status(response, EXPECTED[mode][kind])
    if response.status_code == 200:
        html = response.content.decode()
        assert ('name="email"' in html) is (kind not in MEMBERS)
        assert ('name="website"' in html) is (kind not in MEMBERS)


@pytest.mark.parametrize("kind", KINDS)
def test_registering(event, users, mode, kind):
    data = {"submission_key": str(uuid.uuid4()), **visitor_data(1)}
    response = client_of(users[kind]).post(register_url(event), data)
    assert_status(response, EXPECTED[mode][kind])
    made = list(Registration.objects.all())
    if EXPECTED[mode][kind] != 200:
        assert made == []
    elif kind in MEMBERS:
        assert [r.user for r in made] == [users[kind]]
    else:
        assert [(r.user, r.email) for r in made] == [(None, "camille.visiteur1@exemple.fr")]


@pytest.mark.parametrize("kind", KINDS)
def test_the_event_page(event, users, mode, kind):
    response = client_of(users[kind]).get(event.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert ("Mon inscription" in html) is (kind in MEMBERS)
    assert (f'action="{register_url(event)}"' in html) is (kind in MEMBERS)


def test_a_signed_in_non_member_finds_their_name_typed(event, users):
    html = client_of(users["non_member"]).get(register_url(event)).content.decode()
    assert 'value="curieux@exemple.fr"' in html and 'value="Léa"' in html
