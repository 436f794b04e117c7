"""The facilitator's decisions in the admin: approving creates or renews the member
organisation and invites the people named through the member area's invitations; declining
keeps the message; each decision e-mails the applicant."""

import datetime

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from members_area.models import Invitation, MemberOrganisation
from membership.applications import ApplicationStatus
from membership.factories import ApplicationPersonFactory, MembershipApplicationFactory
from membership.review import commune_organisation_name, new_end, one_year_after
from tests.factories import MemberFactory, MemberOrganisationFactory


def approve(client, application, message=""):
    url = reverse("membership_applications:approve", args=[application.pk])
    return client.post(url, {"message": message})


def decline(client, application, message):
    url = reverse("membership_applications:decline", args=[application.pk])
    return client.post(url, {"message": message})


def test_approving_a_new_commune_creates_its_organisation_and_invites_its_people(
    facilitator_client, application, django_capture_on_commit_callbacks
):
    ApplicationPersonFactory(application=application, name="Paul Martin", email="paul@bais.fr")
    with django_capture_on_commit_callbacks(execute=True):
        response = approve(facilitator_client, application, "Bienvenue !")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED
    organisation = application.organisation
    assert organisation.name == "Commune de Bais"
    assert organisation.kind == MemberOrganisation.Kind.COMMUNE
    assert organisation.commune == application.commune
    assert organisation.active_until == one_year_after(timezone.localdate())
    invitations = Invitation.objects.filter(organisation=organisation).order_by("email")
    assert [(i.email, i.role) for i in invitations] == [
        ("claire.dubois@bais.fr", "elu"),
        ("paul@bais.fr", "technicien"),
    ]
    assert invitations[1].first_name == "Paul" and invitations[1].last_name == "Martin"
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"claire.dubois@bais.fr", "paul@bais.fr"}
    applicant_mails = [m for m in mail.outbox if m.to == ["claire.dubois@bais.fr"]]
    assert len(applicant_mails) == 2  # the invitation and the decision
    decision = next(m for m in applicant_mails if "acceptée" in m.subject)
    assert "Bienvenue !" in decision.body
    assert "2 invitations" in decision.body
    assert any("/adherents/invitation/" in m.body for m in mail.outbox if m.to == ["paul@bais.fr"])


def test_approving_renews_an_existing_membership_by_one_year_from_its_end(
    facilitator_client, application
):
    end = timezone.localdate() + datetime.timedelta(days=20)
    organisation = MemberOrganisationFactory(
        name="Commune de Bais", commune=application.commune, active_until=end
    )
    MemberFactory(organisation=organisation, email="claire.dubois@bais.fr")
    approve(facilitator_client, application)
    organisation.refresh_from_db()
    assert organisation.active_until == one_year_after(end)
    assert MemberOrganisation.objects.count() == 1
    # The contact person already has an account: no invitation for her.
    assert not Invitation.objects.exists()


def test_a_lapsed_membership_is_renewed_from_today():
    lapsed = MemberOrganisation(active_until=datetime.date(2020, 5, 1))
    today = datetime.date(2026, 3, 10)
    assert new_end(lapsed, today) == datetime.date(2027, 3, 10)
    assert one_year_after(datetime.date(2028, 2, 29)) == datetime.date(2029, 2, 28)


def test_organisation_names_follow_french_usage():
    assert commune_organisation_name("Bais") == "Commune de Bais"
    assert commune_organisation_name("Ernée") == "Commune d'Ernée"
    assert commune_organisation_name("Le Bourgneuf-la-Forêt") == "Commune du Bourgneuf-la-Forêt"


def test_approving_a_council_gives_a_council_organisation(facilitator_client, db):
    application = MembershipApplicationFactory(
        kind="council", commune=None, council_name="Conseil de développement du Pays de Craon"
    )
    approve(facilitator_client, application)
    application.refresh_from_db()
    assert application.organisation.kind == MemberOrganisation.Kind.COUNCIL
    assert application.organisation.name == "Conseil de développement du Pays de Craon"


def test_declining_needs_a_message_and_sends_it(
    facilitator_client, application, django_capture_on_commit_callbacks
):
    response = decline(facilitator_client, application, "")
    assert response.status_code == 200
    assert "Expliquez en quelques mots" in response.content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = decline(facilitator_client, application, "Votre commune n'est pas en Mayenne.")
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.DECLINED
    assert application.decision_message == "Votre commune n'est pas en Mayenne."
    assert not MemberOrganisation.objects.exists()
    assert [m.to for m in mail.outbox] == [["claire.dubois@bais.fr"]]
    assert "Votre commune n'est pas en Mayenne." in mail.outbox[0].body


def test_a_decided_application_cannot_be_decided_again(facilitator_client, application):
    approve(facilitator_client, application)
    count = Invitation.objects.count()
    response = approve(facilitator_client, application)
    assert response.status_code == 302
    assert Invitation.objects.count() == count
    decline(facilitator_client, application, "Non")
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED


def test_the_confirmation_page_says_what_approving_will_do(facilitator_client, application):
    url = reverse("membership_applications:approve", args=[application.pk])
    html = facilitator_client.get(url).content.decode()
    assert "deviendra collectivité adhérente" in html
    assert "claire.dubois@bais.fr" in html


def test_the_application_page_shows_the_details_and_the_decisions(facilitator_client, application):
    url = reverse("membership_applications:inspect", args=[application.pk])
    html = facilitator_client.get(url).content.decode()
    assert application.email in html
    assert reverse("membership_applications:approve", args=[application.pk]) in html
    assert reverse("membership_applications:decline", args=[application.pk]) in html


def test_the_list_filters_by_status(facilitator_client, application, db):
    MembershipApplicationFactory(
        status="declined", council_name="Conseil Zorglub", kind="council", commune=None
    )
    url = reverse("membership_applications:index")
    html = facilitator_client.get(url, {"status": "pending"}).content.decode()
    assert "Bais" in html
    assert "Conseil Zorglub" not in html
    assert facilitator_client.get(reverse("membership_applications:add")).status_code in (302, 403)
