"""Sign in, sign out, throttling, password reset, invitations and the profile page."""

import datetime
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from members_area.models import Invitation, MemberProfile
from reseau.models import User
from reseau.settings.base import session_engine
from tests.factories import InvitationFactory, MemberFactory

pytestmark = pytest.mark.django_db

LOGIN = "/adherents/connexion/"


@pytest.fixture
def member(organisation):
    return MemberFactory(organisation=organisation, email="elue@bais.exemple.fr")


def test_sign_in_with_email_and_password(site, member):
    client = Client()
    page = client.get(LOGIN)
    assert page.status_code == 200
    assert b'<label for="id_username">' in page.content
    assert b'<label for="id_password">' in page.content
    response = client.post(
        LOGIN, {"username": "Elue@Bais.exemple.fr", "password": "motdepasse-demo"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/adherents/"
    assert client.get("/adherents/").status_code == 200


def test_sign_in_redirects_to_next_but_never_off_site(site, member):
    client = Client()
    response = client.post(
        LOGIN + "?next=/adherents/ressources/",
        {"username": member.email, "password": "motdepasse-demo", "next": "/adherents/ressources/"},
    )
    assert response["Location"] == "/adherents/ressources/"
    client = Client()
    response = client.post(
        LOGIN,
        {"username": member.email, "password": "motdepasse-demo", "next": "https://evil.example/"},
    )
    assert response["Location"] == "/adherents/"


def test_wrong_password_gives_a_clear_french_message(site, member):
    response = Client().post(LOGIN, {"username": member.email, "password": "faux"})
    assert response.status_code == 200
    assert b"Adresse e-mail ou mot de passe incorrect" in response.content
    assert b'role="alert"' in response.content


def test_repeated_failures_are_throttled_with_a_clear_message(site, member, settings):
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post(LOGIN, {"username": member.email, "password": "faux"})
    response = client.post(LOGIN, {"username": member.email, "password": "motdepasse-demo"})
    assert response.status_code == 429
    assert "Connexion temporairement bloquée".encode() in response.content
    assert "_auth_user_id" not in client.session


def test_sign_out_is_post_only(site, member):
    client = Client()
    client.force_login(member)
    assert client.get("/adherents/deconnexion/").status_code == 405
    response = client.post("/adherents/deconnexion/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_by_email(site, member):
    client = Client()
    response = client.post("/adherents/mot-de-passe-oublie/", {"email": member.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert "mot de passe" in message.subject
    link = re.search(r"https?://[^/]+(/adherents/mot-de-passe/\S+)", message.body).group(1)
    form = client.get(link, follow=True)
    assert form.status_code == 200
    set_url = form.redirect_chain[-1][0] if form.redirect_chain else link
    response = client.post(
        set_url,
        {"new_password1": "Ardoise-de-Renaze-1907", "new_password2": "Ardoise-de-Renaze-1907"},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("Ardoise-de-Renaze-1907")
    # The link is single-use.
    assert b"plus valable" in client.get(link, follow=True).content


def test_password_reset_for_unknown_email_reveals_nothing(site):
    response = Client().post("/adherents/mot-de-passe-oublie/", {"email": "inconnu@exemple.fr"})
    assert response.status_code == 302
    assert mail.outbox == []


def test_invitation_flow(site, organisation):
    invitation = InvitationFactory(email="nouveau@bais.exemple.fr", organisation=organisation)
    url = f"/adherents/invitation/{invitation.token}/"
    client = Client()
    page = client.get(url)
    assert page.status_code == 200
    assert organisation.name.encode() in page.content
    weak = client.post(
        url, {"first_name": "Jean", "last_name": "Morin", "password1": "123", "password2": "123"}
    )
    assert weak.status_code == 200
    assert b"errorlist" in weak.content
    response = client.post(
        url,
        {
            "first_name": "Jean",
            "last_name": "Morin",
            "password1": "Chaufferie-bois-2024",
            "password2": "Chaufferie-bois-2024",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="nouveau@bais.exemple.fr")
    assert user.check_password("Chaufferie-bois-2024")
    assert MemberProfile.objects.get(user=user).organisation == organisation
    assert user.groups.filter(pk=organisation.group_id).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None
    # Single use.
    assert Client().get(url).status_code == 404


def test_expired_forged_and_used_invitation_links_are_refused(site, organisation):
    expired = InvitationFactory(organisation=organisation)
    Invitation.objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    client = Client()
    for token in (expired.token, "forged-token", "x" * 300, expired.token_hash):
        response = client.get(f"/adherents/invitation/{token}/")
        assert response.status_code == 404
        assert b"pas valable" in response.content


def test_only_the_token_hash_is_stored(db, organisation):
    invitation = InvitationFactory(organisation=organisation)
    assert invitation.token not in invitation.token_hash
    assert Invitation.objects.filter(token_hash=invitation.token).count() == 0


def test_profile_page_edits_name_and_function(site, member):
    client = Client()
    client.force_login(member)
    page = client.get("/adherents/profil/")
    assert page.status_code == 200
    assert b'for="id_function"' in page.content
    response = client.post(
        "/adherents/profil/",
        {"first_name": "Annie", "last_name": "Galland", "function": "Maire adjointe"},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.first_name, member.member_profile.function) == ("Annie", "Maire adjointe")


def test_profile_password_change(site, member):
    client = Client()
    client.force_login(member)
    response = client.post(
        "/adherents/profil/mot-de-passe/",
        {
            "old_password": "motdepasse-demo",
            "new_password1": "Haies-bocageres-53",
            "new_password2": "Haies-bocageres-53",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password("Haies-bocageres-53")


def test_password_help_list_sits_in_a_block_element(site, member):
    """Django's password help is a list: inside a <span> it is invalid HTML (Nu Html Checker)."""
    client = Client()
    client.force_login(member)
    html = client.get("/adherents/profil/mot-de-passe/").content.decode()
    assert '<div class="helptext" id="id_new_password1_helptext"><ul>' in html
    assert '<span class="helptext"' not in html


@pytest.mark.parametrize("url", ["/adherents/", "/adherents/profil/", "/adherents/ressources/"])
def test_member_pages_ask_anonymous_visitors_to_sign_in(site, url):
    response = Client().get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_lapsed_member_is_told_why(site, lapsed_organisation):
    client = Client()
    client.force_login(MemberFactory(organisation=lapsed_organisation))
    response = client.get("/adherents/")
    assert response.status_code == 200
    assert b"a pris fin" in response.content


@override_settings(MEMBERS_INVITATION_VALID_DAYS=3)
def test_invitation_expiry_follows_the_setting(db, organisation):
    invitation = InvitationFactory(organisation=organisation)
    delta = invitation.expires_at - timezone.now()
    assert datetime.timedelta(days=2, hours=23) < delta <= datetime.timedelta(days=3)


@pytest.mark.parametrize(
    ("backend", "engine"),
    [
        ("django_redis.cache.RedisCache", "django.contrib.sessions.backends.cached_db"),
        (
            "django.core.cache.backends.redis.RedisCache",
            "django.contrib.sessions.backends.cached_db",
        ),
        ("django.core.cache.backends.locmem.LocMemCache", "django.contrib.sessions.backends.db"),
        ("django.core.cache.backends.dummy.DummyCache", "django.contrib.sessions.backends.db"),
    ],
)
def test_sessions_are_read_from_the_cache_only_when_every_process_shares_it(backend, engine):
    assert session_engine({"default": {"BACKEND": backend}}) == engine


@override_settings(SESSION_ENGINE="django.contrib.sessions.backends.cached_db")
def test_a_cached_session_costs_no_query_and_dies_with_the_sign_out(site, member):
    """With sessions in a shared cache (production), a member's page reads no session row,
    and the cookie of a signed-out session opens nothing, in the cache as in the database."""
    client = Client()
    client.post(LOGIN, {"username": member.email, "password": "motdepasse-demo"})
    assert client.get("/adherents/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/adherents/").status_code == 200
    assert not [q for q in queries.captured_queries if "django_session" in q["sql"]]
    cookie = client.cookies["sessionid"].value
    client.post("/adherents/deconnexion/")
    replay = Client()
    replay.cookies["sessionid"] = cookie
    response = replay.get("/adherents/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
