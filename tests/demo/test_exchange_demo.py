"""The exchange's demo content, as load_demo builds it: questions between members of different
communes, the facilitator's work on them, the public FAQ made from them (four entries in
English), and the subjects with their supports; and a second load that changes nothing."""

import datetime
import io

import pytest
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from demo.loaders import exchange, faq, members, search_indexes, translations
from demo.loaders.accounts import ensure_admin
from demo.loaders.data import read
from demo.loaders.events import build_events
from demo.loaders.sections import ensure_index_pages
from demo.loaders.taxonomy import ensure_communes, ensure_themes
from exchange.models import (
    Answer,
    AnswerRevision,
    ExchangeSettings,
    Follow,
    NameConsent,
    Question,
    QuestionInvitation,
    Report,
    Subject,
    SubjectStatus,
    SubjectSupport,
)
from faq.models import FaqEntryPage, FaqIndexPage, FaqRelatedPage
from home.setup import ensure_home_page, ensure_home_translations
from members_area import permissions
from sheets.factories import ExperienceSheetPageFactory, TechnicalSheetPageFactory
from sheets.models import EventPage


def _load(home):
    """What load_demo loads for the exchange and the FAQ, in its order."""
    questions = exchange.build(io.StringIO())
    faq.build(io.StringIO(), home, questions)


def _sheets_and_event(home):
    """The sections, the sheets the exchange and the FAQ point to (titles and communes of the
    data files, built through the sheets' factories) and the event a subject became."""
    pages = ensure_index_pages(home)
    communes = ensure_communes()
    ensure_themes(Locale.get_default())
    wanted = {q["invitation"]["sheet"] for q in read("exchange_questions") if "invitation" in q}
    wanted |= {slug for entry in read("faq")["entries"] for slug in entry["related"]}
    for data in read("experiences"):
        if data["slug"] in wanted:
            ExperienceSheetPageFactory(
                parent=pages.experiences,
                slug=data["slug"],
                title=data["title"],
                commune=communes[data["commune"]],
            )
    for data in read("technical"):
        if data["slug"] in wanted:
            TechnicalSheetPageFactory(
                parent=pages.technical, slug=data["slug"], title=data["title"]
            )
    events = {s["event"] for s in read("subjects") if "event" in s}
    build_events(io.StringIO(), pages.events, [e for e in read("events") if e["slug"] in events])


@pytest.fixture(scope="module")
def demo_db(django_db_setup, django_db_blocker):
    """What the exchange builds on (the demo's members, themes in French and English, and the
    sheets and event it points to), then the exchange and the FAQ as load_demo loads them;
    once for the module, rolled back at the end. (tests/demo_site/test_demo_content.py loads the whole
    demo, twice.)"""
    with django_db_blocker.unblock(), transaction.atomic():
        home = ensure_home_page()
        ensure_home_translations(home)
        ensure_admin()
        _sheets_and_event(home)
        members.build_members(*members.build_organisations())
        translations.translate_themes(Locale.objects.get(language_code="en"))
        _load(home)
        search_indexes.rebuild(io.StringIO())
        yield home
        transaction.set_rollback(True)


pytestmark = pytest.mark.django_db


def _counts():
    models = [
        Question,
        Question.themes.through,
        Answer,
        AnswerRevision,
        Follow,
        Report,
        QuestionInvitation,
        Subject,
        SubjectSupport,
        FaqEntryPage,
        FaqIndexPage,
        FaqRelatedPage,
        Page,
    ]
    return {model._meta.label: model.objects.count() for model in models}


def _posts():
    yield from Question.objects.select_related("author", "organisation")
    yield from Answer.objects.select_related("author", "organisation")
    yield from Subject.objects.select_related("author", "organisation")
    yield from SubjectSupport.objects.select_related("user", "organisation")


def test_questions_answered_validated_and_unanswered(demo_db):
    answered = Question.objects.filter(answers__hidden_at__isnull=True).distinct()
    assert answered.count() >= 25
    assert (
        Answer.objects.filter(validated_at__isnull=False, validated_by__is_staff=True).count() >= 8
    )
    assert Answer.objects.filter(helpful_at__isnull=False).exists()
    delay = datetime.timedelta(days=ExchangeSettings.load().unanswered_after_days)
    unanswered = Question.objects.filter(answers__isnull=True)
    assert unanswered.count() >= 4
    waiting = unanswered.filter(created_at__lt=timezone.now() - delay)
    assert waiting.count() >= 2
    assert unanswered.filter(created_at__gte=timezone.now() - delay).exists()
    oldest = Question.objects.order_by("created_at").first().created_at
    assert timezone.now() - oldest < datetime.timedelta(days=19 * 31)
    assert timezone.now() - oldest > datetime.timedelta(days=12 * 30)
    per_question = Question.objects.annotate(n=Count("answers")).values_list("n", flat=True)
    assert max(per_question) <= 4


