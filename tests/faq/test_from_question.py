"""The facilitator's way from a question to a FAQ entry (exchange/faq_views.py): asking the
authors whether they may be named, their answer (only theirs, only while members), and the
draft entry made once per question, anonymised unless they agreed."""

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.test import Client, RequestFactory
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from exchange.factories import AnswerFactory, QuestionFactory
from exchange.faq_entries import anonymous_description, rounded_population
from exchange.models import NameConsent
from faq.models import FaqEntryPage
from members_area.factories import MemberFactory, MemberOrganisationFactory
from sheets.factories import CommuneFactory, ExperienceSheetPageFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
NEXT = "/adherents/questions/1/"


@pytest.fixture
def people(tree):
    gorron = CommuneFactory(name="Gorron", slug="gorron", insee_code="53107", population=2730)
    asker_org = MemberOrganisationFactory(name="Commune de Gorron", commune=gorron)
    answer_org = MemberOrganisationFactory(name="Commune de Bais", commune=tree.bais)
    lapsed_org = MemberOrganisationFactory(name="Commune de Renazé", lapsed=True)
    return {
        "asker": MemberFactory(organisation=asker_org, email="asker@exemple.fr"),
        "answerer": MemberFactory(organisation=answer_org, email="answerer@exemple.fr"),
        "other": MemberFactory(organisation=answer_org, email="other@exemple.fr"),
        "lapsed": MemberFactory(organisation=lapsed_org, email="lapsed@exemple.fr"),
        "non_member": UserFactory(email="visiteur@exemple.fr"),
        "staff": UserFactory(email="animatrice@exemple.fr", is_staff=True, is_superuser=True),
    }


@pytest.fixture
def question(tree, people):
    question = QuestionFactory(
        author=people["asker"], title="Comment financer un réseau de chaleur ?", themes=[tree.eau]
    )
    AnswerFactory(question=question, author=people["other"], body="Une réponse non validée.")
    question.validated = AnswerFactory(
        question=question,
        author=people["answerer"],
        body="Par la DETR et le fonds chaleur.\n\nNous pouvons vous montrer le dossier.",
        validated_at=timezone.make_aware(timezone.datetime(2026, 4, 2, 10, 0)),
    )
    return question


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


# --- creating the entry -----------------------------------------------------------------------
def test_staff_creates_a_draft_entry(tree, people, question):
    question.name_consent = NameConsent.YES
    question.save()
    response = client_for(people["staff"]).post(
        reverse("exchange:faq_create_entry", args=[question.pk]), {"next": NEXT}
    )
    entry = FaqEntryPage.objects.get(title=question.title)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[entry.pk])
    assert not entry.live and entry.has_unpublished_changes
    assert entry.get_parent().pk == tree.faq.pk
    assert entry.get_latest_revision().user == people["staff"]
    assert entry.answer == (
        "<p>Par la DETR et le fonds chaleur.</p><p>Nous pouvons vous montrer le dossier.</p>"
    )
    assert [t.slug for t in entry.themes.all()] == ["economies-d-eau"]
    assert [r.sheet_id for r in entry.related_pages.all()] == [tree.sheet.pk]
    assert str(entry.validated_on) == "2026-04-02"
    assert entry.asked_by == "Commune de Gorron"  # agreed
    assert entry.answered_by == "Une commune de 1\u00a0500 habitants"  # not asked: anonymous
    question.refresh_from_db()
    assert question.faq_entry_id == entry.pk
    # Not public until published through moderation.
    assert Client().get(entry.url).status_code == 404


def test_asked_or_refused_stays_anonymous(people, question):
    question.name_consent = NameConsent.ASKED
    question.save()
    question.validated.name_consent = NameConsent.NO
    question.validated.save()
    client_for(people["staff"]).post(reverse("exchange:faq_create_entry", args=[question.pk]))
    entry = FaqEntryPage.objects.get(title=question.title)
    assert entry.asked_by == "Une commune de 2\u00a0500 habitants"
    assert entry.answered_by == "Une commune de 1\u00a0500 habitants"


