"""A small network to publish: every section, two themes, two communes, and public sheets,
events and aids, with members-only parts and pages that must not be published."""

import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from aids.factories import AidIndexPageFactory, AidPageFactory, FunderFactory
from sheets.factories import (
    CommuneFactory,
    CommuneIndexPageFactory,
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    TechnicalIndexPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
)
from sheets.models import ExperienceAttachment, ExperienceFunding, ExperienceKeyFigure
from tests.sheets.documents import make_document

# The purge recorder of the sheets' cache tests.
from tests.sheets.test_cache_purge import purged  # noqa: F401

DATASETS = ("fiches-experiences", "fiches-techniques", "rencontres", "aides", "communes")


def add_sheet(tree, title, **fields):
    """A published experience sheet of Bais with a key figure and a funding row."""
    sheet = ExperienceSheetPageFactory.build(title=title, commune=tree.bais, **fields)
    sheet.key_figures = [ExperienceKeyFigure(value="12 000", unit="kWh/an", label="économisés")]
    sheet.fundings = [ExperienceFunding(funder="ADEME", amount=12000)]
    tree.experiences.add_child(instance=sheet)
    sheet.themes.set([tree.energie, tree.eau])
    sheet.main_theme = tree.energie
    sheet.save_revision().publish()
    return sheet


def published(page):
    """Published as an editor does (the factories' last save forgets the publication date)."""
    page.save_revision().publish()
    return page


def add_event(tree, title, **fields):
    fields.setdefault("start", timezone.now() + datetime.timedelta(days=10))
    fields.setdefault("end", fields["start"] + datetime.timedelta(hours=2))
    return published(
        EventPageFactory(
            parent=tree.events, title=title, host_commune=tree.bais, themes=[tree.eau], **fields
        )
    )


def add_aid(tree, title, **fields):
    return AidPageFactory(
        parent=tree.aids, title=title, funder=tree.ademe, themes=[tree.energie], **fields
    )


def add_technical(tree, title, **fields):
    return published(
        TechnicalSheetPageFactory(
            parent=tree.technical, title=title, themes=[tree.energie], **fields
        )
    )


def grow(tree, n, start=0):
    """n more public pages of each kind, numbered from `start`."""
    for i in range(start, start + n):
        add_sheet(tree, f"Chaufferie bois n° {i}")
        add_technical(tree, f"Réussir une chaufferie n° {i}")
        add_event(tree, f"Visite de chaufferie n° {i}")
        add_aid(tree, f"Fonds chaleur n° {i}")
        CommuneFactory(name=f"Commune n° {i}", slug=f"commune-{i}", insee_code=f"539{i:02d}")


@pytest.fixture
def tree(home_page):
    return build_tree(home_page)


def build_tree(home_page):
    """The tree fixture's network: for a module's world too (tests/module_world.py)."""
    tree = SimpleNamespace(
        home=home_page,
        experiences=ExperienceIndexPageFactory(parent=home_page, slug="fiches"),
        technical=TechnicalIndexPageFactory(parent=home_page, slug="techniques"),
        events=EventIndexPageFactory(parent=home_page, slug="agenda"),
        communes=CommuneIndexPageFactory(parent=home_page, slug="communes"),
        aids=AidIndexPageFactory(parent=home_page),
        energie=ThemeFactory(name="Énergie", slug="energie"),
        eau=ThemeFactory(name="Eau", slug="eau"),
        bais=CommuneFactory(
            name="Bais", slug="bais", insee_code="53016", population=1472, area="35.12"
        ),
        laval=CommuneFactory(name="Laval", slug="laval", insee_code="53130"),
        ademe=FunderFactory(name="Agence de la transition écologique", short_name="ADEME"),
    )
    tree.sheet = add_sheet(tree, "Chaufferie bois de Bais")
    ExperienceAttachment.objects.create(
        page=tree.sheet,
        document=make_document("Devis confidentiel okapi"),
        title="Devis confidentiel okapi",
        members_only=True,
    )
    tree.technical_sheet = add_technical(tree, "Réussir une chaufferie bois")
    tree.event = add_event(
        tree,
        "Visite de la chaufferie",
        report="<p>Compte rendu public ornithorynque.</p>",
    )
    tree.reserved_report = add_event(
        tree,
        "Rencontre des élus",
        report="<p>Compte rendu réservé tamanoir.</p>",
        report_members_only=True,
    )
    tree.aid = add_aid(tree, "Fonds chaleur", closes_on=timezone.localdate())
    return tree
