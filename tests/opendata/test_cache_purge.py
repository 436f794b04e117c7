"""What changes a dataset purges its files and the catalogue from the front cache."""

import pytest
from wagtail.models import PageViewRestriction

from .conftest import DATASETS, add_sheet

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"
FILES = {ROOT + "/donnees/catalogue.jsonld"} | {
    ROOT + path
    for slug in DATASETS
    for path in (f"/donnees/{slug}.csv", f"/donnees/{slug}.json", f"/donnees/{slug}/schema.json")
}


def test_publishing_and_unpublishing_purge_the_files(tree, purged):
    with purged(ignore=None) as urls:
        sheet = add_sheet(tree, "Nouvelle fiche")
    assert urls >= FILES
    with purged(ignore=None) as urls:
        tree.event.save_revision().publish()
    assert urls >= FILES
    with purged(ignore=None) as urls:
        tree.aid.unpublish()
    assert urls >= FILES
    with purged(ignore=None) as urls:
        sheet.unpublish()
    assert urls >= FILES


def test_a_commune_theme_or_restriction_purges_them(tree, purged):
    with purged(ignore=None) as urls:
        tree.laval.population = 50000
        tree.laval.save()
    assert urls >= FILES
    with purged(ignore=None) as urls:
        tree.eau.name = "Eau potable"
        tree.eau.save()
    assert urls >= FILES
    with purged(ignore=None) as urls:
        PageViewRestriction.objects.create(page=tree.sheet, restriction_type="login")
    assert urls >= FILES
