"""Who may open the applications in the admin and download a deliberation: the facilitation
team only. The join page, its form and its thank-you route are public and the same for all."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse

from tests.factories import MemberFactory, MemberOrganisationFactory, UserFactory
from tests.second_factor import verified_login

from .conftest import PDF, pdf_upload

KINDS = ["anonymous", "non_member", "lapsed_member", "active_member", "staff", "editor"]
SECRET = "claire.dubois@bais.fr"


def client_of(kind):
    client = Client()
    if kind == "anonymous":
        return client
    if kind == "non_member":
        client.force_login(UserFactory(email="visiteur@exemple.fr"))
    elif kind == "lapsed_member":
        organisation = MemberOrganisationFactory(name="Commune de Renazé", lapsed=True)
        client.force_login(MemberFactory(organisation=organisation, email="echu@exemple.fr"))
    elif kind == "active_member":
        organisation = MemberOrganisationFactory(name="Commune de Changé")
        client.force_login(MemberFactory(organisation=organisation, email="membre@exemple.fr"))
    elif kind == "staff":
        client.force_login(UserFactory(email="staff@exemple.fr", is_staff=True))
    elif kind == "editor":
        # An editor of the site's pages: the admin opens to them, the applications do not.
        editor = UserFactory(email="redaction@exemple.fr", is_staff=True)
        group, _created = Group.objects.get_or_create(name="Rédaction")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        editor.groups.add(group)
        verified_login(client, editor)
    return client


@pytest.fixture
def with_deliberation(application):
    application.deliberation = pdf_upload()
    application.save()
    return application


def admin_urls(application):
    return [
        reverse("membership_applications:index"),
        reverse("membership_applications:inspect", args=[application.pk]),
        reverse("membership_applications:approve", args=[application.pk]),
        reverse("membership_applications:decline", args=[application.pk]),
        reverse("membership_applications:deliberation", args=[application.pk]),
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_only_the_facilitation_team_opens_the_applications(site, with_deliberation, kind):
    client = client_of(kind)
    for url in admin_urls(with_deliberation):
        response = client.get(url)
        assert response.status_code in (302, 403), (kind, url, response.status_code)
        body = b"".join(response) if hasattr(response, "streaming_content") else response.content
        assert SECRET.encode() not in body
        assert PDF not in body
    response = client.post(admin_urls(with_deliberation)[2])
    assert response.status_code in (302, 403)
    with_deliberation.refresh_from_db()
    assert with_deliberation.is_pending


def test_the_facilitator_opens_them_and_downloads_the_deliberation(
    facilitator_client, with_deliberation
):
    for url in admin_urls(with_deliberation)[:4]:
        assert facilitator_client.get(url).status_code == 200, url
    response = facilitator_client.get(admin_urls(with_deliberation)[4])
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert "no-store" in response["Cache-Control"]
    assert response["Content-Disposition"].startswith("attachment")


def test_a_missing_deliberation_is_a_404(facilitator_client, application):
    url = reverse("membership_applications:deliberation", args=[application.pk])
    assert facilitator_client.get(url).status_code == 404


@pytest.mark.parametrize("kind", KINDS)
def test_the_join_page_is_public(join_page, kind):
    client = client_of(kind)
    assert client.get(join_page.url).status_code == 200
    assert client.get(join_page.url + join_page.reverse_subpage("form")).status_code == 200
    assert client.get(join_page.url + join_page.reverse_subpage("thanks")).status_code == 200


def test_the_join_page_is_cacheable_for_visitors_and_the_same_for_all(join_page, communes):
    first = Client().get(join_page.url)
    second = Client().get(join_page.url)
    assert "public" in first["Cache-Control"]
    assert not first.cookies
    assert first.content == second.content
    thanks = Client().get(join_page.url + "merci/")
    assert "public" in thanks["Cache-Control"]


def test_the_form_and_its_answers_are_never_stored(join_page, form_data):
    client = Client()
    form = client.get(join_page.url + "formulaire/")
    assert "no-store" in form["Cache-Control"] or "no-cache" in form["Cache-Control"]
    answer = client.post(join_page.url + "formulaire/", {**form_data, "email": ""})
    assert "no-store" in answer["Cache-Control"] or "no-cache" in answer["Cache-Control"]
    assert "public" not in answer["Cache-Control"]


def test_the_short_address_leads_to_the_join_page(join_page, english_home_page):
    response = Client().get("/adhesion/")
    assert response.status_code == 302
    assert response["Location"] == join_page.url


def test_without_a_join_page_the_short_address_is_a_404(site):
    assert Client().get("/adhesion/").status_code == 404


def test_the_footer_and_the_sign_in_page_link_to_it(join_page):
    assert 'href="/adhesion/"' in Client().get(join_page.url).content.decode()
    assert 'href="/adhesion/"' in Client().get(reverse("members_area:login")).content.decode()


def test_the_join_page_is_in_the_sitemap(join_page):
    assert join_page.url.encode() in Client().get("/sitemap.xml").content
