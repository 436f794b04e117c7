"""The facilitator's actions on a subject: answer (supporters told), merge a duplicate
(supports moved without doubling anyone, supporters told), turn it into an event (an existing
one, or a draft made from the subject; supporters told)."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from exchange.models import Question, SubjectStatus, SubjectSupport
from sheets.factories import EventIndexPageFactory, EventPageFactory, ThemeFactory
from sheets.models import EventPage
from tests.factories import MemberFactory, MemberOrganisationFactory, SubjectFactory
from tests.second_factor import verified_login

from .conftest import signed_in

pytestmark = pytest.mark.django_db


def support(subject, user):
    organisation = user.member_profile.organisation
    return SubjectSupport.objects.create(subject=subject, user=user, organisation=organisation)


@pytest.fixture
def staff_client(staff_user):
    return signed_in(staff_user)


@pytest.fixture
def supported_subject(site, organisation, other_commune):
    author = MemberFactory(organisation=organisation, email="auteure@exemple.fr")
    subject = SubjectFactory(title="Réduire l'éclairage public", author=author)
    support(subject, author)
    support(subject, MemberFactory(organisation=other_commune, email="soutien@exemple.fr"))
    lapsed = MemberOrganisationFactory(name="Commune échue", lapsed=True)
    support(subject, MemberFactory(organisation=lapsed, email="echu@exemple.fr"))
    return subject


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_answer(staff_client, supported_subject, django_capture_on_commit_callbacks):
    url = reverse("exchange:answer_subject", args=[supported_subject.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, {"facilitator_answer": "Un guide existe : le voici."})
    assert response.status_code == 302
    supported_subject.refresh_from_db()
    assert supported_subject.status == SubjectStatus.ANSWERED
    assert supported_subject.answered_at is not None
    # Active members only: the lapsed commune's member hears nothing.
    assert recipients() == ["auteure@exemple.fr", "soutien@exemple.fr"]
    assert "Réduire l'éclairage public" in mail.outbox[0].subject
    assert "Un guide existe" in mail.outbox[0].body
    page = staff_client.get(supported_subject.get_absolute_url()).content.decode()
    assert "Un guide existe : le voici." in page


def test_empty_answer_is_refused(staff_client, supported_subject):
    url = reverse("exchange:answer_subject", args=[supported_subject.pk])
    response = staff_client.post(url, {"facilitator_answer": ""})
    assert response.status_code == 400
    assert "Écrivez la réponse" in response.content.decode()
    assert not mail.outbox


def test_merge_moves_supports(
    staff_client, supported_subject, organisation, django_capture_on_commit_callbacks
):
    target = SubjectFactory(title="Éclairage public : extinction la nuit")
    both = supported_subject.supports.get(user__email="soutien@exemple.fr").user
    support(target, both)  # supports both: keeps one support
    earlier = SubjectFactory(merged_into=supported_subject, status=SubjectStatus.MERGED)
    question = Question.objects.create(title="Q", body="B", subject=supported_subject)

    url = reverse("exchange:merge_subject", args=[supported_subject.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, {"target": target.pk})
    assert response["Location"] == target.get_absolute_url()
    supported_subject.refresh_from_db()
    assert supported_subject.status == SubjectStatus.MERGED
    assert supported_subject.merged_into == target
    assert not supported_subject.supports.exists()
    assert target.supports.count() == 3  # author, both (once), the lapsed member
    assert target.supports.filter(user=both).count() == 1
    earlier.refresh_from_db()
    assert earlier.merged_into == target
    question.refresh_from_db()
    assert question.subject == target
    assert recipients() == ["auteure@exemple.fr", "soutien@exemple.fr"]
    assert "Éclairage public : extinction la nuit" in mail.outbox[0].subject

    page = staff_client.get(target.get_absolute_url()).content.decode()
    assert "soutenu par 3 communes" in page  # a support given stays, lapsed or not
    assert "Réduire l&#x27;éclairage public" in page  # merged subjects listed


def test_merge_choices_exclude_itself(staff_client, supported_subject):
    url = reverse("exchange:merge_subject", args=[supported_subject.pk])
    response = staff_client.post(url, {"target": supported_subject.pk})
    assert response.status_code == 400
    supported_subject.refresh_from_db()
    assert supported_subject.status == SubjectStatus.PROPOSED


def test_plan_with_an_existing_event(
    staff_client, supported_subject, site, django_capture_on_commit_callbacks
):
    events = EventIndexPageFactory(parent=site.root_page)
    event = EventPageFactory(parent=events, title="Visite de nuit à Bais")
    past = EventPageFactory(
        parent=events, start=timezone.now() - datetime.timedelta(days=10), end=None
    )
    page = staff_client.get(supported_subject.get_absolute_url())
    choices = list(page.context["event_form"].fields["event"].queryset)
    assert event in choices and past not in choices

    url = reverse("exchange:plan_subject", args=[supported_subject.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, {"event": event.pk})
    assert response.status_code == 302
    supported_subject.refresh_from_db()
    assert supported_subject.status == SubjectStatus.PLANNED
    assert supported_subject.event.specific == event
    assert recipients() == ["auteure@exemple.fr", "soutien@exemple.fr"]
    assert "Visite de nuit à Bais" in mail.outbox[0].body
    assert event.full_url in mail.outbox[0].body


def test_draft_event_from_subject(
    staff_client, supported_subject, site, django_capture_on_commit_callbacks
):
    events = EventIndexPageFactory(parent=site.root_page)
    theme = ThemeFactory(name="Énergie", slug="energie", locale=Locale.get_default())
    supported_subject.themes.set([theme])
    url = reverse("exchange:draft_subject_event", args=[supported_subject.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url, {"start": "2031-03-14T18:30"})
    event = EventPage.objects.get()
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[event.pk])
    assert not event.live
    assert event.get_parent().specific == events
    assert event.title == "Réduire l'éclairage public"
    assert event.summary == supported_subject.description
    assert list(event.themes.all()) == [theme]
    assert timezone.localtime(event.start).strftime("%Y-%m-%d %H:%M") == "2031-03-14 18:30"
    supported_subject.refresh_from_db()
    assert supported_subject.status == SubjectStatus.PLANNED
    assert supported_subject.event_id == event.pk
    assert len(mail.outbox) == 2
    assert "seront bientôt publiés" in mail.outbox[0].body  # a draft has no address yet
    # The editor opens (the facilitator completes the event there).
    admin = signed_in(supported_subject.author)  # not staff: not the editor
    assert admin.get(response["Location"]).status_code in (302, 403)


def test_draft_event_in_the_past_is_refused(staff_client, supported_subject, site):
    EventIndexPageFactory(parent=site.root_page)
    url = reverse("exchange:draft_subject_event", args=[supported_subject.pk])
    response = staff_client.post(url, {"start": "2001-01-01T10:00"})
    assert response.status_code == 400
    assert "dans le futur" in response.content.decode()
    assert not EventPage.objects.exists()


def test_editor_opens_on_the_draft(site, admin_user, supported_subject):
    EventIndexPageFactory(parent=site.root_page)
    client = signed_in(admin_user)
    verified_login(client, admin_user)
    url = reverse("exchange:draft_subject_event", args=[supported_subject.pk])
    response = client.post(url, {"start": "2031-03-14T18:30"}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/admin/pages/")
