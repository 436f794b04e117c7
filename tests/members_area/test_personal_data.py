"""A member's data rights: the export (behind their password, their data and nothing reserved
they may not open), the closure of their account (what is anonymised, what is kept), the
inactivity rule, and the facilitator's admin actions."""

import datetime
import io
import json
import smtplib

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from members_area import access, personal_data
from members_area.inactivity import expire_inactive_accounts, shift_months
from members_area.models import AccountRecord, DownloadLog, MemberProfile
from tests.factories import (
    DownloadLogFactory,
    InvitationFactory,
    MemberFactory,
    ResourceFactory,
    UserFactory,
    WorkingGroupFactory,
)
from tests.second_factor import verified_login

PASSWORD = "motdepasse-demo"
PAGE = "/adherents/profil/donnees/"


@pytest.fixture
def member(organisation):
    user = MemberFactory(
        organisation=organisation,
        email="claire.martin@bais.fr",
        first_name="Claire",
        last_name="Martin",
        function="Adjointe à l'environnement",
    )
    WorkingGroupFactory(name="Groupe énergie", members=[user])
    return user


@pytest.fixture
def granted(member):
    resource = ResourceFactory(title="Cahier des charges chaufferie bois")
    access.grant(resource, member)
    return resource


@pytest.fixture
def hidden():
    return ResourceFactory(title="Dossier secret que Claire ne peut pas ouvrir")


@pytest.fixture
def member_client(site, member):
    client = Client()
    client.force_login(member)
    return client


def export(client, password=PASSWORD):
    return client.post(PAGE, {"export-password": password, "export": "1"})


# --- Export ------------------------------------------------------------------------------------


def test_the_profile_links_to_the_personal_data_page(member_client):
    response = member_client.get("/adherents/profil/")
    assert PAGE in response.content.decode()
    page = member_client.get(PAGE)
    assert page.status_code == 200
    assert "Télécharger mes données" in page.content.decode()


def test_export_needs_the_password(member_client, member):
    response = export(member_client, password="pas-le-bon")
    assert response.status_code == 400
    assert "Ce mot de passe n&#x27;est pas le bon" in response.content.decode()
    assert "Content-Disposition" not in response


def test_export_holds_the_members_data_and_nothing_reserved_they_may_not_open(
    member_client, member, organisation, granted, hidden
):
    DownloadLogFactory(resource=granted, user=member)
    DownloadLogFactory(resource=hidden, user=member)  # access withdrawn since
    other = MemberFactory(organisation=organisation, email="autre@bais.fr", last_name="Autre")
    DownloadLogFactory(resource=granted, user=other)
    InvitationFactory(email=member.email, organisation=organisation, function="Adjointe")
    InvitationFactory(email="autre@bais.fr", organisation=organisation)

    response = export(member_client)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["email"] == "claire.martin@bais.fr"
    assert data["account"]["last_name"] == "Martin"
    assert data["membership"]["organisation"] == "Commune de Bais"
    assert data["membership"]["function"] == "Adjointe à l'environnement"
    assert data["working_groups"] == ["Groupe énergie"]
    assert "Adhérent : Commune de Bais" in data["groups"]
    assert data["resources_you_may_open"] == ["Cahier des charges chaufferie bois"]
    assert data["resources_granted_to_you_personally"] == ["Cahier des charges chaufferie bois"]
    assert sorted(d["resource"] or "" for d in data["downloads"]) == [
        "",
        "Cahier des charges chaufferie bois",
    ]
    assert [i["function"] for i in data["invitations"]] == ["Adjointe"]
    text = response.content.decode()
    assert "Dossier secret" not in text
    assert "autre@bais.fr" not in text and "Autre" not in text


