"""The letters' pages: where they can be created, the archive (live public letters only, newest
first, paginated, with the way to subscribe) and a letter on the site, in a fixed number of
queries."""

import datetime

import pytest
from django.urls import reverse
from wagtail.models import Page

from aids.factories import AidPageFactory
from aids.models import AidIndexPage
from faq.models import FaqIndexPage
from home.models import HomePage
from letters.models import LetterIndexPage, LetterPage
from sheets.models import ExperienceIndexPage, ExperienceSheetPage
from tests.letters.conftest import ago, make_letter, make_sheet

pytestmark = pytest.mark.django_db

OTHERS = [Page, HomePage, ExperienceIndexPage, ExperienceSheetPage, AidIndexPage, FaqIndexPage]
ALLOWED = {LetterIndexPage: {HomePage}, LetterPage: {LetterIndexPage}}


@pytest.mark.parametrize("child", [LetterIndexPage, LetterPage], ids=lambda m: m.__name__)
@pytest.mark.parametrize("parent", [*OTHERS, LetterIndexPage, LetterPage], ids=lambda m: m.__name__)
def test_creation_rules(parent, child):
    expected = parent in ALLOWED[child]
    assert (
        child in parent.allowed_subpage_models() and parent in child.allowed_parent_page_models()
    ) == expected


def test_one_archive_per_home_and_letters_without_children(tree):
    assert not LetterIndexPage.can_create_at(tree.home)
    assert LetterPage.can_create_at(tree.archive)
    assert LetterPage.allowed_subpage_models() == []


def test_the_archive_lists_live_public_letters_newest_first(tree, client):
    old = make_letter(tree, title="Lettre d'hiver", issue_date=datetime.date(2026, 1, 15))
    new = make_letter(tree, title="Lettre de printemps", issue_date=datetime.date(2026, 4, 15))
    make_letter(tree, title="Lettre en brouillon", publish=False)
    private = make_letter(tree, title="Lettre réservée")
    private.view_restrictions.create(restriction_type="login")

    response = client.get(tree.archive.url)

    assert response.status_code == 200
    assert list(response.context["letters"]) == [new, old]
    html = response.content.decode()
    assert html.index("Lettre de printemps") < html.index("Lettre d&#x27;hiver")
    assert "brouillon" not in html and "Lettre réservée" not in html
    assert reverse("alerts:subscribe") in html


def test_the_archive_is_paginated(tree, client, settings):
    settings.LETTERS_PER_PAGE = 2
    for day in range(1, 6):
        make_letter(tree, title=f"Lettre du {day}", issue_date=datetime.date(2026, 5, day))

    first = client.get(tree.archive.url)
    last = client.get(tree.archive.url + "?page=3")
    beyond = client.get(tree.archive.url + "?page=99")

    assert [letter.title for letter in first.context["letters"]] == ["Lettre du 5", "Lettre du 4"]
    assert [letter.title for letter in last.context["letters"]] == ["Lettre du 1"]
    assert beyond.status_code == 200
    assert 'rel="next"' in first.content.decode()


def test_the_archive_reads_a_fixed_number_of_queries(tree, client, django_assert_max_num_queries):
    for day in range(1, 4):
        make_letter(tree, title=f"Lettre du {day}", issue_date=datetime.date(2026, 5, day))
    client.get(tree.archive.url)  # what is read once and kept (site root paths, settings)
    with django_assert_max_num_queries(13) as few:
        client.get(tree.archive.url)
    for day in range(4, 20):
        make_letter(tree, title=f"Lettre du {day}", issue_date=datetime.date(2026, 5, day))
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(tree.archive.url).status_code == 200


def test_a_letter_on_the_site_shows_its_blocks_and_public_content(content, client):
    letter = make_letter(content, title="Lettre de mars", issue_number=12)

    response = client.get(letter.url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Lettre du réseau n° 12" in html
    assert "Dans le réseau" in html and "le guide" in html
    for title in (
        "Chaufferie bois de Bais",
        "Guide de l",
        "Visite de la chaufferie",
        "Fonds chaleur",
    ):
        assert title in html
    for hidden in ("réservé", "Rencontre passée", "Appel clos"):
        assert hidden not in html
    assert reverse("alerts:subscribe") in html


def test_a_letter_reads_a_fixed_number_of_queries(content, client, django_assert_max_num_queries):
    body = [
        ("latest_sheets", {"heading": "Fiches", "kind": "all", "count": 6, "theme": None}),
        ("coming_events", {"heading": "Rencontres", "count": 6, "theme": None}),
        ("open_aids", {"heading": "Aides", "count": 6, "theme": None}),
        ("featured_page", {"page": content.chaufferie, "text": "À lire.", "link_label": ""}),
    ]
    letter = make_letter(content, body=body)
    client.get(letter.url)  # what is read once and kept (site root paths, settings)
    # Wagtail's serve (the site, the locale, the page down the tree, the view restrictions), the
    # letter's send date, its blocks (letters.content: the featured pages chosen, the locale, the
    # view restrictions, a query per block, two for the sheets, one for the featured pages, the
    # cards' themes per kind), the breadcrumbs, the menu, the network's texts and settings.
    with django_assert_max_num_queries(24) as few:
        client.get(letter.url)
    for n in range(8):
        make_sheet(content, f"Fiche n° {n}", ago(hours=n + 1))
        AidPageFactory(parent=content.aids, title=f"Aide n° {n}", funder=content.ademe)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(letter.url)
    assert response.status_code == 200
    assert response.content.decode().count('class="aid-card"') == 6
