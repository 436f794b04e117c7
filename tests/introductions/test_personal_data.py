"""The data export lists a member's requests (sent, received, their notes); a closed account's
shared details are erased."""

from introductions import actions
from members_area.extensions import personal_data
from members_area.personal_data import anonymise, export
from tests.introductions.conftest import MESSAGE, SHARED_PHONE


def test_the_export_lists_sent_and_received_requests(intro, requester, contact):
    actions.accept(intro, contact, share_email=False, phone=SHARED_PHONE)
    sent = personal_data(requester)
    assert sent["introductions_sent"][0]["message"] == MESSAGE
    assert sent["introductions_received"] == []
    # The contact's details are the contact's data, not in the requester's export.
    assert SHARED_PHONE not in str(sent)
    received = personal_data(contact)
    assert received["introductions_received"][0]["phone_you_shared"] == SHARED_PHONE


def test_the_whole_export_includes_them(intro, requester):
    assert export(requester)["introductions_sent"][0]["message"] == MESSAGE


def test_a_closed_account_s_shared_details_are_erased(intro, contact):
    actions.accept(intro, contact, share_email=True, phone=SHARED_PHONE)
    anonymise(contact)
    intro.refresh_from_db()
    assert intro.shared_email == "" and intro.shared_phone == ""