def test_export_lists_sign_ins_recorded_by_axes(site, member):
    client = Client()
    client.post("/adherents/connexion/", {"username": member.email, "password": PASSWORD})
    data = json.loads(export(client).content)
    assert len(data["sign_ins"]) == 1
    assert data["sign_ins"][0]["ip_address"] == "127.0.0.1"
    assert data["account"]["language_of_last_sign_in"] == "fr"


@pytest.mark.parametrize("kind", ["anonymous", "other member"])
def test_nobody_reaches_someone_elses_export(site, member, organisation, kind):
    client = Client()
    if kind == "other member":
        client.force_login(MemberFactory(organisation=organisation, email="voisin@bais.fr"))
    # The page takes no account identifier: whoever asks gets their own data, or signs in.
    response = export(client)
    if kind == "anonymous":
        assert response.status_code == 302
        assert "/adherents/connexion/" in response["Location"]
    else:
        assert json.loads(response.content)["account"]["email"] == "voisin@bais.fr"
    assert "claire" not in response.content.decode().lower()


# --- Closing one's account ---------------------------------------------------------------------


def close(client, password=PASSWORD, confirm=True):
    data = {"close-password": password, "close": "1"}
    if confirm:
        data["close-confirm"] = "on"
    return client.post(PAGE, data)


def test_closing_needs_the_password_and_the_confirmation(member_client, member):
    assert close(member_client, password="faux").status_code == 400
    response = close(member_client, confirm=False)
    assert response.status_code == 400
    assert "Cochez cette case" in response.content.decode()
    member.refresh_from_db()
    assert member.email == "claire.martin@bais.fr" and member.is_active


def test_closing_anonymises_keeps_contributions_and_signs_out(member_client, member, granted):
    log = DownloadLogFactory(resource=granted, user=member)
    InvitationFactory(email=member.email, organisation=member.member_profile.organisation)
    other_client = Client()
    other_client.force_login(member)  # another browser, signed in too

    response = close(member_client)

    assert response.status_code == 302
    user = get_user_model().objects.get(pk=member.pk)
    assert user.email == f"ancien-membre-{member.pk}@anonyme.invalid"
    assert str(user) == "Ancien membre"
    assert (user.first_name, user.is_active, user.has_usable_password()) == ("", False, False)
    assert not MemberProfile.objects.filter(user=user).exists()
    assert not user.groups.exists()
    assert not access.current_grants(granted)["users"]
    # The download log is kept, pseudonymised: it points at the anonymised row.
    log.refresh_from_db()
    assert log.user_id == member.pk
    assert DownloadLog.objects.filter(resource=granted).count() == 1
    assert AccountRecord.objects.get(user=user).anonymised_at is not None
    # No invitation keeps the old address; the confirmation went to it.
    assert not get_user_model().objects.filter(email="claire.martin@bais.fr").exists()
    assert [m.to for m in mail.outbox] == [["claire.martin@bais.fr"]]
    assert "fermé" in mail.outbox[0].subject
    # Signed out, here and in the other browser.
    assert member_client.get("/adherents/").status_code == 302
    assert other_client.get("/adherents/").status_code == 302
    assert (
        Client()
        .post("/adherents/connexion/", {"username": "claire.martin@bais.fr", "password": PASSWORD})
        .status_code
        == 200
    )  # the form again: nobody signs in with the old account


def test_closure_goes_on_when_the_mail_server_is_down(member_client, member, monkeypatch):
    def refuse(*args, **kwargs):
        raise smtplib.SMTPConnectError(421, "down")

    monkeypatch.setattr("members_area.emails.send_mail", refuse)
    assert close(member_client).status_code == 302
    member.refresh_from_db()
    assert personal_data.is_anonymised(member)


def test_staff_cannot_close_their_account_from_the_member_area(admin_client, admin_user):
    response = close(admin_client)
    assert response.status_code == 302
    admin_user.refresh_from_db()
    assert admin_user.is_active and admin_user.email == "admin@exemple.fr"


# --- Inactivity --------------------------------------------------------------------------------


