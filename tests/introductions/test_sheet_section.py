"""The box "Être mis en relation avec …" on a sheet: for active members only, with the state
of their request; nothing for visitors (the public page is the same for every one of them),
non-members, lapsed members or staff."""

import pytest
from django.test import Client

from tests.introductions.conftest import KINDS, client_of

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
