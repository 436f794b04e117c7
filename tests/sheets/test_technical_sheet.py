"""Technical sheets: every StreamField block renders, and the related experiences show."""

import pytest

from sheets.factories import TechnicalSheetPageFactory
from sheets.models import TechnicalRelatedExperience
from tests.factories import ImageFactory

from .conftest import make_sheets
from .documents import make_document

pytestmark = pytest.mark.django_db


def test_every_block_renders(tree, anonymous_client):
    experience = make_sheets(tree, 1)[0]
    image = ImageFactory(title="Lampadaire LED")
    document = make_document("Guide extinction")
    page = TechnicalSheetPageFactory(
        parent=tree.technical,
        title="Extinction nocturne de l'éclairage",
        themes=[tree.energie],
        body=[
            ("text", "<h2>Pourquoi agir ?</h2><p>Le premier poste d'électricité.</p>"),
            ("key_figures", [{"value": "40", "unit": "%", "label": "d'économies"}]),
            ("checklist", {"title": "Avant de commencer", "items": ["Délibération", "Arrêté"]}),
            (
                "regulations",
                [{"reference": "Arrêté du 27 décembre 2018", "title": "Nuisances", "url": ""}],
            ),
            ("image", {"image": image, "caption": "Un lampadaire", "alt": "Lampadaire à LED"}),
            ("document", {"document": document, "title": "Le guide"}),
        ],
    )
    page.related_experiences = [TechnicalRelatedExperience(experience=experience)]
    page.save_revision().publish()
    html = anonymous_client.get(page.url).content.decode()
    for text in [
        "Pourquoi agir ?",
        "d&#x27;économies",
        "Avant de commencer",
        "Délibération",
        "Arrêté du 27 décembre 2018",
        'alt="Lampadaire à LED"',
        "Le guide",
        document.url,
        "Ils l’ont fait",
        experience.title.replace("'", "&#x27;"),
        "/themes/energie/",
    ]:
        assert text in html, text


def test_a_technical_sheet_preview_shows_the_themes_being_edited(tree):
    sheet = TechnicalSheetPageFactory(parent=tree.technical, themes=[tree.energie])
    sheet.themes = [tree.eau]  # edited in the form, not saved
    html = sheet.make_preview_request().content.decode()
    header = html.split("<h1")[1].split("</header>")[0]
    assert "Économies d&#x27;eau" in header
    assert "Énergie</a>" not in header