def months_ago(months, days=0):
    return shift_months(timezone.now(), -months) - datetime.timedelta(days=days)


def test_shift_months_clamps_the_day():
    moment = datetime.datetime(2026, 3, 31, 12, tzinfo=datetime.UTC)
    assert shift_months(moment, -1).date() == datetime.date(2026, 2, 28)
    assert shift_months(moment, -24).date() == datetime.date(2024, 3, 31)


@pytest.fixture
def idle(organisation):
    """Members last seen 22, 23 and 24 months ago, and one who never signed in (25 months)."""
    return {
        "active": MemberFactory(
            organisation=organisation, email="active@bais.fr", last_login=months_ago(22)
        ),
        "idle23": MemberFactory(
            organisation=organisation, email="idle23@bais.fr", last_login=months_ago(23, 1)
        ),
        "idle24": MemberFactory(
            organisation=organisation, email="idle24@bais.fr", last_login=months_ago(24, 1)
        ),
        "never": MemberFactory(
            organisation=organisation, email="never@bais.fr", date_joined=months_ago(25)
        ),
    }


def test_warned_once_at_23_months_never_an_active_account(idle):
    outcome = expire_inactive_accounts()
    assert (outcome.warned, outcome.anonymised) == (3, 0)  # nobody closed without a warning
    assert sorted(m.to[0] for m in mail.outbox) == [
        "idle23@bais.fr",
        "idle24@bais.fr",
        "never@bais.fr",
    ]
    assert "sera bientôt fermé" in mail.outbox[0].subject
    assert expire_inactive_accounts().warned == 0  # once
    assert len(mail.outbox) == 3


def test_anonymised_at_24_months_a_month_after_the_warning(idle):
    expire_inactive_accounts()
    AccountRecord.objects.update(inactivity_warned_at=timezone.now() - datetime.timedelta(31))
    mail.outbox.clear()
    out = io.StringIO()
    call_command("expire_inactive_accounts", stdout=out)
    assert "anonymisés : 2" in out.getvalue()
    for key, closed in {"active": False, "idle23": False, "idle24": True, "never": True}.items():
        idle[key].refresh_from_db()
        assert personal_data.is_anonymised(idle[key]) is closed, key
    assert sorted(m.to[0] for m in mail.outbox) == ["idle24@bais.fr", "never@bais.fr"]
    assert expire_inactive_accounts().anonymised == 0  # an anonymised account stays out


def test_signing_in_again_resets_the_warning(site, idle):
    expire_inactive_accounts()
    Client().post("/adherents/connexion/", {"username": "idle23@bais.fr", "password": PASSWORD})
    assert AccountRecord.objects.get(user=idle["idle23"]).inactivity_warned_at is None


def test_warnings_are_in_the_language_of_the_last_sign_in(idle):
    AccountRecord.objects.create(user=idle["idle23"], language="en")
    expire_inactive_accounts()
    english = next(m for m in mail.outbox if m.to == ["idle23@bais.fr"])
    assert "will soon be closed" in english.subject


def test_staff_are_warned_but_never_anonymised(db):
    staff = UserFactory(email="equipe@exemple.fr", is_staff=True, last_login=months_ago(30))
    assert expire_inactive_accounts().warned == 1
    AccountRecord.objects.update(inactivity_warned_at=timezone.now() - datetime.timedelta(60))
    assert expire_inactive_accounts().anonymised == 0
    staff.refresh_from_db()
    assert staff.is_active and staff.email == "equipe@exemple.fr"
    assert "ne sera pas fermé automatiquement" in mail.outbox[0].body


