"""Cache-Control for each kind of visitor (reseau/http_cache.py): what a shared cache may keep,
and what must stay private to one browser or never be stored at all."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.files.base import ContentFile
from django.http import HttpResponse
from django.test import Client

from members_area.documents import make_pdf
from reseau.http_cache import CacheControlMiddleware
from reseau.models import CustomDocument
from sheets.factories import (
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
)
from sheets.models import ExperienceAttachment
from tests.factories import MemberFactory, MemberOrganisationFactory


def directives(response):
    return {
        part.strip().split("=")[0]: part.strip() for part in response["Cache-Control"].split(",")
    }


def assert_public(response, s_maxage):
    assert response.status_code == 200
    found = directives(response)
    assert "public" in found
    assert "private" not in found and "no-store" not in found
    assert found["s-maxage"] == f"s-maxage={s_maxage}"
    assert found["max-age"] == "max-age=60"
    assert "Cookie" in response["Vary"]
    assert not response.cookies


def assert_private(response, *, no_store=None):
    """`no_store`: True or False when it matters, None when the view chose either."""
    found = directives(response)
    assert "private" in found
    assert "public" not in found and "s-maxage" not in found
    if no_store is not None:
        assert ("no-store" in found) is no_store


@pytest.fixture
def sheet(home_page):
    index = ExperienceIndexPageFactory(parent=home_page, title="Fiches", slug="fiches")
    return ExperienceSheetPageFactory(parent=index, title="Chaufferie bois", slug="chaufferie")


@pytest.fixture
def member_client(site):
    organisation = MemberOrganisationFactory(name="Commune de Bais")
    client = Client()
    client.force_login(MemberFactory(organisation=organisation, email="membre@exemple.fr"))
    return client


def test_anonymous_public_pages_are_kept_by_shared_caches(anonymous_client, sheet):
    for url in ("/", sheet.get_parent().url, sheet.url):
        assert_public(anonymous_client.get(url), s_maxage=600)


def test_a_query_string_is_kept_briefly(anonymous_client, sheet):
    """Filtered and paginated listings cannot be purged URL by URL: a short shared life."""
    assert_public(anonymous_client.get(sheet.get_parent().url + "?page=1"), s_maxage=60)


def test_the_shared_lifetimes_are_settings(anonymous_client, sheet, settings):
    settings.CACHE_CONTROL_S_MAXAGE = 3600
    settings.CACHE_CONTROL_QUERY_S_MAXAGE = 30
    assert_public(anonymous_client.get("/"), s_maxage=3600)
    assert_public(anonymous_client.get("/?page=2"), s_maxage=30)


def test_a_page_with_a_csrf_form_is_private(site):
    response = Client().get("/adherents/connexion/")
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert response.cookies  # the CSRF cookie: never for a shared cache
    assert_private(response)


def test_any_response_that_sets_a_cookie_is_private(rf):
    """Whatever view renders a CSRF token (or sets any other cookie) without choosing its own
    Cache-Control."""

    def view_with_a_form(request):
        response = HttpResponse("<form>…</form>")
        response.set_cookie("csrftoken", "token")
        return response

    request = rf.get("/un-formulaire/")
    request.user = AnonymousUser()
    assert_private(CacheControlMiddleware(view_with_a_form)(request), no_store=False)
    request = rf.get("/une-page/")
    request.user = AnonymousUser()
    response = CacheControlMiddleware(lambda request: HttpResponse("ok"))(request)
    assert "public" in response["Cache-Control"]


def test_a_pending_message_or_a_session_makes_a_page_private(anonymous_client, sheet):
    for cookie in ("messages", "sessionid"):
        client = Client()
        client.cookies[cookie] = "pending"
        response = client.get(sheet.url)
        assert response.status_code == 200
        assert_private(response, no_store=False)


@pytest.mark.parametrize("kind", ["non_member", "member", "admin"])
def test_signed_in_people_get_private_uncached_public_pages(
    kind, non_member_client, member_client, admin_client, sheet
):
    """A member sees contacts and attachments on public pages: no cache may keep their copy."""
    client = {"non_member": non_member_client, "member": member_client, "admin": admin_client}[kind]
    for url in ("/", sheet.url):
        response = client.get(url)
        assert response.status_code == 200
        assert_private(response, no_store=True)


def test_the_member_area_is_private_and_never_stored(anonymous_client, member_client):
    response = member_client.get("/adherents/")
    assert response.status_code == 200
    assert_private(response, no_store=True)
    # Not signed in: a redirect to the sign-in page, private too.
    response = anonymous_client.get("/adherents/")
    assert response.status_code == 302
    assert_private(response, no_store=False)


def test_the_admin_is_private_and_never_stored(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert_private(response, no_store=True)


def test_documents_are_private_and_never_stored(anonymous_client, member_client, sheet):
    reserved = CustomDocument.objects.create(
        title="Bilan réservé", file=ContentFile(make_pdf("Bilan", "Bilan"), name="bilan.pdf")
    )
    public = CustomDocument.objects.create(
        title="Plaquette", file=ContentFile(make_pdf("Plaquette", "P"), name="plaquette.pdf")
    )
    ExperienceAttachment.objects.create(page=sheet, document=reserved, members_only=True)
    ExperienceAttachment.objects.create(page=sheet, document=public, members_only=False)

    for client, document, status in (
        (member_client, reserved, 200),
        (anonymous_client, reserved, 302),
        (anonymous_client, public, 200),
    ):
        response = client.get(document.url)
        assert response.status_code == status, document.url
        assert_private(response, no_store=True)


def test_not_found_and_posts_are_private(anonymous_client, site):
    assert_private(anonymous_client.get("/cette-page-nexiste-pas/"), no_store=False)
    response = anonymous_client.post("/")
    assert_private(response, no_store=False)


def test_a_view_that_chose_its_cache_control_keeps_it(anonymous_client, site):
    response = anonymous_client.get("/robots.txt")
    assert response["Cache-Control"] == "max-age=86400"
