"""The exchange between members: questions and their answers (exchange_questions.yaml), with the
asker's "this helped", the facilitator's validations, an edited answer and its previous text, a
hidden answer and a pending report, an invitation to a commune that did it, and the follows
(exchange_follows.yaml); then the subjects (demo.loaders.subjects).

Posts are created in bulk through the exchange's factories (`build`, then `bulk_create`); their
dates, which the models set to "now" on creation, are then written back in one query per model.
A question already loaded (found by its submission key, demo.loaders.posts) is left alone.
"""

import time

from django.utils import timezone
from modelsearch.backends import get_search_backends
from wagtail.models import Locale, Page

from exchange.factories import AnswerFactory, FollowFactory, QuestionFactory, ReportFactory
from exchange.models import (
    Answer,
    AnswerRevision,
    Follow,
    NameConsent,
    Question,
    QuestionInvitation,
    Report,
)
from members_area.models import MemberOrganisation

from . import search_indexes, subjects
from .data import read
from .posts import Clock, facilitator, members, organisation_of, submission_key, themes_by_slug

CONSENTS = {"yes": NameConsent.YES, "no": NameConsent.NO}


def _consent(data, moment, clock):
    """The name consent fields of a post: asked and answered two days after `moment`."""
    consent = CONSENTS.get(data.get("name_consent", ""), NameConsent.NOT_ASKED)
    answered_at = clock.after(moment, 2) if consent else None
    return {"name_consent": consent, "name_consent_at": answered_at}


def _authors(items):
    emails = set()
    for item in items:
        emails.add(item["asker"])
        for answer in item.get("answers", []):
            emails.add(answer["author"])
            if "report" in answer:
                emails.add(answer["report"]["by"])
    return members(emails)


# The field holding each model's date (the models set it to "now" on creation).
DATE_FIELDS = {AnswerRevision: "replaced_at"}


