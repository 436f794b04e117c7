"""The rows of a translated page (key figures, fundings, gallery, documents, speakers) are
translated with it through wagtail-localize, and the network's footer texts are translated too.

Texts are segments of the page in wagtail-localize's editor; figures, amounts, kinds of aid,
images, documents, « réservé aux adhérents » and people's names stay synchronised with the
French page, in the French order.
"""

import json
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail_localize.models import StringSegment, TranslationSource

from core.translation import TranslationMismatch, translate
from reseau.models import NetworkSettings, NetworkTexts
from sheets.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
)
from sheets.models import (
    EventPage,
    EventSpeaker,
    ExperienceAttachment,
    ExperienceFunding,
    ExperienceGalleryImage,
    ExperienceKeyFigure,
    ExperienceSheetPage,
)
from tests.factories import ImageFactory
from tests.sheets.documents import make_document

pytestmark = pytest.mark.django_db

FIGURES_EN = [
    {"unit": "€ excl. VAT", "label": "total cost"},
    {"unit": "kWh/year", "label": "saved"},
    {"label": "avoided"},  # the unit "%" is the same in English: left to the fallback
]


@pytest.fixture
def english(locales):
    return locales["en"]


@pytest.fixture
def experience_index(home_page, english_home_page, english):
    index = ExperienceIndexPageFactory(parent=home_page)
    translate(index, english, {"title": "Experience sheets"})
    return index


@pytest.fixture
def image():
    return ImageFactory()


@pytest.fixture
def document():
    return make_document("Bilan financier")


@pytest.fixture
def sheet(experience_index, image, document):
    """A French sheet with three key figures, two fundings, a captioned image and a members-only
    document, saved as an editor's form saves them (sort_order 0, 1, 2...)."""
    page = ExperienceSheetPageFactory(parent=experience_index, slug="ecole", title="L'école")
    page.key_figures = [
        ExperienceKeyFigure(value="612 000", unit="€ HT", label="coût total", sort_order=0),
        ExperienceKeyFigure(value="147 000", unit="kWh/an", label="économisés", sort_order=1),
        ExperienceKeyFigure(value="-67", unit="%", label="évitées", sort_order=2),
    ]
    page.fundings = [
        ExperienceFunding(
            funder="Région Pays de la Loire", amount=Decimal("110000"), kind="subvention"
        ),
        ExperienceFunding(funder="ADEME (fonds chaleur)", amount=Decimal("48000"), kind="cee"),
    ]
    for position, funding in enumerate(page.fundings.all()):
        funding.sort_order = position
    page.gallery_images = [
        ExperienceGalleryImage(
            image=image,
            caption="Le chantier en cours",
            alt_text="Ouvriers posant l'isolant",
            sort_order=0,
        )
    ]
    page.attachments = [
        ExperienceAttachment(
            document=document, title="Bilan financier et devis", members_only=True, sort_order=0
        )
    ]
    page.save_revision().publish()
    return ExperienceSheetPage.objects.get(pk=page.pk)


SHEET_ROWS_EN = {
    "title": "The school",
    "key_figures": FIGURES_EN,
    "fundings": [{"funder": "Pays de la Loire Region"}, {"funder": "ADEME (Heat Fund)"}],
    "gallery_images": [
        {"caption": "The works under way", "alt_text": "Workers fitting the insulation"}
    ],
    "attachments": [{"title": "Financial report and quotes"}],
}


@pytest.fixture
def english_sheet(sheet, english):
    return translate(sheet, english, SHEET_ROWS_EN)


def test_rows_take_their_page_locale_and_their_own_translation_key(sheet):
    figures = list(sheet.key_figures.all())
    assert {figure.locale_id for figure in figures} == {sheet.locale_id}
    assert len({figure.translation_key for figure in figures}) == 3


def test_row_texts_are_segments_of_the_sheet(sheet):
    source, _created = TranslationSource.get_or_create_from_instance(sheet)
    paths = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    rows = {(path.split(".")[0], path.split(".")[-1]) for path in paths if path.count(".") == 2}
    assert rows == {
        ("key_figures", "unit"),
        ("key_figures", "label"),
        ("fundings", "funder"),
        ("gallery_images", "caption"),
        ("gallery_images", "alt_text"),
        ("attachments", "title"),
    }
    # The figures themselves are not text to translate.
    assert not [path for path in paths if path.endswith(".value")]


