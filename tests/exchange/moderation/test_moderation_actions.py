"""The facilitator's actions on questions and answers: hide with a reason (the author is told,
the reports settled), restore, keep a report, validate an answer (the asker and the answerer
are told), invite a commune that did it, turn a question into a subject. Each refused to
everyone else, and a refused POST changes nothing."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse

from exchange.models import QuestionInvitation, Report, Subject
from sheets.factories import (
    CommuneFactory,
    ExperienceIndexPageFactory,
    ExperienceSheetPageFactory,
    ThemeFactory,
)
from tests.factories import MemberFactory, MemberOrganisationFactory, ReportFactory

from .conftest import ANSWER_BODY, QUESTION_BODY

HIDE_REASON = "Message hors sujet, avec des données personnelles d'un agent."
REFUSED = {"anonymous": 302, "non_member": 404, "lapsed_member": 404, "member": 403}
REFUSED_KINDS = [*REFUSED, "asker", "answerer"]


def refused_status(kind):
    return REFUSED.get(kind, 403)


def assert_refused(response, kind):
    assert response.status_code == refused_status(kind)
    content = response.content.decode()
    assert QUESTION_BODY not in content and ANSWER_BODY not in content
    if kind == "anonymous":
        assert response["Location"].startswith(reverse("members_area:login"))


# --- Hiding ---------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", REFUSED_KINDS)
def test_only_the_facilitators_hide_a_post(client_of, answer, kind):
    url = reverse("exchange:hide_answer", args=[answer.pk])
    assert_refused(client_of(kind).post(url, {"reason": HIDE_REASON}), kind)
    assert_refused(client_of(kind).get(url), kind)
    answer.refresh_from_db()
    assert not answer.is_hidden
    assert not mail.outbox


def test_the_facilitator_hides_an_answer_and_its_author_is_told(client_of, people, answer):
    pending = ReportFactory(answer=answer, reporter=people["member"])
    kept = ReportFactory(answer=answer, outcome=Report.Outcome.KEPT)
    url = reverse("exchange:hide_answer", args=[answer.pk])
    response = client_of("staff").post(url, {"reason": HIDE_REASON})
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.is_hidden
    assert (answer.hidden_by, answer.hidden_reason) == (people["staff"], HIDE_REASON)
    pending.refresh_from_db()
    assert pending.outcome == Report.Outcome.HIDDEN
    assert (pending.handled_by, pending.handled_at is not None) == (people["staff"], True)
    kept.refresh_from_db()
    assert kept.outcome == Report.Outcome.KEPT
    assert [m.to for m in mail.outbox] == [[people["answerer"].email]]
    message = mail.outbox[0]
    assert HIDE_REASON in message.body
    assert "masquée" in message.subject
    # The author never learns who reported it.
    for name in ("Mathilde", "Signaleuse", people["member"].email, pending.reason):
        assert name not in message.body and name not in message.subject


def test_the_facilitator_hides_a_question_from_the_form_page(client_of, people, question):
    url = reverse("exchange:hide_question", args=[question.pk])
    page = client_of("staff").get(url)
    assert page.status_code == 200
    assert QUESTION_BODY in page.content.decode()
    empty = client_of("staff").post(url, {"reason": ""})
    assert empty.status_code == 200
    assert "Indiquez le motif." in empty.content.decode()
    question.refresh_from_db()
    assert not question.is_hidden
    client_of("staff").post(url, {"reason": HIDE_REASON})
    question.refresh_from_db()
    assert question.hidden_reason == HIDE_REASON
    assert [m.to for m in mail.outbox] == [[people["asker"].email]]


def test_a_lapsed_author_is_not_written_to(client_of, people, answer):
    organisation = people["answerer"].member_profile.organisation
    organisation.active_until = datetime.date(2000, 1, 1)
    organisation.save()
    client_of("staff").post(
        reverse("exchange:hide_answer", args=[answer.pk]), {"reason": HIDE_REASON}
    )
    assert not mail.outbox


@pytest.mark.parametrize("kind", REFUSED_KINDS)
def test_only_the_facilitators_restore_a_post(client_of, people, answer, kind):
    client_of("staff").post(
        reverse("exchange:hide_answer", args=[answer.pk]), {"reason": HIDE_REASON}
    )
    response = client_of(kind).post(reverse("exchange:unhide_answer", args=[answer.pk]))
    assert response.status_code == refused_status(kind)
    answer.refresh_from_db()
    assert answer.is_hidden


def test_the_facilitator_restores_a_post(client_of, people, question):
    client_of("staff").post(
        reverse("exchange:hide_question", args=[question.pk]), {"reason": HIDE_REASON}
    )
    response = client_of("staff").post(reverse("exchange:unhide_question", args=[question.pk]))
    assert response.status_code == 302
    question.refresh_from_db()
    assert not question.is_hidden and question.hidden_reason == ""


# --- Keeping a report -----------------------------------------------------------------------


@pytest.mark.parametrize("kind", REFUSED_KINDS)
def test_only_the_facilitators_keep_a_report(client_of, people, question, kind):
    report = ReportFactory(question=question, reporter=people["member"])
    response = client_of(kind).post(reverse("exchange:keep_report", args=[report.pk]))
    assert response.status_code == refused_status(kind)
    report.refresh_from_db()
    assert report.outcome == Report.Outcome.PENDING


def test_the_facilitator_keeps_a_report(client_of, people, question):
    report = ReportFactory(question=question, reporter=people["member"])
    url = reverse("exchange:keep_report", args=[report.pk])
    assert client_of("staff").get(url).status_code == 200
    response = client_of("staff").post(url)
    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.outcome, report.handled_by) == (Report.Outcome.KEPT, people["staff"])
    question.refresh_from_db()
    assert not question.is_hidden
    assert not mail.outbox


# --- Validation -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", REFUSED_KINDS)
def test_only_the_facilitators_validate_an_answer(client_of, answer, kind):
    response = client_of(kind).post(reverse("exchange:validate_answer", args=[answer.pk]))
    assert response.status_code == refused_status(kind)
    answer.refresh_from_db()
    assert answer.validated_at is None
    assert not mail.outbox


def test_validation_is_a_post(client_of, answer):
    response = client_of("staff").get(reverse("exchange:validate_answer", args=[answer.pk]))
    assert response.status_code == 405


def test_the_facilitator_validates_an_answer_and_both_members_are_told(client_of, people, answer):
    response = client_of("staff").post(reverse("exchange:validate_answer", args=[answer.pk]))
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.validated_by == people["staff"] and answer.validated_at is not None
    by_address = {m.to[0]: m for m in mail.outbox}
    assert set(by_address) == {people["asker"].email, people["answerer"].email}
    assert "votre réponse" in by_address[people["answerer"].email].body
    assert "votre question" in by_address[people["asker"].email].body
    assert ANSWER_BODY in by_address[people["asker"].email].body

    client_of("staff").post(reverse("exchange:unvalidate_answer", args=[answer.pk]))
    answer.refresh_from_db()
    assert answer.validated_at is None and answer.validated_by is None
    assert len(mail.outbox) == 2


def test_a_hidden_answer_is_not_validated(client_of, answer):
    client_of("staff").post(
        reverse("exchange:hide_answer", args=[answer.pk]), {"reason": HIDE_REASON}
    )
    mail.outbox.clear()
    client_of("staff").post(reverse("exchange:validate_answer", args=[answer.pk]))
    answer.refresh_from_db()
    assert answer.validated_at is None
    assert not mail.outbox


@pytest.mark.parametrize("kind", REFUSED_KINDS)
def test_only_the_facilitators_remove_a_validation(client_of, people, answer, kind):
    client_of("staff").post(reverse("exchange:validate_answer", args=[answer.pk]))
    client_of(kind).post(reverse("exchange:unvalidate_answer", args=[answer.pk]))
    answer.refresh_from_db()
    assert answer.validated_at is not None


# --- Inviting a commune that did it ---------------------------------------------------------


@pytest.fixture
def sheet(home_page):
    index = ExperienceIndexPageFactory(parent=home_page)
    commune = CommuneFactory(name="Meslay-du-Maine")
    return ExperienceSheetPageFactory(
        parent=index, commune=commune, title="Une chaufferie bois pour l'école"
    )


@pytest.fixture
def invited_members(sheet):
    organisation = MemberOrganisationFactory(name="Commune de Meslay", commune=sheet.commune)
    return [
        MemberFactory(organisation=organisation, email="meslay1@exemple.fr"),
        MemberFactory(organisation=organisation, email="meslay2@exemple.fr"),
    ]


@pytest.mark.parametrize("kind", REFUSED_KINDS)
def test_only_the_facilitators_invite_a_commune(client_of, question, sheet, kind):
    url = reverse("exchange:invite_commune", args=[question.pk])
    assert_refused(client_of(kind).post(url, {"sheet": sheet.pk}), kind)
    assert not QuestionInvitation.objects.exists()


def test_the_facilitator_invites_a_commune_whose_members_are_told(
    client_of, people, question, sheet, invited_members
):
    url = reverse("exchange:invite_commune", args=[question.pk])
    response = client_of("staff").post(url, {"sheet": sheet.pk})
    assert response.status_code == 302
    invitation = QuestionInvitation.objects.get()
    assert (invitation.sheet.pk, invitation.invited_by) == (sheet.pk, people["staff"])
    assert invitation.organisation.name == "Commune de Meslay"
    assert sorted(m.to[0] for m in mail.outbox) == ["meslay1@exemple.fr", "meslay2@exemple.fr"]
    assert sheet.title in mail.outbox[0].body and QUESTION_BODY in mail.outbox[0].body

    # The question page says so, to the members who read it.
    page = client_of("member").get(question.get_absolute_url()).content.decode()
    assert "L'animation a invité Commune de Meslay à répondre" in page
    assert "Une chaufferie bois pour l&#x27;école" in page

    # Twice is once.
    client_of("staff").post(url, {"sheet": sheet.pk})
    assert QuestionInvitation.objects.count() == 1 and len(mail.outbox) == 2


def test_a_commune_with_no_current_member_is_shown_but_nobody_is_told(client_of, question, sheet):
    lapsed = MemberOrganisationFactory(commune=sheet.commune, lapsed=True)
    MemberFactory(organisation=lapsed, email="echue@exemple.fr")
    response = client_of("staff").post(
        reverse("exchange:invite_commune", args=[question.pk]), {"sheet": sheet.pk}, follow=True
    )
    assert "personne n&#x27;a été prévenu" in response.content.decode()
    assert QuestionInvitation.objects.get().organisation is None
    assert not mail.outbox


def test_the_invitation_form_offers_live_sheets_and_says_what_is_missing(
    client_of, question, sheet
):
    url = reverse("exchange:invite_commune", args=[question.pk])
    page = client_of("staff").get(url).content.decode()
    assert "Meslay-du-Maine — Une chaufferie bois pour l&#x27;école" in page
    response = client_of("staff").post(url, {"sheet": ""})
    assert response.status_code == 200
    assert "Choisissez la fiche" in response.content.decode()


# --- Turning a question into a subject ------------------------------------------------------


@pytest.mark.parametrize("kind", REFUSED_KINDS)
def test_only_the_facilitators_make_a_subject(client_of, question, kind):
    response = client_of(kind).post(reverse("exchange:make_subject", args=[question.pk]))
    assert response.status_code == refused_status(kind)
    assert not Subject.objects.exists()


def test_the_facilitator_turns_a_question_into_a_subject(client_of, people, question):
    theme = ThemeFactory()
    question.themes.set([theme])
    url = reverse("exchange:make_subject", args=[question.pk])
    response = client_of("staff").post(url)
    assert response.status_code == 302
    subject = Subject.objects.get()
    assert (subject.title, subject.description) == (question.title, QUESTION_BODY)
    assert subject.author == people["asker"]
    assert subject.organisation == people["asker"].member_profile.organisation
    assert list(subject.themes.all()) == [theme]
    question.refresh_from_db()
    assert question.subject == subject
    client_of("staff").post(url)
    assert Subject.objects.count() == 1


def test_a_hidden_question_is_sent_to_no_commune(client_of, question, sheet, invited_members):
    client_of("staff").post(
        reverse("exchange:hide_question", args=[question.pk]), {"reason": HIDE_REASON}
    )
    mail.outbox.clear()
    client_of("staff").post(
        reverse("exchange:invite_commune", args=[question.pk]), {"sheet": sheet.pk}
    )
    assert not QuestionInvitation.objects.exists()
    assert not mail.outbox


def test_hiding_from_the_reports_queue_comes_back_to_it(client_of, people, question):
    ReportFactory(question=question, reporter=people["member"])
    queue = reverse("exchange_reports:index")
    url = reverse("exchange:hide_question", args=[question.pk])
    form = client_of("staff").get(url, {"next": queue}).content.decode()
    assert f'name="next" value="{queue}"' in form
    response = client_of("staff").post(url, {"reason": HIDE_REASON, "next": queue})
    assert response["Location"] == queue
