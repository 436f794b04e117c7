"""Fixtures for the public content: the index pages under the French home page, themes,
communes, and helpers that build many sheets quickly (for query budgets)."""

from types import SimpleNamespace

import pytest

from sheets.factories import (
    CommuneFactory,
    CommuneIndexPageFactory,
    EventIndexPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    MapPageFactory,
    TechnicalIndexPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
    ThemeIndexPageFactory,
)
from sheets.models import (
    ExperienceAttachment,
    ExperienceFunding,
    ExperienceGalleryImage,
    ExperienceKeyFigure,
    ExperienceRelatedSheet,
    TechnicalRelatedExperience,
)
from tests.factories import ImageFactory

from .documents import make_document


@pytest.fixture
def tree(home_page):
    """Every index page, two themes and two communes."""
    return build_tree(home_page)


def build_tree(home_page):
    """The tree fixture's pages and snippets, for a module's world (tests/module_world.py)."""
    return SimpleNamespace(
        home=home_page,
        experiences=ExperienceIndexPageFactory(parent=home_page),
        technical=TechnicalIndexPageFactory(parent=home_page),
        events=EventIndexPageFactory(parent=home_page),
        themes_page=ThemeIndexPageFactory(parent=home_page),
        communes_page=CommuneIndexPageFactory(parent=home_page),
        map=MapPageFactory(parent=home_page),
        energie=ThemeFactory(name="Énergie", slug="energie"),
        eau=ThemeFactory(name="Économies d'eau", slug="economies-d-eau"),
        bais=CommuneFactory(
            name="Bais",
            slug="bais",
            insee_code="53016",
            postal_code="53160",
            population=1050,
            epci="Communauté de communes des Coëvrons",
        ),
        gorron=CommuneFactory(
            name="Gorron",
            slug="gorron",
            insee_code="53107",
            postal_code="53120",
            population=2700,
            epci="Communauté de communes du Bocage mayennais",
        ),
    )


def make_sheets(tree, count, **fields):
    """`count` published experience sheets, each with an image, a gallery, fundings, figures,
    two themes and documents (one public, one members only): what an N+1 would show."""
    sheets = []
    for n in range(count):
        sheet = ExperienceSheetPageFactory.build(
            commune=tree.bais if n % 2 else tree.gorron,
            main_image=ImageFactory(title=f"Photo {n}"),
            **fields,
        )
        sheet.key_figures = [ExperienceKeyFigure(value="12", unit="%", label="d'économies")]
        sheet.fundings = [ExperienceFunding(funder="ADEME", amount=1000)]
        sheet.gallery_images = [
            ExperienceGalleryImage(image=ImageFactory(title=f"Galerie {n}"), alt_text="Chantier")
        ]
        sheet.attachments = [
            ExperienceAttachment(document=make_document(f"Public {n}"), members_only=False),
            ExperienceAttachment(document=make_document(f"Réservé {n}"), members_only=True),
        ]
        tree.experiences.add_child(instance=sheet)
        sheet.themes.set([tree.energie, tree.eau])
        sheet.save_revision().publish()
        sheets.append(sheet)
    return sheets


def titles(response):
    """The titles of a listing's sheets, sorted."""
    return sorted(sheet.title for sheet in response.context["listing"].items)


def get(client, page, query=""):
    """`page` (plus a query string), which must answer 200."""
    response = client.get(page.url + query)
    assert response.status_code == 200
    return response


@pytest.fixture
def sheet(tree):
    """An experience sheet with every section, a related sheet and a technical sheet linking
    to it."""
    first, other = make_sheets(tree, 2)
    first.related_sheets = [ExperienceRelatedSheet(related=other)]
    first.save_revision().publish()
    technical = TechnicalSheetPageFactory(
        parent=tree.technical, title="Réussir son extinction nocturne", themes=[tree.energie]
    )
    technical.related_experiences = [TechnicalRelatedExperience(experience=first)]
    technical.save_revision().publish()
    return first