def test_translated_rows_are_english_and_keep_the_synchronised_values(
    english_sheet, sheet, english, image, document
):
    figures = list(english_sheet.key_figures.all())
    assert [(f.value, f.unit, f.label) for f in figures] == [
        ("612 000", "€ excl. VAT", "total cost"),
        ("147 000", "kWh/year", "saved"),
        ("-67", "%", "avoided"),
    ]
    assert [f.translation_key for f in figures] == [
        f.translation_key for f in sheet.key_figures.all()
    ]
    assert {f.locale_id for f in figures} == {english.pk}
    assert [(f.funder, f.amount, f.kind) for f in english_sheet.fundings.all()] == [
        ("Pays de la Loire Region", Decimal("110000"), "subvention"),
        ("ADEME (Heat Fund)", Decimal("48000"), "cee"),
    ]
    [photo] = english_sheet.gallery_images.all()
    assert (photo.image_id, photo.caption, photo.alt_text) == (
        image.pk,
        "The works under way",
        "Workers fitting the insulation",
    )
    [attachment] = english_sheet.attachments.all()
    assert (attachment.document_id, attachment.members_only, attachment.display_title) == (
        document.pk,
        True,
        "Financial report and quotes",
    )


def test_the_french_sheet_is_unchanged(english_sheet, sheet):
    french = ExperienceSheetPage.objects.get(pk=sheet.pk)
    assert [(f.value, f.unit, f.label) for f in french.key_figures.all()] == [
        ("612 000", "€ HT", "coût total"),
        ("147 000", "kWh/an", "économisés"),
        ("-67", "%", "évitées"),
    ]
    assert [f.funder for f in french.fundings.all()] == [
        "Région Pays de la Loire",
        "ADEME (fonds chaleur)",
    ]


def test_pages_show_the_rows_in_their_language(english_sheet, sheet, anonymous_client):
    english = anonymous_client.get(english_sheet.url).content.decode()
    for text in ("total cost", "kWh/year", "Pays de la Loire Region", "The works under way"):
        assert text in english
    for text in ("coût total", "Région Pays de la Loire", "Le chantier en cours"):
        assert text not in english
    french = anonymous_client.get(sheet.url).content.decode()
    assert "coût total" in french and "Le chantier en cours" in french
    assert "total cost" not in french


def test_source_changes_reach_the_translation_and_keep_its_english(english_sheet, sheet, english):
    """The French sheet's figures change and a row is added; « Synchroniser » keeps the
    translated texts, takes the new figures, and the new row shows French until translated."""
    page = ExperienceSheetPage.objects.get(pk=sheet.pk)
    figures = list(page.key_figures.all())
    figures[0].value = "640 000"
    page.key_figures = [
        *figures,
        ExperienceKeyFigure(value="42", unit="t CO₂/an", label="de CO₂ évitées", sort_order=3),
    ]
    fundings = list(page.fundings.all())
    fundings[1].amount = Decimal("52000")
    page.fundings = fundings
    page.save_revision().publish()
    updated = translate(ExperienceSheetPage.objects.get(pk=sheet.pk), english)
    assert [(f.value, f.label) for f in updated.key_figures.all()] == [
        ("640 000", "total cost"),
        ("147 000", "saved"),
        ("-67", "avoided"),
        ("42", "de CO₂ évitées"),
    ]
    assert [f.amount for f in updated.fundings.all()] == [Decimal("110000"), Decimal("52000")]


def test_rows_must_match_the_source_rows(sheet, english):
    with pytest.raises(TranslationMismatch):
        translate(sheet, english, {"key_figures": [{"label": "total cost"}]})


def test_an_editor_sees_row_segments_in_wagtail_localize(english_sheet, admin_client):
    response = admin_client.get(f"/admin/pages/{english_sheet.pk}/edit/")
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]
    props = json.loads(response.context["props"])
    sources = {segment["source"] for segment in props["segments"] if segment["type"] == "string"}
    assert {"coût total", "€ HT", "Région Pays de la Loire", "Le chantier en cours"} <= sources
    translations = {item["data"] for item in props["initialStringTranslations"]}
    assert {"total cost", "€ excl. VAT", "Pays de la Loire Region"} <= translations
    # Each row's fields are found in the sheet's editor (InlinePanel), in the French order.
    labels = [
        segment["location"]
        for segment in props["segments"]
        if segment["type"] == "string" and segment["contentPath"].endswith(".label")
    ]
    assert len(labels) == 3


