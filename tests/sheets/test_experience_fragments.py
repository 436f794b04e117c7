"""The experience sheet's cached fragments: what every visitor sees is read once and kept in
Django's cache; what depends on who asks is not; a change shows at once."""

import html

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from members_area.factories import MemberFactory

from .test_experience_sheet import CONTACT, client_for

CONTACT_NAME = "Claire Dupont"

pytestmark = pytest.mark.django_db


def render(client, page):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return html.unescape(response.content.decode()), len(queries)


def test_a_second_visit_reads_the_fragments_from_the_cache(sheet, anonymous_client):
    first, _count = render(anonymous_client, sheet)
    warm, before = render(anonymous_client, sheet)
    assert warm == first
    assert "Expériences proches" in warm
    assert "Réussir son extinction nocturne" in warm
    # Gallery, fundings, key figures, related and technical sheets, their themes and renditions
    # , Wagtail's .public() (nine queries), the comparable communes (their sheets, and these
    # sheets' themes: two) and the open aids of its themes (sheets_experience_page_public_sections:
    # the view restrictions, the aids: two) come from the cache; remove the fragments and they are
    # read again.
    sheet.save_revision().publish()
    sheet.refresh_from_db()
    _html, after_publication = render(anonymous_client, sheet)
    assert after_publication - before == 13


def test_members_and_visitors_share_the_fragments_not_the_contact(sheet):
    anonymous = client_for(None)
    member = client_for(MemberFactory(email="membre@exemple.fr"))
    visitor_html, _n = render(anonymous, sheet)
    member_html, _n = render(member, sheet)
    again, _n = render(anonymous, sheet)
    # Members see the contact's name (never their e-mail: introductions ask for consent).
    assert CONTACT_NAME in member_html
    assert "Réservé 0" in member_html
    assert CONTACT_NAME not in visitor_html
    assert CONTACT_NAME not in again
    assert "Réservé 0" not in again
    assert not any(CONTACT.decode() in html for html in (member_html, visitor_html, again))


def test_a_new_publication_shows_at_once(sheet, anonymous_client):
    render(anonymous_client, sheet)
    sheet.summary = "Un nouveau résumé, relu avec la commune."
    sheet.save_revision().publish()
    sheet.refresh_from_db()
    html, _n = render(anonymous_client, sheet)
    assert "Un nouveau résumé, relu avec la commune." in html


def test_an_unpublished_related_sheet_leaves_the_cards_at_once(
    sheet, anonymous_client, django_capture_on_commit_callbacks
):
    other = sheet.related_sheets.first().related
    assert other.title in render(anonymous_client, sheet)[0]
    with django_capture_on_commit_callbacks(execute=True):
        other.unpublish()
    assert other.title not in render(anonymous_client, sheet)[0]


def test_a_related_sheet_made_private_leaves_the_cards_at_once(
    sheet, anonymous_client, django_capture_on_commit_callbacks
):
    other = sheet.related_sheets.first().related
    assert other.title in render(anonymous_client, sheet)[0]
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)
    assert other.title not in render(anonymous_client, sheet)[0]


def test_an_unpublished_technical_sheet_leaves_the_cards_at_once(
    sheet, anonymous_client, django_capture_on_commit_callbacks
):
    technical = sheet.technical_sheets.first().page
    assert technical.title in render(anonymous_client, sheet)[0]
    with django_capture_on_commit_callbacks(execute=True):
        technical.unpublish()
    assert technical.title not in render(anonymous_client, sheet)[0]


def test_a_renamed_theme_shows_at_once(
    sheet, tree, anonymous_client, django_capture_on_commit_callbacks
):
    assert "Énergie" in render(anonymous_client, sheet)[0]
    with django_capture_on_commit_callbacks(execute=True):
        tree.energie.name = "Énergies renouvelables"
        tree.energie.save()
    assert "Énergies renouvelables" in render(anonymous_client, sheet)[0]


def test_a_preview_is_never_cached(sheet, anonymous_client):
    render(anonymous_client, sheet)
    sheet.summary = "Brouillon pas encore publié."
    assert "Brouillon pas encore publié." in sheet.make_preview_request().content.decode()
    assert "Brouillon pas encore publié." not in render(anonymous_client, sheet)[0]
