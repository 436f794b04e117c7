"""The member's "Ma fiche dans l'annuaire": one form, each field with its own box, errors next to
their field with nothing typed lost, and a preview that is exactly the directory's card."""

import re

import pytest

from directory.models import DirectoryEntry
from directory.phone import normalise_phone
from tests.directory.conftest import DIRECTORY_URL, MY_ENTRY_URL, client_of
from tests.factories import MemberFactory

pytestmark = pytest.mark.django_db


def preview(html):
    return html.split('id="preview-title"', 1)[1].split("</section>", 1)[0]


def card_of(html, name):
    """The directory's card of `name`."""
    for card in re.findall(r'<article class="directory-card">.*?</article>', html, re.S):
        if name in card:
            return card
    return None


def test_the_page_shows_the_defaults_without_creating_an_entry(member_client, member):
    response = member_client.get(MY_ENTRY_URL)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="show_role" id="id_show_role" checked' in html
    assert 'id="id_show_email">' in html
    assert "Ce que les autres adhérents voient de vous" in html
    assert member.email not in preview(html)
    assert not DirectoryEntry.objects.exists()


def test_saving_creates_the_entry_and_the_preview_is_the_directory_card(
    member_client, member, theme_energie
):
    response = member_client.post(
        MY_ENTRY_URL,
        {
            "listed": "on",
            "show_role": "on",
            "themes": [theme_energie.pk],
            "can_help_with": "Le montage d'une chaufferie bois",
            "show_themes": "on",
            "show_email": "on",
            "phone": "+33 (0)2.43.12.34.56",
        },
    )
    assert response.status_code == 302
    entry = DirectoryEntry.objects.get(user=member)
    assert entry.phone == "02 43 12 34 56"
    assert (entry.show_role, entry.show_commune, entry.show_phone) == (True, False, False)
    assert list(entry.themes.all()) == [theme_energie]
    html = member_client.get(MY_ENTRY_URL).content.decode()
    shown = preview(html)
    assert member.email in shown
    assert "Le montage d&#x27;une chaufferie bois" in shown
    assert "02 43 12 34 56" not in shown  # typed, but not shown
    directory_card = card_of(client_of(MemberFactory()).get(DIRECTORY_URL).content.decode(), "Abel")
    assert directory_card == card_of(shown, "Abel")


@pytest.mark.parametrize(
    "phone",
    ["12345", "02 43 12 34", "+44 20 7946 0958", "00 43 12 34 56", "téléphone", "02 43 12 34 567"],
)
def test_a_wrong_phone_is_refused_in_french_and_nothing_is_lost(member_client, member, phone):
    data = {"show_email": "on", "phone": phone, "can_help_with": "Mon texte conservé"}
    response = member_client.post(MY_ENTRY_URL, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "numéro de téléphone français à 10 chiffres" in html
    assert 'id="id_phone_error"' in html
    assert 'aria-describedby="id_phone_error id_phone_helptext"' in html
    assert "Mon texte conservé" in html
    assert 'id="id_show_email" checked' in html
    assert not DirectoryEntry.objects.filter(show_email=True).exists()


def test_showing_a_phone_needs_one(member_client, member):
    response = member_client.post(MY_ENTRY_URL, {"listed": "on", "show_phone": "on"})
    assert response.status_code == 200
    assert "Indiquez votre numéro pour le rendre visible" in response.content.decode()
    assert not DirectoryEntry.objects.filter(show_phone=True).exists()


def test_a_too_long_help_text_is_refused(member_client):
    response = member_client.post(MY_ENTRY_URL, {"can_help_with": "x" * 301})
    assert response.status_code == 200
    assert "300" in response.content.decode()


def test_an_unknown_theme_is_refused(member_client):
    response = member_client.post(MY_ENTRY_URL, {"themes": ["999999"]})
    assert response.status_code == 200
    assert 'id="id_themes_error"' in response.content.decode()


def test_withdrawing_empties_the_preview_and_the_directory(member_client, member):
    assert member_client.post(MY_ENTRY_URL, {"show_role": "on"}).status_code == 302
    html = member_client.get(MY_ENTRY_URL).content.decode()
    assert "Vous n'apparaissez pas dans l'annuaire" in preview(html)
    other = client_of(MemberFactory()).get(DIRECTORY_URL).content.decode()
    assert "Abel" not in other


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0243123456", "02 43 12 34 56"),
        ("02-43-12-34-56", "02 43 12 34 56"),
        ("+33 6 12 34 56 78", "06 12 34 56 78"),
        ("0033 9 12 34 56 78", "09 12 34 56 78"),
    ],
)
def test_phones_are_written_the_french_way(typed, stored):
    assert normalise_phone(typed) == stored


def test_the_dashboard_links_to_both_pages(member_client, staff_client):
    html = member_client.get("/adherents/").content.decode()
    assert f'href="{DIRECTORY_URL}"' in html
    assert f'href="{MY_ENTRY_URL}"' in html
    staff_html = staff_client.get("/adherents/").content.decode()
    assert f'href="{DIRECTORY_URL}"' in staff_html
    assert f'href="{MY_ENTRY_URL}"' not in staff_html


def test_the_pages_answer_under_en(member_client, person, english_home_page):
    for url in (DIRECTORY_URL, MY_ENTRY_URL):
        response = member_client.get("/en" + url)
        assert response.status_code == 200
        assert 'lang="en"' in response.content.decode()
