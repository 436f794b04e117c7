"""Fixtures for the directory's public pages: the directory beside the sheets' sections, two
themes, a commune, funders, and helpers to make aids and sheets whose fundings point to them."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from aids.factories import AidIndexPageFactory, AidPageFactory, FunderFactory
from aids.models import AidKind
from sheets.factories import (
    CommuneFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from sheets.models import ExperienceFunding

# The purge recorder of the sheets' cache tests.
from tests.sheets.test_cache_purge import purged  # noqa: F401


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


def make_aid(tree, title, themes=None, **fields):
    themes = [tree.energie] if themes is None else themes
    fields.setdefault("funder", tree.ademe)
    return AidPageFactory(parent=tree.aids, title=title, themes=themes, **fields)


def make_sheet(tree, title, fundings=(), themes=None, **fields):
    """A published experience sheet with funding rows: (funder, amount, aid or None)."""
    sheet = ExperienceSheetPageFactory.build(title=title, commune=tree.bais, **fields)
    sheet.fundings = [
        ExperienceFunding(funder=funder, amount=amount, aid=aid) for funder, amount, aid in fundings
    ]
    tree.experiences.add_child(instance=sheet)
    sheet.themes.set([tree.energie] if themes is None else themes)
    sheet.save_revision().publish()
    return sheet


@pytest.fixture
def tree(home_page):
    return build_tree(home_page)


def build_tree(home_page):
    """The tree fixture's directory: for a module's world too (tests/module_world.py)."""
    tree = SimpleNamespace(
        home=home_page,
        themes_page=ThemeIndexPageFactory(parent=home_page),
        experiences=ExperienceIndexPageFactory(parent=home_page),
        aids=AidIndexPageFactory(parent=home_page, show_in_menus=True),
        energie=ThemeFactory(name="Énergie", slug="energie"),
        eau=ThemeFactory(name="Économies d'eau", slug="economies-d-eau"),
        bais=CommuneFactory(name="Bais", slug="bais", insee_code="53016", population=1472),
        ademe=FunderFactory(name="Agence de la transition écologique", short_name="ADEME"),
        region=FunderFactory(name="Région Pays de la Loire", short_name="Région"),
    )
    tree.fonds_chaleur = make_aid(
        tree,
        "Fonds chaleur zéphyrin",
        closes_on=days(60),
        population_max=3500,
        rate_min=20,
        rate_max=40,
    )
    tree.eclairage = make_aid(
        tree,
        "Éclairage public kangourou",
        funder=tree.region,
        kind=AidKind.LOAN,
        closes_on=days(10),
        population_min=5000,
    )
    tree.sans_date = make_aid(
        tree, "Conseil en énergie partagé ornithorynque", closes_on=None, kind=AidKind.ENGINEERING
    )
    tree.eau_aid = make_aid(tree, "Économies d'eau wombat", themes=[tree.eau], closes_on=days(120))
    tree.expired = make_aid(tree, "Ancien appel tamanoir", closes_on=days(-5))
    tree.sheet = make_sheet(
        tree,
        "Chaufferie bois de Bais",
        fundings=[("ADEME", 42000, tree.fonds_chaleur), ("Commune", 10000, None)],
    )
    return tree
