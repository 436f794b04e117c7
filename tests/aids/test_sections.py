"""The directory on the sheets' pages: the aids open on a theme on its page, and those open on
an experience sheet's themes on the sheet, in the page's language, each linking the directory
filtered on them."""

import pytest

from .conftest import days, make_aid

pytestmark = pytest.mark.django_db


def theme_url(tree, theme):
    return tree.themes_page.url + tree.themes_page.reverse_subpage(
        "theme_detail", kwargs={"slug": theme.slug}
    )


def test_theme_page_lists_the_open_aids_on_its_theme(tree, client):
    make_aid(tree, "Appel à venir capybara", opens_on=days(5), closes_on=days(40))
    html = client.get(theme_url(tree, tree.energie)).content.decode()
    assert "Aides ouvertes sur ce thème" in html
    assert "Éclairage public kangourou" in html
    assert "Fonds chaleur zéphyrin" in html
    assert "Obtenue par 1 projet du réseau" in html
    assert "Économies d&#x27;eau wombat" not in html  # another theme
    assert "Ancien appel tamanoir" not in html  # expired
    assert "capybara" not in html  # not open yet
    assert f"{tree.aids.url}?ouvertes=1&amp;theme=energie" in html


def test_theme_without_open_aids_shows_no_section(tree, client):
    tree.eau_aid.unpublish()
    html = client.get(theme_url(tree, tree.eau)).content.decode()
    assert "Aides ouvertes sur ce thème" not in html


def test_experience_sheet_lists_the_open_aids_on_its_themes(tree, client):
    html = client.get(tree.sheet.url).content.decode()
    assert "Aides mobilisables pour un projet proche" in html
    assert "Éclairage public kangourou" in html
    assert "Ancien appel tamanoir" not in html
    assert "Économies d&#x27;eau wombat" not in html


def test_publishing_an_aid_refreshes_the_cached_sheet(tree, client):
    assert "Appel neuf okapi" not in client.get(tree.sheet.url).content.decode()
    aid = make_aid(tree, "Appel neuf okapi", closes_on=days(30), live=False)
    aid.save_revision().publish()  # as an editor does: the sheet's fragments are removed
    assert "Appel neuf okapi" in client.get(tree.sheet.url).content.decode()