def test_no_second_entry(people, question):
    url = reverse("exchange:faq_create_entry", args=[question.pk])
    first = client_for(people["staff"]).post(url)
    second = client_for(people["staff"]).post(url)
    assert FaqEntryPage.objects.filter(title=question.title).count() == 1
    assert first.url == second.url


def test_needs_a_validated_answer(people, question):
    question.validated.delete()
    response = client_for(people["staff"]).post(
        reverse("exchange:faq_create_entry", args=[question.pk]), {"next": NEXT}
    )
    assert response.status_code == 302 and response.url == NEXT
    assert (
        not FaqEntryPage.objects.exists()
        or not FaqEntryPage.objects.filter(title=question.title).exists()
    )


@pytest.mark.parametrize("who", ["asker", "answerer", "non_member", "lapsed"])
def test_only_staff_may_create_or_ask(people, question, who):
    client = client_for(people[who])
    for name in ("exchange:faq_create_entry", "exchange:faq_ask_consent"):
        assert client.post(reverse(name, args=[question.pk])).status_code == 404
    assert not FaqEntryPage.objects.filter(title=question.title).exists()


def test_anonymous_is_sent_to_sign_in(question):
    url = reverse("exchange:faq_create_entry", args=[question.pk])
    response = Client().post(url)
    assert response.status_code == 302 and "/adherents/connexion/?next=" in response.url


def test_get_is_refused(people, question):
    url = reverse("exchange:faq_create_entry", args=[question.pk])
    assert client_for(people["staff"]).get(url).status_code == 405


def test_anonymous_descriptions(people):
    assert rounded_population(1472) == 1500
    assert rounded_population(230) == 200
    assert rounded_population(40) == 100
    assert rounded_population(27350) == 25000
    assert anonymous_description(None) == "Une collectivité du réseau"
    epci = MemberOrganisationFactory(name="Laval Agglo", kind="epci")
    assert anonymous_description(epci) == "Une intercommunalité du réseau"
    assert anonymous_description(MemberOrganisationFactory(name="Sans commune")) == (
        "Une collectivité du réseau"
    )


