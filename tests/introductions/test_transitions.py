"""A request's states: to the contact when they have an account, else to the facilitator; the
contact accepts or declines once; the facilitator records the introduction or closes an open
request; one open request per member and sheet; every step in the history."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from introductions import actions
from introductions.factories import IntroductionRequestFactory
from introductions.models import EventKind, IntroductionRequest, Purpose, Status
from tests.factories import MemberFactory, MemberOrganisationFactory
from tests.introductions.conftest import CONTACT_EMAIL, client_of


def kinds(intro):
    return list(intro.events.values_list("kind", flat=True))


def test_a_request_goes_to_the_contact_found_by_email(intro, contact, requester):
    assert intro.contact == contact
    assert intro.status == Status.PENDING
    assert intro.organisation == requester.member_profile.organisation
    assert intro.commune.name == "Bais" and intro.contact_name == "Claire Xénon"
    assert kinds(intro) == [EventKind.REQUESTED]


def test_without_a_contact_account_the_facilitator_takes_it(sheet, requester):
    intro = actions.create_request(requester, sheet, purpose=Purpose.CALL, message="Bonjour")
    assert intro.contact is None
    assert intro.status == Status.FACILITATOR
    assert kinds(intro) == [EventKind.REQUESTED, EventKind.HANDED_OVER]


def test_a_lapsed_or_inactive_contact_is_not_the_contact(sheet, requester):
    lapsed = MemberOrganisationFactory(name="Ancienne", lapsed=True)
    MemberFactory(organisation=lapsed, email=CONTACT_EMAIL)
    intro = actions.create_request(requester, sheet, purpose=Purpose.CALL, message="Bonjour")
    assert intro.contact is None and intro.status == Status.FACILITATOR


def test_accept_then_nothing_more(intro, contact, staff):
    assert actions.accept(intro, contact, share_email=True, phone="")
    intro.refresh_from_db()
    assert intro.status == Status.ACCEPTED
    assert intro.shared_email == contact.email and intro.shared_phone == ""
    assert intro.introduced_at is not None
    assert not actions.accept(intro, contact, share_email=True, phone="06 00 00 00 00")
    assert not actions.decline(intro, contact)
    assert not actions.record_introduction(intro, staff, note="x")
    assert not actions.close(intro, staff)
    intro.refresh_from_db()
    assert intro.shared_phone == "" and intro.status == Status.ACCEPTED
    assert kinds(intro) == [EventKind.REQUESTED, EventKind.ACCEPTED]


def test_decline_hands_over_then_the_facilitator_introduces(intro, contact, staff):
    assert actions.decline(intro, contact, note="Je pars en congé.")
    intro.refresh_from_db()
    assert intro.status == Status.DECLINED and intro.with_facilitator
    assert not actions.accept(intro, contact, share_email=True, phone="")
    assert actions.record_introduction(intro, staff, note="Rendez-vous avec le DGS.")
    intro.refresh_from_db()
    assert intro.status == Status.INTRODUCED and intro.introduced_at is not None
    assert intro.shared_email == "" and intro.shared_phone == ""
    assert kinds(intro) == [EventKind.REQUESTED, EventKind.DECLINED, EventKind.INTRODUCED]
    assert intro.events.get(kind=EventKind.DECLINED).note == "Je pars en congé."


@pytest.mark.parametrize("status", [Status.PENDING, Status.DECLINED, Status.FACILITATOR])
def test_the_facilitator_closes_an_open_request(intro, staff, status):
    IntroductionRequest.objects.filter(pk=intro.pk).update(status=status)
    intro.refresh_from_db()
    assert actions.close(intro, staff, note="Le projet est abandonné.")
    intro.refresh_from_db()
    assert intro.status == Status.CLOSED and intro.introduced_at is None


def test_one_open_request_per_member_and_sheet(intro, sheet, requester):
    with pytest.raises(IntegrityError), transaction.atomic():
        IntroductionRequestFactory(requester=requester, sheet=sheet)
    response = client_of(requester).get(reverse("introductions:ask", args=[sheet.pk]))
    assert response.status_code == 302 and response["Location"] == intro.get_absolute_url()


def test_a_new_request_once_the_previous_one_is_done(intro, sheet, requester, staff):
    actions.close(intro, staff)
    response = client_of(requester).post(
        reverse("introductions:ask", args=[sheet.pk]), {"purpose": "other", "message": "Encore"}
    )
    assert response.status_code == 302
    assert IntroductionRequest.objects.filter(requester=requester, sheet=sheet).count() == 2


def test_the_history_is_on_the_page(intro, contact, staff, requester):
    actions.decline(intro, contact, note="Trop de demandes en ce moment.")
    actions.record_introduction(intro, staff, note="Visite fixée au 12 mai.")
    page = client_of(requester).get(intro.get_absolute_url()).content.decode()
    for text in (
        "Demande envoyée",
        "Déclinée par le contact",
        "Trop de demandes en ce moment.",
        "Mise en relation faite par l&#x27;animation",
        "Visite fixée au 12 mai.",
        "par l’équipe d’animation",
    ):
        assert text in page


def test_the_facilitator_must_write_a_note_to_record_an_introduction(intro, staff):
    response = client_of(staff).post(
        reverse("introductions:introduce", args=[intro.pk]), {"introduce-note": "  "}
    )
    assert response.status_code == 400
    assert "Écrivez une note" in response.content.decode()
    intro.refresh_from_db()
    assert intro.status == Status.PENDING


def test_the_contact_must_choose_something_to_share(intro, contact):
    response = client_of(contact).post(reverse("introductions:accept", args=[intro.pk]), {})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Choisissez au moins une coordonnée" in html
    assert 'aria-describedby="id_share_email_error"' in html
    response = client_of(contact).post(
        reverse("introductions:accept", args=[intro.pk]), {"phone": "12"}
    )
    assert response.status_code == 400
    assert "numéro de téléphone français" in response.content.decode()
    assert 'value="12"' in response.content.decode()  # nothing typed is lost
    intro.refresh_from_db()
    assert intro.status == Status.PENDING


def test_a_second_click_on_accept_changes_nothing(intro, contact):
    client = client_of(contact)
    url = reverse("introductions:accept", args=[intro.pk])
    client.post(url, {"share_email": "on"})
    response = client.post(url, {"phone": "06 99 99 99 99"}, follow=True)
    assert "a déjà changé d" in response.content.decode()
    intro.refresh_from_db()
    assert intro.shared_phone == ""
