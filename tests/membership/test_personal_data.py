"""What the plugin holds about a person: in their data export, and forgotten with their
account."""

from members_area.extensions import personal_data
from members_area.personal_data import anonymise as anonymise_account
from membership.applications import ApplicationPerson
from membership.factories import ApplicationPersonFactory, MembershipApplicationFactory
from tests.factories import MemberFactory, MemberOrganisationFactory


def test_the_data_export_lists_the_applications_and_a_closed_account_forgets_them(application):
    user = MemberFactory(organisation=MemberOrganisationFactory(), email=application.email)
    ApplicationPersonFactory(application=MembershipApplicationFactory(), email=application.email)
    exported = personal_data(user)["membership_applications"]
    assert [row["last_name"] for row in exported] == [application.last_name]
    anonymise_account(user)
    application.refresh_from_db()
    assert application.email == "" and application.anonymised_at is not None
    assert not ApplicationPerson.objects.filter(email=user.email).exists()
