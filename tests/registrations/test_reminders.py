"""The daily command send_event_reminders: the reminder once, some days before, to those with a
place; after the event, the report to those who came (or were not marked absent), members-only
parts to current members only; `--dry-run` changes nothing."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from registrations import reminders
from registrations.factories import RegistrationFactory
from registrations.models import Registration, Status
from sheets.factories import EventPageFactory
from sheets.models import EventAttachment
from tests.factories import MemberFactory, MemberOrganisationFactory
from tests.sheets.event_helpers import RESERVED_PHRASE, make_document

pytestmark = pytest.mark.django_db

RESERVED_NOTICE = "réservée aux collectivités adhérentes"


def run(*args):
    out = StringIO()
    call_command("send_event_reminders", *args, stdout=out)
    return out.getvalue()


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def everything(message):
    """The text and HTML bodies of a message."""
    return message.body + "".join(content for content, _kind in message.alternatives)


def to(address):
    (message,) = [m for m in mail.outbox if m.to == [address]]
    return everything(message)


def at(event, start):
    event.start, event.end = start, start + datetime.timedelta(hours=3)
    event.save_revision().publish()
    return event


@pytest.fixture
def soon(event):
    """The event, starting in a day and a half."""
    return at(event, timezone.now() + datetime.timedelta(hours=36))


def test_the_reminder_leaves_once_to_those_with_a_place(soon):
    confirmed = RegistrationFactory(event=soon)
    RegistrationFactory(event=soon, status=Status.WAITING)
    RegistrationFactory(event=soon, status=Status.CANCELLED)
    assert "Rappels : 1. Comptes rendus : 0." in run()
    assert recipients() == [confirmed.email]
    assert mail.outbox[0].subject == f"Rappel : {soon.title}"
    assert "Nous vous attendons bientôt" in mail.outbox[0].body
    assert Registration.objects.get(pk=confirmed.pk).reminded_at is not None
    mail.outbox.clear()
    assert "Rappels : 0." in run()
    assert mail.outbox == []


def test_the_reminder_waits_until_two_days_before(event):
    at(event, timezone.now() + datetime.timedelta(days=3))
    RegistrationFactory(event=event)
    assert reminders.send_due() == (0, 0)
    assert reminders.send_due(now=event.start - datetime.timedelta(days=2)) == (1, 0)
    assert len(mail.outbox) == 1


def test_no_reminder_for_a_cancelled_or_withdrawn_event(soon):
    RegistrationFactory(event=soon)
    soon.is_cancelled = True
    soon.save()
    assert reminders.send_due() == (0, 0)
    soon.is_cancelled = False
    soon.save()
    soon.unpublish()
    assert reminders.send_due() == (0, 0)
    assert mail.outbox == []


def test_a_registration_is_claimed_once_even_by_two_runs_at_once(soon):
    registration = RegistrationFactory(event=soon)
    listed = Registration.objects.filter(pk=registration.pk)  # what both runs listed
    now = timezone.now()
    assert reminders._send(listed, "reminder", "reminded_at", False, now) == 1
    assert reminders._send(listed, "reminder", "reminded_at", False, now) == 0
    assert len(mail.outbox) == 1


@pytest.fixture
def documents(event):
    """A public document and a members-only one attached to the event."""
    public = make_document("Support public")
    reserved = make_document("Diaporama reserve")
    EventAttachment.objects.create(page=event, document=public, title="Support public")
    EventAttachment.objects.create(
        page=event, document=reserved, title="Diaporama réservé", members_only=True
    )
    return public, reserved


@pytest.fixture
def past(event, documents):
    """The event, over since yesterday, with its report linking both documents."""
    public, reserved = documents
    event.report = (
        f'<p>Compte rendu public. <a linktype="document" id="{public.pk}">Le support</a> et '
        f'<a linktype="document" id="{reserved.pk}">les diapositives</a>.</p>'
    )
    return at(event, timezone.now() - datetime.timedelta(days=2))


def test_the_report_goes_once_to_those_who_came_or_were_not_marked(past):
    came = RegistrationFactory(event=past, attended=True)
    not_marked = RegistrationFactory(event=past)
    RegistrationFactory(event=past, attended=False)
    RegistrationFactory(event=past, status=Status.WAITING)
    RegistrationFactory(event=past, status=Status.CANCELLED, attended=None)
    assert "Comptes rendus : 2." in run()
    assert recipients() == sorted([came.email, not_marked.email])
    assert mail.outbox[0].subject == f"Compte rendu : {past.title}"
    mail.outbox.clear()
    assert "Comptes rendus : 0." in run()
    assert mail.outbox == []


def test_members_only_documents_go_to_current_members_only(past, documents, member):
    public, reserved = documents
    lapsed = MemberFactory(
        organisation=MemberOrganisationFactory(name="Commune de Renazé", lapsed=True),
        email="ancien@renaze.exemple.fr",
    )
    as_member = RegistrationFactory(event=past, user=member, attended=True)
    as_lapsed = RegistrationFactory(event=past, user=lapsed, attended=True)
    as_visitor = RegistrationFactory(event=past, attended=True)
    run()
    member_mail = to(as_member.email)
    assert f"http://testserver{reserved.url}" in member_mail
    assert "Diaporama réservé" in member_mail
    assert f'<a href="http://testserver{reserved.url}">les diapositives</a>' in member_mail
    assert RESERVED_NOTICE not in member_mail
    for registration in (as_lapsed, as_visitor):
        sent = to(registration.email)
        assert "Compte rendu public." in sent
        assert f'<a href="http://testserver{public.url}">Le support</a>' in sent
        assert reserved.url not in sent and "Diaporama réservé" not in sent
        assert " et les diapositives." in sent  # the words stay, without the link
        assert RESERVED_NOTICE in sent


def test_a_members_only_report_is_left_out_for_the_others(past, member):
    past.report = f"<p>{RESERVED_PHRASE}</p>"
    past.report_members_only = True
    past.save_revision().publish()
    as_member = RegistrationFactory(event=past, user=member, attended=True)
    as_visitor = RegistrationFactory(event=past, attended=True)
    run()
    assert RESERVED_PHRASE in to(as_member.email)
    sent = to(as_visitor.email)
    assert RESERVED_PHRASE not in sent and RESERVED_NOTICE in sent


def test_no_report_while_the_event_is_under_way_nor_without_one(event, documents):
    at(event, timezone.now() - datetime.timedelta(hours=1))  # the programme is attached
    RegistrationFactory(event=event)
    assert reminders.send_due() == (0, 0)
    assert reminders.send_due(now=event.end + datetime.timedelta(minutes=1)) == (0, 1)
    bare = EventPageFactory(parent=event.get_parent(), start=timezone.now().replace(year=2025))
    RegistrationFactory(event=bare, attended=True)
    assert reminders.send_due() == (0, 0)


def test_a_dry_run_changes_nothing(past):
    now = timezone.now()
    soon = EventPageFactory(parent=past.get_parent(), start=now + datetime.timedelta(hours=36))
    old = EventPageFactory(parent=past.get_parent(), start=now - datetime.timedelta(days=400))
    for event in (soon, past, old):
        RegistrationFactory(event=event, attended=True if event is past else None)
    before = list(Registration.objects.order_by("pk").values())
    out = run("--dry-run")
    assert "[simulation] Rappels : 1. Comptes rendus : 1." in out
    assert "[simulation] Inscriptions de visiteurs anonymisées : 1." in out
    assert mail.outbox == []
    assert list(Registration.objects.order_by("pk").values()) == before
