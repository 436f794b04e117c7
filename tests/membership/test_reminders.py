"""The renewal reminders (60 and 15 days before, once only, dry run), the member dashboard's
renewal section, the admin dashboard's panel, and the anonymisation of old applications."""

import datetime
from io import StringIO

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from membership.applications import ApplicationStatus, MembershipApplication, ReminderLog
from membership.factories import ApplicationPersonFactory, MembershipApplicationFactory
from membership.reminders import send_reminders
from tests.factories import MemberFactory, MemberOrganisationFactory

from .conftest import pdf_upload


def run(*args):
    out = StringIO()
    call_command("send_membership_reminders", *args, stdout=out)
    return out.getvalue()


def test_sixty_days_before_members_and_facilitators_are_told_once(
    ending_organisation, facilitator, join_page
):
    output = run()
    assert "J-60" in output
    assert sorted(m.to[0] for m in mail.outbox) == [
        "animatrice@exemple.fr",
        "membre.ernee@exemple.fr",
    ]
    member_mail = next(m for m in mail.outbox if m.to == ["membre.ernee@exemple.fr"])
    assert "prend fin le" in member_mail.subject
    assert "/formulaire/" in member_mail.body
    assert member_mail.alternatives
    run()
    assert len(mail.outbox) == 2
    assert ReminderLog.objects.get().days_before == 60


def test_fifteen_days_before_the_second_reminder_goes(ending_organisation, facilitator):
    today = timezone.localdate()
    send_reminders(today=today)
    mail.outbox.clear()
    send_reminders(today=today + datetime.timedelta(days=20))  # 40 days left: nothing
    assert mail.outbox == []
    report = send_reminders(today=today + datetime.timedelta(days=45))  # 15 days left
    assert [(o.pk, days) for o, days, _sent in report] == [(ending_organisation.pk, 15)]
    assert len(mail.outbox) == 2
    send_reminders(today=today + datetime.timedelta(days=50))
    assert len(mail.outbox) == 2


def test_a_late_run_sends_only_the_most_urgent_reminder(facilitator, communes):
    organisation = MemberOrganisationFactory(
        name="Commune de Changé", active_until=timezone.localdate() + datetime.timedelta(days=10)
    )
    report = send_reminders()
    assert [(o, days) for o, days, _sent in report] == [(organisation, 15)]


def test_a_renewed_membership_is_reminded_again_before_its_new_end(
    ending_organisation, facilitator
):
    send_reminders()
    ending_organisation.active_until += datetime.timedelta(days=365)
    ending_organisation.save()
    later = timezone.localdate() + datetime.timedelta(days=365)
    assert len(send_reminders(today=later)) == 1


def test_the_dry_run_sends_and_records_nothing(ending_organisation, facilitator):
    output = run("--dry-run")
    assert "[simulation]" in output and "2 e-mail(s)" in output
    assert mail.outbox == []
    assert not ReminderLog.objects.exists()


def test_memberships_far_from_their_end_or_lapsed_get_nothing(facilitator, db):
    MemberOrganisationFactory(
        name="Loin", active_until=timezone.localdate() + datetime.timedelta(days=61)
    )
    MemberOrganisationFactory(name="Échue", lapsed=True)
    MemberOrganisationFactory(name="Sans échéance", active_until=None)
    assert send_reminders() == []


def test_the_member_dashboard_offers_to_renew_online(ending_organisation, join_page):
    client = Client()
    client.force_login(ending_organisation.members.get().user)
    html = client.get(reverse("members_area:dashboard")).content.decode()
    assert "Votre adhésion arrive à échéance" in html  # the member area's own warning
    assert html.count("Renouveler l&#x27;adhésion en ligne") == 1
    assert reverse("membership:join_form") in html
    response = client.get(reverse("membership:join_form"))
    assert response.status_code == 302 and response.url == join_page.url + "formulaire/"


def test_a_member_far_from_the_end_sees_no_renewal_link(join_page, communes):
    organisation = MemberOrganisationFactory(
        name="Commune de Bais", active_until=timezone.localdate() + datetime.timedelta(days=200)
    )
    client = Client()
    client.force_login(MemberFactory(organisation=organisation, email="loin@exemple.fr"))
    html = client.get(reverse("members_area:dashboard")).content.decode()
    assert "Mon espace adhérent" in html
    assert reverse("membership:join_form") not in html


def test_the_admin_dashboard_counts_the_pending_applications(facilitator_client, application):
    MembershipApplicationFactory(status=ApplicationStatus.DECLINED, kind="council", commune=None)
    html = facilitator_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 demande en attente de décision." in html
    assert reverse("membership_applications:inspect", args=[application.pk]) in html


def test_decided_applications_lose_their_personal_data_after_twelve_months(application, communes):
    application.deliberation = pdf_upload()
    application.status = ApplicationStatus.DECLINED
    application.decided_at = timezone.now() - datetime.timedelta(days=370)
    application.decision_message = "Hors Mayenne"
    application.save()
    ApplicationPersonFactory(application=application)
    recent = MembershipApplicationFactory(
        commune=communes[1], status=ApplicationStatus.DECLINED, decided_at=timezone.now()
    )
    pending = MembershipApplicationFactory(commune=communes[2])
    pending.submitted_at = timezone.now() - datetime.timedelta(days=800)
    pending.save()
    storage, name = application.deliberation.storage, application.deliberation.name
    assert "Demandes anonymisées : 1." in run("--dry-run")
    assert "Demandes anonymisées : 1." in run()
    application.refresh_from_db()
    assert (application.email, application.first_name, application.decision_message) == ("", "", "")
    assert not application.people.exists()
    assert not application.deliberation and not storage.exists(name)
    assert application.anonymised_at is not None
    assert application.commune == communes[0]  # still counted, naming no one
    assert MembershipApplication.objects.filter(anonymised_at__isnull=True).count() == 2
    assert recent.pk and pending.pk
