"""Pages are served by Wagtail's own view and routing: 404s, drafts, view restrictions,
translations, and the menu and URLs follow the editors' changes."""

# ruff: noqa: F811 - the `tree` fixture is imported

import pytest
from django.contrib.auth.models import Group
from django.urls import resolve
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.views import serve as wagtail_serve

from sheets.factories import ExperienceSheetPageFactory
from tests.sheets.conftest import tree  # noqa: F401 - fixture

pytestmark = pytest.mark.django_db


@pytest.fixture
def sheet(tree):
    return ExperienceSheetPageFactory(
        parent=tree.experiences,
        title="Chaufferie bois de Bais",
        slug="chaufferie-bois",
        commune=tree.bais,
        themes=[tree.energie],
    )


def test_a_sheet_is_served_by_wagtail_with_its_breadcrumbs(anonymous_client, tree, sheet):
    response = anonymous_client.get(sheet.url)
    assert response.status_code == 200
    assert resolve(sheet.url).func is wagtail_serve
    assert response.context["page"].specific.pk == sheet.pk
    # Breadcrumbs from the page's ancestors: home, then the sheets' index page.
    html = response.content.decode()
    assert f'href="{tree.experiences.url}"' in html


@pytest.mark.parametrize(
    "path",
    [
        "/fiches-experiences/inconnue/",
        "/inconnue/chaufferie-bois/",
        "/fiches-experiences/chaufferie-bois/en-trop/",
        "/chaufferie-bois/",
    ],
)
def test_unknown_paths_are_404(anonymous_client, sheet, path):
    assert anonymous_client.get(path).status_code == 404


def test_a_draft_is_404_and_its_children_too(anonymous_client, tree, sheet):
    sheet.unpublish()
    assert anonymous_client.get(sheet.url_path.replace(tree.home.url_path, "/")).status_code == 404


def test_a_login_restriction_on_an_ancestor_protects_the_sheet(
    anonymous_client,
    non_member_client,
    tree,
    sheet,
):
    anonymous_client.get(sheet.url)  # the directory and the route are read once
    PageViewRestriction.objects.create(
        page=tree.experiences, restriction_type=PageViewRestriction.LOGIN
    )
    response = anonymous_client.get(sheet.url)
    assert response.status_code == 302
    assert "/adherents/connexion/" in response["Location"] or "login" in response["Location"]
    assert non_member_client.get(sheet.url).status_code == 200


def test_a_group_restriction_on_the_page_itself(
    anonymous_client, non_member_client, non_member_user, sheet
):
    restriction = PageViewRestriction.objects.create(
        page=sheet, restriction_type=PageViewRestriction.GROUPS
    )
    bureau = Group.objects.create(name="Élus du bureau")
    restriction.groups.add(bureau)
    assert anonymous_client.get(sheet.url).status_code == 302
    assert non_member_client.get(sheet.url).status_code == 302  # Wagtail: sign in as another
    non_member_user.groups.add(bureau)
    assert non_member_client.get(sheet.url).status_code == 200


def test_a_password_restriction_on_the_home_page_covers_the_site(anonymous_client, tree, sheet):
    PageViewRestriction.objects.create(
        page=tree.home, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    response = anonymous_client.get(sheet.url)
    assert response.status_code == 200
    assert "Chaufferie bois de Bais" not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_the_menu_follows_a_new_section_and_a_renamed_one(anonymous_client, tree, sheet):
    assert tree.experiences.title in anonymous_client.get("/").content.decode()
    tree.experiences.title = "Les expériences des communes"
    tree.experiences.save_revision().publish()
    html = anonymous_client.get("/").content.decode()
    assert "Les expériences des communes" in html
    tree.experiences.unpublish()
    assert "Les expériences des communes" not in anonymous_client.get("/").content.decode()
    assert (
        anonymous_client.get(tree.experiences.url_path[len(tree.home.url_path) - 1 :]).status_code
        == 404
    )
    # Like Wagtail, a live page under a draft one is still served.
    assert anonymous_client.get(sheet.url).status_code == 200


def test_a_renamed_section_slug_moves_its_pages(anonymous_client, tree, sheet):
    old_url = sheet.url
    anonymous_client.get(old_url)
    tree.experiences.slug = "experiences"
    tree.experiences.save_revision().publish()
    sheet.refresh_from_db()
    assert anonymous_client.get(old_url).status_code == 404
    assert anonymous_client.get("/experiences/chaufferie-bois/").status_code == 200


def test_english_urls_route_under_the_english_home(anonymous_client, english_home_page):
    response = anonymous_client.get("/en/")
    assert response.status_code == 200
    assert response.context["page"].pk == english_home_page.pk
    assert (
        anonymous_client.get("/").context["page"].pk
        == Page.objects.get(depth=2, locale__language_code="fr").pk
    )


def test_urls_follow_a_site_change(anonymous_client, sheet):
    """Page URLs (the canonical link) come from Wagtail's site root paths, renewed when a Site
    changes."""
    html = anonymous_client.get(sheet.url).content.decode()
    assert 'href="http://localhost/fiches-experiences/chaufferie-bois/"' in html

    site = Site.objects.get(is_default_site=True)
    site.hostname = "reseau.exemple.fr"
    site.save()
    html = anonymous_client.get(sheet.url).content.decode()
    assert '<link rel="canonical" href="http://reseau.exemple.fr/fiches-experiences/' in html
