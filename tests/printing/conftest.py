"""A French experience sheet with its English translation, a technical sheet, each with
members-only parts that the PDF must leave out."""

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader

from core.translation import translate
from sheets.factories import (
    CommuneFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    TechnicalIndexPageFactory,
    TechnicalSheetPageFactory,
    ThemeFactory,
)
from sheets.models import (
    ExperienceAttachment,
    ExperienceFunding,
    ExperienceGalleryImage,
    ExperienceKeyFigure,
    ExperienceSheetPage,
    TechnicalSheetPage,
)
from tests.factories import ImageFactory
from tests.sheets.documents import make_document

RESERVED_DOCUMENT = "Compte rendu réservé du conseil"
CONTACT = "Claire Dupont"


@pytest.fixture
def english(locales):
    return locales["en"]


@pytest.fixture
def energy(english):
    theme = ThemeFactory(name="Énergie", slug="energie", icon="energie", colour="#224466")
    translate(theme, english, {"name": "Energy", "description": "Saving energy."})
    return theme


@pytest.fixture
def sheet(home_page, english_home_page, english, energy):
    index = ExperienceIndexPageFactory(parent=home_page)
    translate(index, english, {"title": "Experience sheets"})
    page = ExperienceSheetPageFactory.build(
        slug="renovation-ecole",
        title="Rénovation énergétique de l'école",
        commune=CommuneFactory(
            name="Gorron", insee_code="53107", population=2650, epci="CC Bocage"
        ),
        main_image=ImageFactory(title="Photo"),
        latitude=Decimal("48.41000"),
        longitude=Decimal("-0.81500"),
        contact_name=CONTACT,
        costs="<p>Coût total des travaux.</p>",
    )
    page.key_figures = [ExperienceKeyFigure(value="-67", unit="%", label="de chauffage")]
    page.fundings = [ExperienceFunding(funder="ADEME", amount=12000)]
    page.gallery_images = [
        ExperienceGalleryImage(image=ImageFactory(title="Galerie"), alt_text="Le chantier")
    ]
    page.attachments = [
        ExperienceAttachment(document=make_document(RESERVED_DOCUMENT), members_only=True),
        ExperienceAttachment(document=make_document("Plan public"), members_only=False),
    ]
    index.add_child(instance=page)
    page.themes.set([energy])
    page.main_theme = energy
    page.save_revision().publish()
    return ExperienceSheetPage.objects.get(pk=page.pk)


@pytest.fixture
def english_sheet(sheet, english):
    return translate(
        sheet,
        english,
        {
            "title": "Energy retrofit of the school",
            "summary": "The commune insulated its school.",
            "context": "<p>A 1970s school, poorly insulated.</p>",
        },
    )


@pytest.fixture
def technical(home_page, energy):
    index = TechnicalIndexPageFactory(parent=home_page)
    page = TechnicalSheetPageFactory(
        parent=index,
        title="Réussir un audit énergétique",
        body=[("text", "<p>Les étapes d'un audit.</p>")],
        themes=[energy],
    )
    page.save_revision().publish()  # the factory saves again afterwards, without its revision
    return TechnicalSheetPage.objects.get(pk=page.pk)


def read_pdf(data):
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return reader, text


@pytest.fixture(autouse=True)
def printing_on_publish(settings):
    """Publishing makes the PDF here, as in production (the test settings turn it off)."""
    settings.PRINTING_ON_PUBLISH = True