# --- asking for consent -----------------------------------------------------------------------
def test_ask_consent_mails_the_asker_and_the_validated_answer_author(
    people, question, django_capture_on_commit_callbacks
):
    url = reverse("exchange:faq_ask_consent", args=[question.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(people["staff"]).post(url, {"next": NEXT})
    assert response.status_code == 302 and response.url == NEXT
    assert sorted(m.to[0] for m in mail.outbox) == ["answerer@exemple.fr", "asker@exemple.fr"]
    bodies = {m.to[0]: m.body for m in mail.outbox}
    assert f"/adherents/consentement/question/{question.pk}/" in bodies["asker@exemple.fr"]
    assert (
        f"/adherents/consentement/reponse/{question.validated.pk}/" in bodies["answerer@exemple.fr"]
    )
    question.refresh_from_db()
    question.validated.refresh_from_db()
    assert question.name_consent == question.validated.name_consent == NameConsent.ASKED
    # Asked once: a second click sends nothing more.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client_for(people["staff"]).post(url, {"next": NEXT})
    assert mail.outbox == []


def test_open_redirect_is_refused(people, question):
    try:
        question.get_absolute_url()
    except NoReverseMatch:
        pytest.skip("the question pages are not installed")
    url = reverse("exchange:faq_ask_consent", args=[question.pk])
    response = client_for(people["staff"]).post(url, {"next": "https://ailleurs.exemple/"})
    assert "ailleurs" not in response.get("Location", "")


# --- the author's answer ----------------------------------------------------------------------
def consent_url(question, kind="question"):
    pk = question.pk if kind == "question" else question.validated.pk
    return reverse("exchange:faq_consent", args=[kind, pk])


def test_author_sees_what_would_be_published_and_agrees(people, question):
    client = client_for(people["asker"])
    html = client.get(consent_url(question)).content.decode()
    assert "Commune de Gorron" in html and "Une commune de 2\u00a0500 habitants" in html
    assert "J'accepte d'être cité·e" in html and "Je préfère rester anonyme" in html
    response = client.post(consent_url(question), {"choix": "oui"})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.name_consent == NameConsent.YES and question.name_consent_at is not None


def test_answer_author_refuses(people, question):
    client = client_for(people["answerer"])
    client.post(consent_url(question, "reponse"), {"choix": "non"})
    question.validated.refresh_from_db()
    assert question.validated.name_consent == NameConsent.NO


def test_unknown_choice_changes_nothing(people, question):
    client = client_for(people["asker"])
    assert client.post(consent_url(question), {"choix": "peut-être"}).status_code == 200
    question.refresh_from_db()
    assert question.name_consent == NameConsent.NOT_ASKED


@pytest.mark.parametrize("who", ["other", "staff"])
def test_only_the_author_may_answer(people, question, who):
    client = client_for(people[who])
    assert client.get(consent_url(question)).status_code == 404
    assert client.post(consent_url(question), {"choix": "oui"}).status_code == 404
    question.refresh_from_db()
    assert question.name_consent == NameConsent.NOT_ASKED


def test_anonymous_consent_goes_to_sign_in(question):
    response = Client().get(consent_url(question))
    assert response.status_code == 302 and "/adherents/connexion/?next=" in response.url


@pytest.mark.parametrize("who", ["lapsed", "non_member"])
def test_non_members_are_refused(people, question, who):
    question.author = people[who]
    question.save()
    client = client_for(people[who])
    response = client.post(consent_url(question), {"choix": "oui"})
    assert response.status_code == 200
    assert "Mon espace adhérent" in response.content.decode()
    assert question.title not in response.content.decode()
    question.refresh_from_db()
    assert question.name_consent == NameConsent.NOT_ASKED


def test_consent_is_rate_limited(people, question, settings):
    settings.EXCHANGE_POSTS_PER_HOUR = 1
    client = client_for(people["asker"])
    assert client.post(consent_url(question), {"choix": "non"}).status_code == 302
    response = client.post(consent_url(question), {"choix": "oui"})
    assert response.status_code == 429
    assert "Trop d&#x27;envois" in response.content.decode() or "Trop d'envois" in (
        response.content.decode()
    )
    question.refresh_from_db()
    assert question.name_consent == NameConsent.NO


def test_unknown_kind_is_404(people, question):
    url = reverse("exchange:faq_consent", args=["sujet", question.pk])
    assert client_for(people["asker"]).get(url).status_code == 404


# --- the question page's include --------------------------------------------------------------
def test_faq_actions_for_staff(people, question):
    request = RequestFactory().get(NEXT)
    request.user = people["staff"]
    answers = list(question.answers.all())
    html = render_to_string(
        "exchange/includes/faq_actions.html",
        {"question": question, "answers": answers},
        request=request,
    )
    assert "Demander l'accord pour citer" in html
    assert "Créer une entrée de FAQ" in html
    assert reverse("exchange:faq_create_entry", args=[question.pk]) in html
    request.user = people["asker"]
    html = render_to_string(
        "exchange/includes/faq_actions.html",
        {"question": question, "answers": answers},
        request=request,
    )
    assert "Créer une entrée de FAQ" not in html


def test_faq_actions_link_the_existing_entry(people, question, tree):
    question.faq_entry = tree.entry
    question.save()
    request = RequestFactory().get(NEXT)
    request.user = people["staff"]
    html = render_to_string(
        "exchange/includes/faq_actions.html",
        {"question": question, "answers": list(question.answers.all())},
        request=request,
    )
    assert reverse("wagtailadmin_pages:edit", args=[tree.entry.pk]) in html
    assert "Créer une entrée de FAQ" not in html


def test_related_sheets_at_most_three(people, question, tree):
    for n in range(4):
        ExperienceSheetPageFactory(
            parent=tree.experiences, commune=tree.bais, title=f"Fiche eau {n}", themes=[tree.eau]
        )
    client_for(people["staff"]).post(reverse("exchange:faq_create_entry", args=[question.pk]))
    entry = FaqEntryPage.objects.get(title=question.title)
    assert entry.related_pages.count() == 3