class QuestionsBuild:
    """Creates the missing questions of the data file and everything that hangs on them."""

    def __init__(self, items, clock):
        self.items = items
        self.clock = clock
        self.users = _authors(items)
        self.themes = themes_by_slug()
        self.facilitator = facilitator()
        self.dated = {}  # model -> its new instances, each with its `demo_date`

    def _dated(self, instance, moment):
        instance.demo_date = moment
        self.dated.setdefault(type(instance), []).append(instance)
        return instance

    def run(self):
        questions = [self._question(item) for item in self.items]
        Question.objects.bulk_create(questions)
        Question.themes.through.objects.bulk_create(
            Question.themes.through(question=question, theme=self.themes[slug])
            for question, item in zip(questions, self.items, strict=True)
            for slug in item.get("themes", [])
        )
        answers = [
            (self._answer(question, data), data)
            for question, item in zip(questions, self.items, strict=True)
            for data in item.get("answers", [])
        ]
        Answer.objects.bulk_create(answer for answer, _data in answers)
        self._history_and_reports(answers)
        self._invitations(questions)
        self._follows(questions, answers)
        for model, instances in self.dated.items():
            field = DATE_FIELDS.get(model, "created_at")
            for instance in instances:
                setattr(instance, field, instance.demo_date)
            model.objects.bulk_update(instances, [field])
        if not search_indexes.rebuilt_after_load():
            for backend in get_search_backends(with_auto_update=True):
                backend.add_bulk(Question, questions)
        return questions

    def _question(self, item):
        author = self.users[item["asker"]]
        posted = self.clock.posted(item["key"], item["days_ago"])
        last_activity = max(
            [posted] + [self.clock.after(posted, a["after_days"]) for a in item.get("answers", [])]
        )
        question = QuestionFactory.build(
            author=author,
            organisation=organisation_of(author),
            title=item["title"],
            body=item["body"].strip(),
            stage=item.get("stage", ""),
            context=item.get("context", ""),
            last_activity_at=last_activity,
            submission_key=submission_key("question", item["key"]),
            **_consent(item, posted, self.clock),
        )
        question.demo_key = item["key"]
        return self._dated(question, posted)

    def _answer(self, question, data):
        author = self.users[data["author"]]
        posted = self.clock.after(question.demo_date, data["after_days"])
        validated_at = self.clock.after(posted, data.get("validated_after_days"))
        hidden_at = self.clock.after(posted, 2) if data.get("hidden") else None
        answer = AnswerFactory.build(
            question=question,
            author=author,
            organisation=organisation_of(author),
            body=data["body"].strip(),
            helpful_at=self.clock.after(posted, data.get("helpful_after_days")),
            validated_at=validated_at,
            validated_by=self.facilitator if validated_at else None,
            edited_at=self.clock.after(posted, 0.01) if data.get("previous_body") else None,
            hidden_at=hidden_at,
            hidden_by=self.facilitator if hidden_at else None,
            hidden_reason=data.get("hidden", ""),
            submission_key=submission_key("answer", f"{question.demo_key}:{data['author']}"),
            **_consent(data, validated_at or posted, self.clock),
        )
        return self._dated(answer, posted)

    def _history_and_reports(self, answers):
        """The edited answer's previous text, and the reports (handled when the answer was
        hidden, pending otherwise)."""
        revisions, reports = [], []
        for answer, data in answers:
            if data.get("previous_body"):
                revision = AnswerRevision(answer=answer, body=data["previous_body"].strip())
                revisions.append(self._dated(revision, answer.edited_at))
            if "report" in data:
                report = ReportFactory.build(
                    answer=answer,
                    reporter=self.users[data["report"]["by"]],
                    reason=data["report"]["reason"],
                    outcome=Report.Outcome.HIDDEN if answer.hidden_at else Report.Outcome.PENDING,
                    handled_at=answer.hidden_at,
                    handled_by=answer.hidden_by,
                )
                moment = self.clock.after(answer.demo_date, data["report"]["after_days"])
                reports.append(self._dated(report, moment))
        AnswerRevision.objects.bulk_create(revisions)
        Report.objects.bulk_create(reports)

    def _invitations(self, questions):
        """The facilitator invites the commune of a sheet to answer (its members are told)."""
        wanted = [
            (question, item["invitation"])
            for question, item in zip(questions, self.items, strict=True)
            if "invitation" in item
        ]
        slugs = [data["sheet"] for _question, data in wanted]
        sheets = {
            page.slug: page
            for page in Page.objects.filter(slug__in=slugs, locale=Locale.get_default()).specific()
        }
        invitations = []
        for question, data in wanted:
            sheet = sheets[data["sheet"]]
            invitation = QuestionInvitation(
                question=question,
                sheet=sheet,
                organisation=MemberOrganisation.objects.filter(commune=sheet.commune).first(),
                invited_by=self.facilitator,
            )
            moment = self.clock.after(question.demo_date, data["after_days"])
            invitations.append(self._dated(invitation, moment))
        QuestionInvitation.objects.bulk_create(invitations)

    def _follows(self, questions, answers):
        """Askers and answerers follow their questions, from their first post on it."""
        first_posts = {(question.author, question): question for question in questions}
        for answer, _data in answers:
            first_posts.setdefault((answer.author, answer.question), answer)
        follows = [
            self._dated(FollowFactory.build(user=user, question=question), post.demo_date)
            for (user, question), post in first_posts.items()
        ]
        Follow.objects.bulk_create(follows)


def follow_themes():
    """Members who follow whole themes (exchange_follows.yaml), once each."""
    wanted = read("exchange_follows")
    users = members(wanted)
    themes = themes_by_slug()
    existing = set(
        Follow.objects.filter(theme__isnull=False, user__in=users.values()).values_list(
            "user_id", "theme_id"
        )
    )
    follows = [
        FollowFactory.build(user=users[email], theme=themes[slug])
        for email, slugs in wanted.items()
        for slug in slugs
        if (users[email].pk, themes[slug].pk) not in existing
    ]
    Follow.objects.bulk_create(follows)
    return len(follows)


def build_questions(clock) -> dict:
    """The demo's questions by key, creating the missing ones."""
    items = read("exchange_questions")
    keys = {submission_key("question", item["key"]): item["key"] for item in items}
    loaded = {
        keys[question.submission_key]: question
        for question in Question.objects.filter(submission_key__in=keys)
    }
    missing = [item for item in items if item["key"] not in loaded]
    if missing:
        for question in QuestionsBuild(missing, clock).run():
            loaded[question.demo_key] = question
    return loaded


def build(stdout):
    """Questions, answers, follows, then subjects."""
    started = time.monotonic()
    clock = Clock(timezone.now())
    before = Question.objects.count()
    questions = build_questions(clock)
    theme_follows = follow_themes()
    subject_count = subjects.build(clock, questions)
    stdout.write(
        f"Échanges : {Question.objects.count() - before} questions créées "
        f"({len(questions)} dans les données), {theme_follows} suivis de thèmes, "
        f"{subject_count} sujets créés ({time.monotonic() - started:.1f} s)."
    )
    return questions
