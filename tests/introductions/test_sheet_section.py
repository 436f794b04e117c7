"""The box "Être mis en relation avec …" on a sheet: for active members only, with the state
of their request; nothing for visitors (the public page is the same for every one of them),
non-members, lapsed members or staff."""

import pytest
from django.test import Client

from directory.factories import DirectoryEntryFactory
from tests.introductions.conftest import CONTACT_EMAIL, KINDS, SHEET_PHONE, client_of

BOX = "Être mis en relation avec Bais"


@pytest.mark.parametrize("kind", KINDS)
def test_the_box_is_for_members_only(users, sheet, kind):
    html = client_of(users[kind]).get(sheet.url).content.decode()
    assert (BOX in html) is (kind in ("other_member", "requester", "contact"))
    asks = f"/adherents/mises-en-relation/fiches/{sheet.pk}/demander/"
    assert (asks in html) is (kind in ("other_member", "requester"))


def test_the_box_follows_the_contact_box(sheet, requester):
    html = client_of(requester).get(sheet.url).content.decode()
    assert html.index('id="contact"') < html.index(BOX) < html.index("sheet__reviewed")


def test_the_box_shows_the_open_request(intro, sheet, requester):
    html = client_of(requester).get(sheet.url).content.decode()
    assert "Votre demande est en cours" in html
    assert intro.get_absolute_url() in html
    assert "Demander une mise en relation" not in html


def test_the_contact_is_told_they_are_the_contact(sheet, contact):
    html = client_of(contact).get(sheet.url).content.decode()
    assert "Vous êtes la personne à contacter pour cette fiche" in html


def test_the_public_page_is_the_same_for_every_visitor(sheet, intro):
    first, second = Client().get(sheet.url), Client().get(sheet.url)
    assert first.content == second.content
    assert BOX not in first.content.decode()
    assert "Connectez-vous pour voir le contact" in first.content.decode()


DIRECTORY_PHONE = "02 43 11 22 33"


@pytest.mark.parametrize("kind", KINDS)
def test_details_the_contact_shows_in_the_directory_reach_members_only(users, sheet, kind):
    """A contact who chose, in the directory, to show their e-mail and phone to the members:
    the box shows them to active members; visitors, non-members and lapsed members see
    neither, and the sheet's own contact fields stay hidden from everyone."""
    DirectoryEntryFactory(
        user=users["contact"], show_email=True, show_phone=True, phone=DIRECTORY_PHONE
    )
    html = client_of(users[kind]).get(sheet.url).content.decode()
    shown = kind in ("other_member", "requester")
    assert (CONTACT_EMAIL in html) is shown
    assert (DIRECTORY_PHONE in html) is shown
    assert SHEET_PHONE not in html


@pytest.mark.parametrize("field", ["email", "phone"])
def test_a_detail_the_contact_keeps_hidden_is_not_shown(sheet, contact, requester, field):
    shown = {"show_email": field == "email", "show_phone": field == "phone"}
    DirectoryEntryFactory(user=contact, phone=DIRECTORY_PHONE, **shown)
    html = client_of(requester).get(sheet.url).content.decode()
    assert (CONTACT_EMAIL in html) is (field == "email")
    assert (DIRECTORY_PHONE in html) is (field == "phone")
    assert "Demander une mise en relation" in html  # asking stays possible


def test_a_withdrawn_contact_shows_nothing(sheet, contact, requester):
    DirectoryEntryFactory(user=contact, listed=False, show_email=True)
    assert CONTACT_EMAIL not in client_of(requester).get(sheet.url).content.decode()
