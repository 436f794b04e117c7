"""The sheet ⇄ aid links in both languages: a funding row links its aid in the reader's
language (the English aid once it exists, the French one before), and the English aid's page
names the English sheet. Rows are synchronised: the English sheet's row points to the French
aid page, and is rendered by translation key."""

import pytest

from core.translation import translate
from sheets.models import ExperienceFunding

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(tree, locales, english_home_page):
    en = locales["en"]
    translate(tree.energie, en, {"name": "Energy"})
    translate(tree.experiences, en, {"title": "Experiences"})
    translate(tree.aids, en, {"title": "Funding and support"})
    translate(tree.ademe, en, {"name": "French agency for ecological transition"})
    sheet = translate(tree.sheet, en, {"title": "Wood-fired boiler in Bais"})
    return sheet


def test_french_sheet_links_the_french_aid(tree, client):
    html = client.get(tree.sheet.url).content.decode()
    assert f'href="{tree.fonds_chaleur.url}"' in html
    assert "Fonds chaleur zéphyrin" in html


def test_english_sheet_links_the_french_aid_until_it_is_translated(tree, english, client):
    row = ExperienceFunding.objects.get(page=english, funder="ADEME")
    assert row.aid_id == tree.fonds_chaleur.pk  # synchronised: the source's aid page
    html = client.get(english.url).content.decode()
    assert f'href="{tree.fonds_chaleur.url}"' in html


def test_english_sheet_links_the_english_aid(tree, english, locales, client):
    aid_en = translate(tree.fonds_chaleur, locales["en"], {"title": "Heat fund zephyr"})
    html = client.get(english.url).content.decode()
    assert f'href="{aid_en.url}"' in html
    assert "Heat fund zephyr" in html
    assert f'href="{tree.fonds_chaleur.url}"' not in html


def test_english_aid_page_names_the_english_sheet(tree, english, locales, client):
    aid_en = translate(tree.fonds_chaleur, locales["en"], {"title": "Heat fund zephyr"})
    assert aid_en.url.startswith("/en/")
    html = client.get(aid_en.url).content.decode()
    assert "Wood-fired boiler in Bais" in html
    assert english.url in html
    assert "Chaufferie bois de Bais" not in html
    french = client.get(tree.fonds_chaleur.url).content.decode()
    assert "Chaufferie bois de Bais" in french
    assert "Wood-fired boiler" not in french


def test_english_directory_lists_english_aids(tree, english, locales, client):
    translate(tree.fonds_chaleur, locales["en"], {"title": "Heat fund zephyr"})
    response = client.get(english.get_parent().get_parent().url + "funding-and-support/")
    titles = [aid.title for aid in response.context["aids"]]
    assert "Heat fund zephyr" in titles
    assert "Fonds chaleur zéphyrin" not in titles
    counts = {aid.title: aid.network_count for aid in response.context["aids"]}
    assert counts["Heat fund zephyr"] == 1