def test_a_mail_server_down_is_retried_the_next_day(idle, monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr("members_area.emails.send_mail", refuse)
    outcome = expire_inactive_accounts()
    assert (outcome.warned, outcome.failed) == (0, 3)
    monkeypatch.undo()
    assert expire_inactive_accounts().warned == 3


# --- The facilitator's admin -------------------------------------------------------------------


def admin_url(member, action):
    return f"/admin/members-area/members/{member.member_profile.pk}/{action}/"


@pytest.fixture
def editor_client(site):
    """Staff who may edit pages but not manage members."""
    client = Client()
    client.force_login(UserFactory(email="redactrice@exemple.fr", is_staff=True))
    return client


def test_member_admin_offers_both_actions_to_the_facilitator(admin_client, member):
    listing = admin_client.get("/admin/snippets/members_area/memberprofile/").content.decode()
    assert admin_url(member, "export") in listing
    assert admin_url(member, "anonymise") in listing


@pytest.mark.parametrize("action", ["export", "anonymise"])
def test_admin_actions_are_for_the_facilitator_only(editor_client, member_client, member, action):
    for client in (editor_client, member_client, Client()):
        assert client.get(admin_url(member, action)).status_code in (302, 403)
        assert client.post(admin_url(member, action), {"confirm": "yes"}).status_code in (
            302,
            403,
        )
    member.refresh_from_db()
    assert member.email == "claire.martin@bais.fr"


def test_facilitator_exports_a_members_data(admin_client, member, granted):
    page = admin_client.get(admin_url(member, "export"))
    assert page.status_code == 200 and "Télécharger le fichier" in page.content.decode()
    response = admin_client.post(admin_url(member, "export"))
    assert json.loads(response.content)["account"]["email"] == "claire.martin@bais.fr"
    assert "no-store" in response["Cache-Control"]


def test_facilitator_anonymises_after_confirming_and_the_history_keeps_no_name(
    admin_client, member
):
    admin_client.post(admin_url(member, "export"))  # a history entry with her name
    url = admin_url(member, "anonymise")
    assert "Anonymiser le compte" in admin_client.get(url).content.decode()
    admin_client.post(url)  # not confirmed
    member.refresh_from_db()
    assert not personal_data.is_anonymised(member)
    response = admin_client.post(url, {"confirm": "yes"})
    assert response.status_code == 302
    member.refresh_from_db()
    assert personal_data.is_anonymised(member)
    assert mail.outbox[0].to == ["claire.martin@bais.fr"]
    labels = set(ModelLogEntry.objects.values_list("label", flat=True))
    assert labels == {"Ancien membre"}
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"members_area.personal_data_export", "members_area.account_anonymise"} <= actions


def test_facilitator_cannot_anonymise_a_staff_account(admin_client, organisation):
    staff = MemberFactory(organisation=organisation, email="equipe@exemple.fr", is_staff=True)
    admin_client.post(admin_url(staff, "anonymise"), {"confirm": "yes"})
    staff.refresh_from_db()
    assert staff.email == "equipe@exemple.fr"


def test_a_facilitator_with_the_members_permission_may_use_them(site, member):
    """Not only superusers: staff whose group may delete members (the facilitator's group)."""
    facilitators = Group.objects.create(name="Animation")
    facilitators.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="delete_memberprofile"),
    )
    facilitator = UserFactory(email="animatrice@exemple.fr", is_staff=True)
    facilitator.groups.add(facilitators)
    client = Client()
    verified_login(client, facilitator)
    response = client.post(admin_url(member, "export"))
    assert json.loads(response.content)["account"]["email"] == "claire.martin@bais.fr"


def test_the_personal_data_page_is_never_cached(member_client):
    response = member_client.get(PAGE)
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_anonymising_removes_the_second_factor_devices(member):
    """An account closed keeps no TOTP secret nor recovery codes (reseau.second_factor)."""
    TOTPDevice.objects.create(user=member, name="app", confirmed=True)
    StaticDevice.objects.create(user=member, name="codes", confirmed=True)

    personal_data.anonymise(member)

    assert not TOTPDevice.objects.filter(user=member).exists()
    assert not StaticDevice.objects.filter(user=member).exists()
