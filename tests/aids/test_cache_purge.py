"""What the front cache forgets when an aid is published or unpublished: the aid (Wagtail), the
directory in each language that lists it, its themes' pages and the sheets that show it."""

import pytest

from core.translation import translate
from tests.sheets.test_cache_purge import ROOT

from .conftest import days, make_aid, make_sheet

pytestmark = pytest.mark.django_db


def test_publishing_an_aid_purges_the_directory_themes_and_sheets(tree, purged):
    other = make_sheet(tree, "Récupération d'eau de pluie", themes=[tree.eau])
    with purged() as urls:
        tree.fonds_chaleur.save_revision().publish()
    assert ROOT + tree.fonds_chaleur.url in urls
    assert ROOT + tree.aids.url in urls
    assert ROOT + "/themes/energie/" in urls
    assert ROOT + tree.sheet.url in urls
    assert ROOT + other.url not in urls


def test_unpublishing_purges_them_too(tree, purged):
    with purged() as urls:
        tree.fonds_chaleur.unpublish()
    assert ROOT + tree.aids.url in urls
    assert ROOT + tree.sheet.url in urls


def test_a_french_aid_purges_the_english_directory(tree, locales, english_home_page, purged):
    translate(tree.aids, locales["en"], {"title": "Funding and support"})
    aid = make_aid(tree, "Nouvel appel okapi", closes_on=days(30), live=False)
    with purged() as urls:
        aid.save_revision().publish()
    assert ROOT + "/en/funding-and-support/" in urls
    assert ROOT + tree.aids.url in urls
