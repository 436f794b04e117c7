"""The site-wide layout: language, landmarks, skip link, footer from the site settings."""

import re

import pytest

from members_area.factories import MemberFactory
from reseau.models import NetworkSettings
from tests.project_files import APPS, REPO_ROOT

pytestmark = pytest.mark.django_db


def test_home_page_has_accessible_landmarks(anonymous_client, site):
    network = NetworkSettings.for_site(site)
    network.phone = "02 43 49 10 02"
    network.facilitator_name = "Maude Laurent"
    network.save()
    html = anonymous_client.get("/").content.decode()
    assert '<html lang="fr">' in html
    assert 'href="#contenu"' in html and 'id="contenu"' in html
    # <header> and <footer>, children of <body>, are the banner and contentinfo landmarks by
    # themselves: an explicit role on them is redundant (the Nu Html Checker warns).
    for landmark in (
        '<header class="site-header">',
        "<main",
        '<footer class="site-footer">',
        'role="search"',
    ):
        assert landmark in html
    assert 'role="banner"' not in html and 'role="contentinfo"' not in html
    assert "02 43 49 10 02" in html and "Maude Laurent" in html


def test_english_home_is_served_under_en(anonymous_client, english_home_page):
    response = anonymous_client.get("/en/")
    assert response.status_code == 200
    assert b'<html lang="en">' in response.content
    assert b'hreflang="fr"' in response.content


def test_unknown_url_gives_the_designed_404(anonymous_client, site):
    response = anonymous_client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_robots_and_sitemap(anonymous_client, site):
    assert anonymous_client.get("/robots.txt").status_code == 200
    assert anonymous_client.get("/sitemap.xml").status_code == 200


def test_no_form_has_an_empty_action():
    """`action=""` is an HTML error (the Nu checker's "must be non-empty"); a form that submits
    to its own page leaves the attribute out."""
    offenders = [
        path.relative_to(REPO_ROOT).as_posix()
        for app in APPS
        for path in sorted((REPO_ROOT / app).rglob("*.html"))
        if re.search(r"<form\b[^>]*\saction=(\"\"|'')", path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_member_resource_list_form_has_no_empty_action(client, site):
    member = MemberFactory()
    client.force_login(member)
    html = client.get("/adherents/ressources/").content.decode()
    assert '<form class="filters resource-filters" method="get"' in html
    assert 'action=""' not in html


def test_member_area_link_in_the_tools_and_in_the_phone_menu_bar(client, site):
    """Wide screens show the link among the header's tools, phones in the menu bar beside the
    menu's toggle (site.css shows one of the two): both say the same for each user."""
    html = client.get("/").content.decode()
    assert '<a class="member-link member-link--tools" href="/adherents/connexion/">' in html
    assert '<a class="member-link member-link--bar" href="/adherents/connexion/">' in html
    client.force_login(MemberFactory())
    html = client.get("/").content.decode()
    assert html.count(">Mon espace</a>") == 2
    bar = html[html.index('class="main-nav"') :]
    assert bar.index("main-nav__toggle") < bar.index("member-link--bar") < bar.index("<ul")
