"""The admin's second factor (reseau/second_factor/): nobody who can open the admin reaches it
without a second factor verified in this session; enrolment at the first sign-in, recovery
codes, a superuser's reset; members of the reserved area are never asked."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory
from tests.second_factor import current_code, verified_login

pytestmark = pytest.mark.django_db

PASSWORD = "motdepasse-demo"
ADMIN_LOGIN = "/admin/login/"
MEMBER_LOGIN = "/adherents/connexion/"
VERIFY = "/admin/double-authentification/"
ENROL = "/admin/double-authentification/activer/"


@pytest.fixture
def editor(site):
    """An editor: may open the admin through a group, without being a superuser."""
    user = UserFactory(email="redaction@exemple.fr", is_staff=False)
    user.set_password(PASSWORD)
    user.save()
    group = Group.objects.create(name="Rédaction")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


@pytest.fixture
def superuser(site, admin_user):
    admin_user.set_password(PASSWORD)
    admin_user.save()
    return admin_user


def sign_in_to_admin(user):
    client = Client()
    response = client.post(ADMIN_LOGIN, {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def enrol(client):
    """Goes through the enrolment page as a person with an authenticator would."""
    page = client.get(ENROL)
    device = TOTPDevice.objects.get(confirmed=False)
    response = client.post(ENROL, {"code": current_code(device), "next": "/admin/"})
    return page, response, device


@pytest.mark.parametrize(
    "path", ["/admin/", "/admin/pages/", "/admin/users/", "/admin/snippets/members_area/resource/"]
)
def test_the_admin_is_closed_without_a_second_factor(superuser, path):
    client = sign_in_to_admin(superuser)
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(ENROL + "?next=")


def test_signing_in_on_the_members_page_does_not_open_the_admin_either(superuser):
    client = Client()
    client.post(MEMBER_LOGIN, {"username": superuser.email, "password": PASSWORD})
    assert "_auth_user_id" in client.session
    response = client.get("/admin/pages/")
    assert response["Location"].startswith(ENROL)


def test_a_forced_sign_in_alone_does_not_open_the_admin(superuser):
    client = Client()
    client.force_login(superuser)
    TOTPDevice.objects.create(user=superuser, name="Téléphone", confirmed=True)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"] == VERIFY + "?next=%2Fadmin%2F"


def test_first_sign_in_enrols_an_application_and_gives_recovery_codes(editor):
    client = sign_in_to_admin(editor)
    page, response, device = enrol(client)
    html = page.content.decode()
    assert page.status_code == 200
    assert 'src="data:image/svg+xml;base64,' in html
    assert 'alt="Code QR' in html
    assert '<label class="w-field__label" for="id_code"' in html
    assert 'autocomplete="one-time-code"' in html
    assert 'inputmode="numeric"' in html
    assert "https://" not in re.sub(r'href="https?://[^"]*"', "", html.split("<main")[1])
    # Confirmed: ten recovery codes, shown once, and the admin opens.
    assert response.status_code == 200
    codes = re.findall(r"<li><code>([a-z2-7]+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert set(codes) == set(StaticToken.objects.values_list("token", flat=True))
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200
    # A new session asks for the code, not for enrolment.
    other = sign_in_to_admin(editor)
    assert other.get("/admin/")["Location"].startswith(VERIFY)
    assert other.get(ENROL)["Location"].startswith(VERIFY)


def test_a_wrong_code_does_not_enrol(editor):
    client = sign_in_to_admin(editor)
    client.get(ENROL)
    response = client.post(ENROL, {"code": "000000"})
    assert response.status_code == 200
    assert "pas le bon" in response.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()
    assert client.get("/admin/").status_code == 302
    response = client.post(ENROL, {"code": "12ab"})
    assert "6 chiffres" in response.content.decode()


def test_each_session_verifies_a_code(superuser):
    device = TOTPDevice.objects.create(user=superuser, name="Téléphone", confirmed=True)
    client = sign_in_to_admin(superuser)
    page = client.get(VERIFY + "?next=/admin/pages/")
    assert 'autocomplete="one-time-code"' in page.content.decode()
    wrong = client.post(VERIFY + "?next=/admin/pages/", {"code": "000000"})
    assert "pas le bon" in wrong.content.decode()
    assert client.get("/admin/").status_code == 302
    device.refresh_from_db()
    device.throttle_reset()
    response = client.post(VERIFY, {"code": current_code(device), "next": "/admin/pages/"})
    assert response["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200


def test_verification_never_sends_elsewhere(superuser):
    device = TOTPDevice.objects.create(user=superuser, name="Téléphone", confirmed=True)
    client = sign_in_to_admin(superuser)
    response = client.post(VERIFY, {"code": current_code(device), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


def test_repeated_wrong_codes_are_slowed_down(superuser):
    device = TOTPDevice.objects.create(user=superuser, name="Téléphone", confirmed=True)
    client = sign_in_to_admin(superuser)
    client.post(VERIFY, {"code": "000000"})
    response = client.post(VERIFY, {"code": current_code(device)})
    assert response.status_code == 200
    assert "patientez" in response.content.decode()


def test_a_recovery_code_works_once(superuser):
    client = sign_in_to_admin(superuser)
    _page, response, _device = enrol(client)
    code = re.findall(r"<li><code>([a-z2-7]+)</code></li>", response.content.decode())[0]
    other = sign_in_to_admin(superuser)
    page = other.get(VERIFY + "?secours=1")
    assert "Code de secours" in page.content.decode()
    used = other.post(VERIFY + "?secours=1", {"code": code.upper(), "next": "/admin/"})
    assert used["Location"] == "/admin/"
    assert other.get("/admin/").status_code == 200
    assert StaticToken.objects.count() == 9
    third = sign_in_to_admin(superuser)
    StaticDevice.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)
    again = third.post(VERIFY + "?secours=1", {"code": code})
    assert again.status_code == 200
    assert third.get("/admin/").status_code == 302


def test_members_are_never_asked_for_a_second_factor(site):
    organisation = MemberOrganisationFactory(name="Commune de Bais")
    member = MemberFactory(organisation=organisation, email="elue@bais.exemple.fr")
    client = Client()
    response = client.post(MEMBER_LOGIN, {"username": member.email, "password": PASSWORD})
    assert response["Location"] == "/adherents/"
    assert client.get("/adherents/").status_code == 200
    # The admin refuses them as before, and offers them no enrolment.
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(ADMIN_LOGIN)
    assert client.get(ENROL)["Location"].startswith(ADMIN_LOGIN)
    assert not TOTPDevice.objects.exists()


def test_signing_out_stays_possible_before_the_second_factor(superuser):
    client = sign_in_to_admin(superuser)
    response = client.post("/admin/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_a_superuser_resets_a_lost_device(superuser, editor, admin_client):
    TOTPDevice.objects.create(user=editor, name="Téléphone", confirmed=True)
    listing = admin_client.get("/admin/users/")
    url = f"/admin/double-authentification/reinitialiser/{editor.pk}/"
    assert url in listing.content.decode()
    confirm = admin_client.get(url)
    assert confirm.status_code == 200
    assert "Réinitialiser la double authentification" in confirm.content.decode()
    response = admin_client.post(url)
    assert response["Location"] == "/admin/users/"
    assert not TOTPDevice.objects.filter(user=editor).exists()
    entry = ModelLogEntry.objects.get(action="reseau.second_factor_reset")
    assert entry.object_id == str(editor.pk)
    assert entry.user_id == superuser.pk
    # The editor enrols again at their next sign-in.
    assert sign_in_to_admin(editor).get("/admin/")["Location"].startswith(ENROL)


def test_only_a_superuser_resets(editor, site):
    other = UserFactory(email="autre@exemple.fr")
    TOTPDevice.objects.create(user=other, name="Téléphone", confirmed=True)
    client = Client()
    verified_login(client, editor)
    url = f"/admin/double-authentification/reinitialiser/{other.pk}/"
    assert client.get(url).status_code in (302, 403)
    assert client.post(url).status_code in (302, 403)
    assert TOTPDevice.objects.filter(user=other).exists()
    assert url not in client.get("/admin/users/").content.decode()


def test_resetting_an_unknown_user_is_404(admin_client):
    assert (
        admin_client.get("/admin/double-authentification/reinitialiser/999999/").status_code == 404
    )
