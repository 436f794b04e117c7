"""Subjects the members ask the network to work on (subjects.yaml), with their supports: mostly
proposed, one answered by the facilitator, one merged into another, one turned into an event.

Created in bulk through the exchange's factories, then dated like the questions
(demo.loaders.exchange). A subject already loaded (found by its submission key) is left alone.
"""

from wagtail.models import Locale

from exchange.factories import SubjectFactory, SubjectSupportFactory
from exchange.models import Question, Subject, SubjectStatus, SubjectSupport
from sheets.models import EventPage

from .data import read
from .posts import members, organisation_of, submission_key, themes_by_slug


def _create(items, clock, questions):
    users = members(
        [item["author"] for item in items]
        + [email for item in items for email in item["supports"]["members"]]
    )
    themes = themes_by_slug()
    events = {
        event.slug: event
        for event in EventPage.objects.filter(
            slug__in=[item["event"] for item in items if "event" in item],
            locale=Locale.get_default(),
        )
    }
    subjects = []
    for item in items:
        author = users[item["author"]]
        posted = clock.posted(item["key"], item["days_ago"])
        subject = SubjectFactory.build(
            author=author,
            organisation=organisation_of(author),
            title=item["title"],
            description=item["description"].strip(),
            status=item.get("status", SubjectStatus.PROPOSED),
            facilitator_answer=item.get("facilitator_answer", "").strip(),
            answered_at=clock.after(posted, item.get("answered_after_days")),
            event=events.get(item.get("event")),
            submission_key=submission_key("subject", item["key"]),
        )
        subject.demo_date = posted
        subjects.append(subject)
    Subject.objects.bulk_create(subjects)

    by_key = {item["key"]: subject for item, subject in zip(items, subjects, strict=True)}
    for item, subject in zip(items, subjects, strict=True):
        subject.created_at = subject.demo_date
        subject.merged_into = by_key.get(item.get("merged_into"))
        if "question" in item and item["question"] in questions:
            Question.objects.filter(pk=questions[item["question"]].pk).update(subject=subject)
    Subject.objects.bulk_update(subjects, ["created_at", "merged_into"])
    Subject.themes.through.objects.bulk_create(
        Subject.themes.through(subject=subject, theme=themes[slug])
        for item, subject in zip(items, subjects, strict=True)
        for slug in item.get("themes", [])
    )

    supports = []
    for item, subject in zip(items, subjects, strict=True):
        step = item["supports"]["after_days"]
        for rank, email in enumerate(item["supports"]["members"], start=1):
            support = SubjectSupportFactory.build(
                subject=subject, user=users[email], organisation=organisation_of(users[email])
            )
            support.demo_date = clock.after(subject.demo_date, step * rank)
            supports.append(support)
    SubjectSupport.objects.bulk_create(supports)
    for support in supports:
        support.created_at = support.demo_date
    SubjectSupport.objects.bulk_update(supports, ["created_at"])
    return len(subjects)


def build(clock, questions) -> int:
    """The missing subjects; `questions`: the demo's questions by key. Returns how many were
    created."""
    items = read("subjects")
    loaded = set(
        Subject.objects.filter(
            submission_key__in=[submission_key("subject", item["key"]) for item in items]
        ).values_list("submission_key", flat=True)
    )
    missing = [item for item in items if submission_key("subject", item["key"]) not in loaded]
    if not missing:
        return 0
    return _create(missing, clock, questions)