def test_every_author_is_an_active_member_of_their_organisation(demo_db):
    for post in _posts():
        author = getattr(post, "author", None) or post.user
        assert permissions.is_active_member(author), post
        assert not author.is_staff, post
        assert post.organisation == author.member_profile.organisation, post
        assert post.organisation.is_active, post
    for report in Report.objects.select_related("reporter"):
        assert permissions.is_active_member(report.reporter)


def test_answers_come_from_other_organisations(demo_db):
    assert Answer.objects.exists()
    assert not Answer.objects.filter(organisation=F("question__organisation")).exists()


def test_moderation_history_invitation_follows_and_consents(demo_db):
    edited = Answer.objects.filter(edited_at__isnull=False)
    assert edited.count() == 1
    revision = AnswerRevision.objects.get()
    assert revision.answer == edited.get()
    assert revision.body != edited.get().body
    hidden = Answer.objects.get(hidden_at__isnull=False)
    assert hidden.hidden_reason and hidden.hidden_by.is_staff
    assert hidden.question.answers.filter(hidden_at__isnull=True).exists()
    assert Report.objects.filter(answer=hidden, outcome=Report.Outcome.HIDDEN).exists()
    pending = Report.objects.get(outcome=Report.Outcome.PENDING)
    assert pending.answer != hidden and pending.answer.hidden_at is None
    invitation = QuestionInvitation.objects.select_related("question", "organisation").get()
    assert invitation.organisation.commune == invitation.sheet.specific.commune
    assert not invitation.question.answers.exists()
    for question in Question.objects.all():
        assert Follow.objects.filter(question=question, user=question.author).exists()
    assert Follow.objects.filter(theme__isnull=False).count() >= 5
    for consent in (NameConsent.YES, NameConsent.NO):
        assert Question.objects.filter(name_consent=consent).exists()
        assert Answer.objects.filter(name_consent=consent, name_consent_at__isnull=False).exists()


def test_the_faq_in_french_and_english(demo_db):
    french = Locale.objects.get(language_code="fr")
    index = FaqIndexPage.objects.get(locale=french)
    assert (index.slug, index.title, index.show_in_menus, index.live) == (
        "questions-frequentes",
        "Questions fréquentes",
        True,
        True,
    )
    assert index.get_parent().specific_class.__name__ == "HomePage"
    entries = FaqEntryPage.objects.child_of(index).live()
    assert entries.count() == 8
    english = FaqEntryPage.objects.live().filter(locale__language_code="en")
    assert english.count() == 4
    assert set(english.values_list("translation_key", flat=True)) <= set(
        entries.values_list("translation_key", flat=True)
    )
    assert index.get_translation(Locale.objects.get(language_code="en")).live
    for entry in entries:
        question = entry.source_questions.get()
        answer = question.answers.get(validated_at__isnull=False)
        assert entry.validated_on == timezone.localtime(answer.validated_at).date()
        assert entry.themes.exists() and "<p>" in entry.answer
        assert 1 <= entry.related_pages.count() <= 2
        for post, shown in ((question, entry.asked_by), (answer, entry.answered_by)):
            if post.name_consent == NameConsent.YES:
                assert shown == post.organisation.name
            else:
                assert post.organisation.name not in shown and "habitants" in shown


def test_faq_entries_are_in_the_search_index(demo_db):
    french = Locale.objects.get(language_code="fr")
    found = FaqEntryPage.objects.live().filter(locale=french).search("chaufferie")
    assert [page.slug for page in found] == ["chaufferie-bois-petite-commune"]


def test_members_search_finds_questions_by_their_answers(demo_db):
    """The questions are indexed with their answers' text (the members' search)."""
    found = get_search_backend().search("plaquettes", Question)
    assert "chaufferie-bois-petite-commune" in {
        question.faq_entry.slug for question in found if question.faq_entry
    }


def test_subjects_supports_and_the_event(demo_db):
    assert Subject.objects.count() == 10
    counts = dict(Subject.objects.with_support_counts().values_list("title", "commune_count"))
    assert min(counts.values()) == 1 and max(counts.values()) == 9
    assert len(set(counts.values())) >= 5
    doubled = Subject.objects.annotate(
        members=Count("supports"), communes=Count("supports__organisation", distinct=True)
    ).filter(members__gt=F("communes"))
    assert doubled.count() == 1
    for support in SubjectSupport.objects.select_related("subject"):
        assert support.user_id != support.subject.author_id
    assert Subject.objects.filter(status=SubjectStatus.PROPOSED).count() >= 6
    answered = Subject.objects.get(status=SubjectStatus.ANSWERED)
    assert answered.facilitator_answer and answered.answered_at
    merged = Subject.objects.get(status=SubjectStatus.MERGED)
    assert merged.merged_into and merged not in Subject.objects.visible()
    planned = Subject.objects.get(status=SubjectStatus.PLANNED)
    assert isinstance(planned.event, EventPage) and planned.event.live
    assert planned.event.start > timezone.now()


def test_loading_twice_changes_nothing(demo_db):
    counts = _counts()
    _load(demo_db)
    assert _counts() == counts
