"""In Wagtail's admin, a contributor works on their own drafts and sees nothing of another
commune's: not in the lists, the search or the choosers, and no direct URL opens it."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from contributions import editor_access, visibility
from sheets.models import ExperienceSheetPage
from tests.second_factor import verified_login

from .conftest import client_of, sheet_form

pytestmark = pytest.mark.django_db

SECRET_TITLE = "Projet confidentiel de Bais"


@pytest.fixture
def bais_draft(contributor, theme):
    client_of(contributor).post(reverse("contributions:new"), sheet_form(theme, title=SECRET_TITLE))
    return ExperienceSheetPage.objects.get(title=SECRET_TITLE)


def admin_client(user):
    client = Client()
    verified_login(client, user)
    return client


def test_the_role_puts_the_member_in_wagtails_groups_and_unticking_it_removes_them(contributor):
    names = set(contributor.groups.values_list("name", flat=True))
    assert editor_access.CONTRIBUTORS_GROUP in names
    assert "Contributeurs : Commune de Bais" in names
    profile = contributor.member_profile
    profile.contributor = False
    profile.save()
    assert not contributor.groups.filter(name__startswith="Contributeurs ").exists()
    assert Group.objects.filter(name="Adhérent : Commune de Bais").exists()


def test_the_author_opens_their_draft_in_the_editor(contributor, bais_draft):
    client = admin_client(contributor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[bais_draft.pk]))
    assert response.status_code == 200
    # The commune of a sheet is theirs only.
    form = response.context["form"]
    assert list(form.fields["commune"].queryset) == [bais_draft.commune]


def direct_urls(page):
    revision = page.get_latest_revision()
    return [
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:workflow_history", args=[page.pk]),
        reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]),
        reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, revision.pk]),
        reverse("wagtailadmin_pages:copy", args=[page.pk]),
        reverse("wagtailadmin_pages:move", args=[page.pk]),
        reverse("wagtailadmin_pages:delete", args=[page.pk]),
        reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
        reverse("wagtailadmin_pages:usage", args=[page.pk]),
        reverse("wagtailadmin_pages:add_subpage", args=[page.pk]),
    ]


def test_no_direct_url_opens_another_communes_draft(other_contributor, bais_draft):
    client = admin_client(other_contributor)
    for url in direct_urls(bais_draft):
        for method in (client.get, client.post):
            response = method(url)
            assert response.status_code in (302, 403, 404), url
            assert SECRET_TITLE not in response.content.decode(), url
    response = client.post(reverse("wagtailadmin_pages:lock", args=[bais_draft.pk]))
    assert response.status_code in (302, 403, 404)
    bais_draft.refresh_from_db()
    assert not bais_draft.locked
    assert ExperienceSheetPage.objects.filter(title=SECRET_TITLE).count() == 1


def test_lists_search_and_choosers_hide_another_communes_draft(
    other_contributor, bais_draft, experience_index
):
    client = admin_client(other_contributor)
    for url in [
        reverse("wagtailadmin_explore", args=[experience_index.pk]),
        reverse("wagtailadmin_pages:search") + "?q=confidentiel",
        reverse("wagtailadmin_choose_page") + "?q=confidentiel",
        reverse("wagtailadmin_choose_page_child", args=[experience_index.pk]),
        f"/admin/api/main/pages/?child_of={experience_index.pk}&for_explorer=1",
        reverse("wagtailadmin_home"),
    ]:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert SECRET_TITLE not in response.content.decode(), url


def test_the_author_sees_it_in_the_list(contributor, bais_draft, experience_index):
    client = admin_client(contributor)
    response = client.get(reverse("wagtailadmin_explore", args=[experience_index.pk]))
    assert SECRET_TITLE in response.content.decode()


def test_the_page_search_sends_a_contributor_to_the_sheets_search(
    other_contributor, bais_draft, experience_index
):
    client = admin_client(other_contributor)
    response = client.get(reverse("wagtailadmin_pages:search") + "?q=Projet")
    assert response["Location"] == (
        reverse("wagtailadmin_explore", args=[experience_index.pk]) + "?q=Projet&search_all=1"
    )


def test_the_facilitator_searches_every_page(facilitator, bais_draft):
    client = admin_client(facilitator)
    response = client.get(reverse("wagtailadmin_pages:search") + "?q=confidentiel")
    assert response.status_code == 200
    assert SECRET_TITLE in response.content.decode()


def test_the_admin_api_shows_a_contributor_nothing_more(other_contributor, bais_draft):
    client = admin_client(other_contributor)
    assert client.get("/admin/api/main/pages/").status_code == 403
    assert client.get("/admin/api/main/pages/?search=confidentiel").status_code == 403
    assert client.get(f"/admin/api/main/pages/{bais_draft.pk}/").status_code == 404


def test_a_lapsed_organisations_contributor_finds_the_admin_closed(
    contributor, other_contributor, bais, bais_draft, experience_index
):
    """The groups follow the contributor box, the membership ends by its date: the admin closes
    at once, with the reason, and no list or chooser shows a draft (theirs or another's)."""
    client = admin_client(contributor)
    bais.active_until = timezone.localdate() - timedelta(days=1)
    bais.save()
    for url in [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[experience_index.pk]),
        reverse("wagtailadmin_pages:edit", args=[bais_draft.pk]),
        reverse("wagtailadmin_choose_page") + "?q=confidentiel",
        reverse("wagtailimages:add_multiple"),
        f"/admin/api/main/pages/?child_of={experience_index.pk}&for_explorer=1",
    ]:
        response = client.get(url)
        assert response.status_code == 403, url
        content = response.content.decode()
        assert SECRET_TITLE not in content, url
        assert "L'adhésion de Commune de Bais au réseau a pris fin le" in content, url
    # Signing out still works.
    assert client.post(reverse("wagtailadmin_logout")).status_code == 302
    # Wherever else the admin's querysets are filtered, no draft is left for them.
    contributor = type(contributor).objects.get(pk=contributor.pk)
    assert visibility.is_contributor_only(contributor)
    assert not visibility.visible_to(contributor, Page.objects.filter(pk=bais_draft.pk)).exists()
    # The other commune's contributor is not concerned.
    other = admin_client(other_contributor)
    assert other.get(reverse("wagtailadmin_explore", args=[experience_index.pk])).status_code == 200
