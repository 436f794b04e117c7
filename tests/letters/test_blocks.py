"""The blocks that pull content into a letter: only live public pages (nothing behind a view
restriction, nothing unpublished), in the letter's language with the French pages not translated
yet, as things stood on the letter's date, in a fixed number of queries; and each block's
preview in the editor's block picker."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Locale

from core.translation import translate
from letters import content
from letters.blocks import LetterBodyBlock
from letters.models import DeliveryStatus, LetterDelivery
from sheets.factories import EventPageFactory, TechnicalSheetPageFactory
from tests.letters.conftest import ago, make_letter, make_sheet, published_on, reader

pytestmark = pytest.mark.django_db


def titles(section):
    return [item.title for item in section.items]


def pulled(letter, as_of=None, cards=True):
    return {s.type: s for s in content.sections(letter, as_of, cards) if s.items is not None}


def test_pulling_blocks_list_only_live_public_content(content):
    letter = make_letter(content)
    content.ecole.unpublish()

    found = pulled(letter)

    assert titles(found["latest_sheets"]) == [
        "Chaufferie bois de Bais",
        "Guide de l'éclairage public",
        "Jardin partagé de Bais",
    ]
    assert titles(found["coming_events"]) == ["Visite de la chaufferie"]
    assert titles(found["open_aids"]) == ["Fonds chaleur"]


def test_count_kind_and_theme_narrow_a_block(content):
    letter = make_letter(
        content,
        body=[
            ("latest_sheets", {"heading": "Eau", "kind": "all", "count": 3, "theme": content.eau}),
            ("latest_sheets", {"heading": "Une", "kind": "experience", "count": 1, "theme": None}),
            ("latest_sheets", {"heading": "Tech", "kind": "technical", "count": 3, "theme": None}),
            ("open_aids", {"heading": "Eau", "count": 3, "theme": content.eau}),
        ],
    )

    sections = content_sections(letter)

    assert [titles(s) for s in sections] == [
        ["Jardin partagé de Bais"],
        ["Chaufferie bois de Bais"],
        ["Guide de l'éclairage public"],
        [],
    ]


def content_sections(letter):
    return [s for s in content.sections(letter) if s.items is not None]


def test_an_archived_letter_keeps_what_was_new_on_its_date(content):
    letter = make_letter(content)
    sent_on = ago(days=4)
    LetterDelivery.objects.create(
        letter=letter, subscriber=reader("lecteur@exemple.fr"), status=DeliveryStatus.SENT
    )
    LetterDelivery.objects.update(created_at=sent_on)

    found = pulled(letter, letter.content_date())

    assert letter.content_date() == sent_on
    # The sheets published since the letter left are not in it.
    assert titles(found["latest_sheets"]) == [
        "Rénovation de l'école de Bais",
        "Jardin partagé de Bais",
    ]


def test_an_english_letter_pulls_english_pages_and_untranslated_french_ones(
    content, english_home_page
):
    english = Locale.objects.get(language_code="en")
    translate(content.archive, english, {"title": "The network's letter"})
    translate(content.experiences, english, {"title": "Experience sheets"})
    translate(content.chaufferie, english, {"title": "Wood-fired boiler in Bais"})
    letter = make_letter(
        content,
        body=[
            ("latest_sheets", {"heading": "New", "kind": "experience", "count": 6, "theme": None}),
            ("featured_page", {"page": content.chaufferie, "text": "Read it.", "link_label": ""}),
        ],
    )
    letter_en = translate(letter, english, {"title": "March letter"})

    sheets, featured = content_sections(letter_en)

    assert titles(sheets) == [
        "Wood-fired boiler in Bais",
        "Rénovation de l'école de Bais",
        "Jardin partagé de Bais",
    ]
    assert {page.locale_id for page in sheets.items[1:]} == {letter.locale_id}
    assert titles(featured) == ["Wood-fired boiler in Bais"]


def test_a_featured_page_shows_only_when_live_and_public(content):
    letter = make_letter(
        content,
        body=[
            ("featured_page", {"page": content.chaufferie, "text": "À lire.", "link_label": ""}),
            ("featured_page", {"page": content.reserved.sheet, "text": "Caché.", "link_label": ""}),
            ("featured_page", {"page": content.ecole, "text": "Dépublié.", "link_label": ""}),
        ],
    )
    content.ecole.unpublish()

    assert [titles(s) for s in content_sections(letter)] == [["Chaufferie bois de Bais"], [], []]


def _count_queries(letter, cards):
    with CaptureQueriesContext(connection) as queries:
        content.sections(letter, cards=cards)
    return len(queries.captured_queries)


@pytest.mark.parametrize("cards", [True, False], ids=["site", "e-mail"])
def test_the_blocks_read_a_fixed_number_of_queries(content, cards):
    body = [
        ("latest_sheets", {"heading": "Fiches", "kind": "all", "count": 6, "theme": None}),
        ("coming_events", {"heading": "Rencontres", "count": 6, "theme": content.energie}),
        ("open_aids", {"heading": "Aides", "count": 6, "theme": None}),
        ("featured_page", {"page": content.chaufferie, "text": "Un.", "link_label": ""}),
        ("featured_page", {"page": content.guide, "text": "Deux.", "link_label": ""}),
    ]
    letter = make_letter(content, body=body)
    few = _count_queries(make_letter(content, body=body), cards)
    for n in range(6):
        make_sheet(content, f"Fiche n° {n}", ago(hours=n + 1))
        published_on(
            TechnicalSheetPageFactory(
                parent=content.technical, title=f"Guide n° {n}", themes=[content.energie]
            ),
            ago(hours=n + 1),
        )
        EventPageFactory(
            parent=content.events,
            title=f"Rencontre n° {n}",
            host_commune=content.bais,
            start=timezone.now() + datetime.timedelta(days=n + 1),
            themes=[content.energie],
        )

    many = _count_queries(make_letter(content, body=body), cards)

    assert many == few
    # The themes chosen, the featured pages chosen, the letter's locale, the view restrictions,
    # then a query per block (two for the sheets: experience and technical) and one for all the
    # featured pages; the site's cards add the themes of the sheets and of the events.
    assert few <= (12 if cards else 9)
    assert len(pulled(letter)["coming_events"].items) == 6


def test_a_letter_without_pulling_blocks_reads_nothing(tree, django_assert_num_queries):
    letter = make_letter(tree, body=[("heading", "Bonjour"), ("text", "<p>Texte.</p>")])
    with django_assert_num_queries(0):
        sections = content.sections(letter)
    assert [s.type for s in sections] == ["heading", "text"]


@pytest.mark.parametrize("name", list(LetterBodyBlock.base_blocks))
def test_every_block_has_a_preview_and_a_description(name, content, rf, admin_user):
    block = LetterBodyBlock().child_blocks[name]
    request = rf.get("/")
    request.user = admin_user
    assert block.get_description()
    assert block.is_previewable
    value = block.get_preview_value()
    context = block.get_preview_context(value, {"request": request})
    html = block.render(value, context)
    assert html.strip()
    if getattr(block, "pulls", None) in ("sheets", "events", "aids"):
        assert "réservé" not in html