def test_speakers_keep_their_name_and_translate_their_role(home_page, english_home_page, english):
    index = EventIndexPageFactory(parent=home_page)
    translate(index, english, {"title": "Events"})
    event = EventPageFactory(parent=index, title="Visite")
    event.speakers = [
        EventSpeaker(name="Isabelle Gaudin", role="adjointe aux bâtiments", sort_order=0),
        EventSpeaker(name="Paul Martin", role="ADEME", sort_order=1),
    ]
    event.save_revision().publish()
    event = EventPage.objects.get(pk=event.pk)
    english_event = translate(
        event,
        english,
        {"title": "Visit", "speakers": [{"role": "deputy mayor for buildings"}, {}]},
    )
    assert [(s.name, s.role) for s in english_event.speakers.all()] == [
        ("Isabelle Gaudin", "deputy mayor for buildings"),
        ("Paul Martin", "ADEME"),
    ]


# --- The footer's texts ---------------------------------------------------------------------

NETWORK_EN = {
    "network_name": "Network of Mayenne local authorities",
    "association_name": "Association Synergies",
    "facilitator_role": "Network coordinator",
}


@pytest.fixture
def network_texts(locales):
    """The source-language row (created by the migration) with short texts."""
    texts, _created = NetworkTexts.objects.update_or_create(
        locale=locales["fr"],
        defaults={
            "network_name": "Réseau des collectivités mayennaises",
            "facilitator_role": "Animatrice du réseau",
        },
    )
    return texts


def test_footer_shows_the_texts_of_the_page_language(
    network_texts, english, english_sheet, sheet, anonymous_client, site
):
    settings = NetworkSettings.for_site(site)
    settings.facilitator_name = "Maude Laurent"
    settings.save()
    translate(network_texts, english, NETWORK_EN)

    english_html = anonymous_client.get(english_sheet.url).content.decode()
    footer = english_html.split('<footer class="site-footer">', 1)[1]
    assert "Network of Mayenne local authorities</h2>" in footer
    assert "Maude Laurent</strong>, Network coordinator" in footer
    assert "Animatrice du réseau" not in footer
    assert "· Network of Mayenne local authorities</title>" in english_html

    french_footer = anonymous_client.get(sheet.url).content.decode()
    french_footer = french_footer.split('<footer class="site-footer">', 1)[1]
    assert "Réseau des collectivités mayennaises</h2>" in french_footer
    assert "Maude Laurent</strong>, Animatrice du réseau" in french_footer


def test_untranslated_texts_fall_back_to_the_source_language(network_texts, english_home_page):
    assert NetworkTexts.for_language("en") == network_texts
    assert NetworkTexts.for_language("fr") == network_texts


def test_the_texts_exist_once_first_needed(locales):
    NetworkTexts.objects.all().delete()
    texts = NetworkTexts.for_language("en")
    assert texts.locale == locales["fr"]
    assert texts.network_name.startswith("Réseau des collectivités mayennaises")


def test_saving_the_texts_reaches_the_next_page(network_texts, anonymous_client, site):
    assert "Réseau des collectivités mayennaises</h2>" in anonymous_client.get("/").content.decode()
    network_texts.network_name = "Réseau 53"
    network_texts.save()
    assert "Réseau 53</h2>" in anonymous_client.get("/").content.decode()


def test_one_row_per_language(network_texts, locales):
    with pytest.raises(ValidationError):
        NetworkTexts(locale=locales["fr"], network_name="Autre").full_clean()


def test_editors_translate_the_texts_in_the_admin(network_texts, english, admin_client):
    listing = admin_client.get(reverse(NetworkTexts.snippet_viewset.get_url_name("list")))
    assert listing.status_code == 200
    url = f"/admin/localize/submit/snippet/reseau/networktexts/{network_texts.pk}/"
    assert url in listing.content.decode()
    assert admin_client.get(url).status_code == 200
    edit = reverse(NetworkTexts.snippet_viewset.get_url_name("edit"), args=[network_texts.pk])
    assert admin_client.get(edit).status_code == 200
