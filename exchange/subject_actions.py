"""What can happen to a subject, in one place for the member pages and the admin alike: a
member proposes or supports it; the facilitator answers it, merges it into another, or turns it
into an event. Each action that concerns the supporters tells them, through the task queue,
once the change is committed."""

from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale

from core.submission import already_posted
from members_area import permissions
from sheets.models import EventIndexPage, EventPage, Theme
from sheets.models.event import upcoming_q

from .models import Subject, SubjectStatus, SubjectSupport
from .subject_tasks import tell_subject_answered, tell_subject_merged, tell_subject_planned

SUMMARY_MAX = 600  # EventPage.summary's max_length


def ranked(subjects, user=None):
    """Subjects with `commune_count` (distinct supporting organisations), most supported first,
    then the newest; what a row shows is read in a fixed number of queries. With `user`, each
    subject also says whether they support it (`supported_by_me`)."""
    subjects = (
        subjects.with_support_counts()
        .select_related("organisation", "event")
        .prefetch_related("themes")
        .order_by("-commune_count", "-created_at", "-pk")
    )
    if user is not None and user.is_authenticated:
        mine = SubjectSupport.objects.filter(subject=OuterRef("pk"), user=user.pk)
        subjects = subjects.annotate(supported_by_me=Exists(mine))
    return subjects


def involving(subjects, user):
    """The subjects this member proposed or supports (a subquery: the supports' join stays
    free for the count)."""
    supported = SubjectSupport.objects.filter(user=user.pk).values("subject_id")
    return subjects.filter(Q(author=user.pk) | Q(pk__in=supported))


def with_theme(subjects, slug):
    """Subjects on the theme of this slug, in any language."""
    return subjects.filter(
        pk__in=Subject.themes.through.objects.filter(theme__slug=slug).values("subject_id")
    )


def default_themes():
    """The themes a subject is filed under: the default language's (one per theme)."""
    return Theme.objects.filter(locale=Locale.get_default()).order_by("name")


def _organisation(user):
    profile = permissions.member_profile(user)
    return profile.organisation if profile is not None else None


def propose(user, *, title, description, themes, submission_key=None):
    """Creates the subject, supported at once by its proposer (so their organisation counts).
    The same form sent twice returns the first subject."""
    existing = already_posted(Subject, submission_key, author=user)
    if existing is not None:
        return existing
    organisation = _organisation(user)
    try:
        with transaction.atomic():
            subject = Subject.objects.create(
                author=user,
                organisation=organisation,
                title=title,
                description=description,
                submission_key=submission_key,
            )
            subject.themes.set(themes)
            SubjectSupport.objects.create(subject=subject, user=user, organisation=organisation)
    except IntegrityError:  # the other click of a double click made it in between
        existing = already_posted(Subject, submission_key, author=user)
        if existing is None:
            raise
        return existing
    return subject


def toggle_support(subject, user):
    """Adds this member's support, or withdraws it. The proposer's own support stays (their
    organisation counts for the subject it asked for). Returns True when the member now
    supports the subject."""
    if subject.author_id == user.pk:
        return True
    deleted, _rows = SubjectSupport.objects.filter(subject=subject, user=user).delete()
    if deleted:
        return False
    try:
        with transaction.atomic():
            SubjectSupport.objects.create(
                subject=subject, user=user, organisation=_organisation(user)
            )
    except IntegrityError:  # a double click: the support exists
        pass
    return True


def supporting_organisations(subject):
    """The names of the organisations that support the subject, each once, by name."""
    return list(
        subject.supports.filter(organisation__isnull=False)
        .order_by("organisation__name")
        .values_list("organisation__name", flat=True)
        .distinct()
    )


def supporter_ids(subject):
    return list(
        subject.supports.filter(user__isnull=False).values_list("user_id", flat=True).distinct()
    )


def answer(subject, text, by):
    """The facilitator's answer. A subject already turned into an event stays "programmé"."""
    subject.facilitator_answer = text
    subject.answered_at = timezone.now()
    if subject.event_id is None:
        subject.status = SubjectStatus.ANSWERED
    subject.save(update_fields=["facilitator_answer", "answered_at", "status"])
    transaction.on_commit(lambda: tell_subject_answered.enqueue(subject.pk, by.pk))


def merge_targets(subject):
    """The subjects another one may be merged into: visible, and not itself."""
    return Subject.objects.visible().exclude(pk=subject.pk).order_by("title")


@transaction.atomic
def merge(subject, target, by):
    """Merges a duplicate into `target`: its supports move there (a member supporting both
    keeps one support), the subjects merged into it and the questions linked to it follow, and
    its supporters are told where the subject now lives."""
    told = supporter_ids(subject)
    on_target = SubjectSupport.objects.filter(subject=target).values("user_id")
    subject.supports.filter(user__in=on_target).delete()
    subject.supports.update(subject=target)
    Subject.objects.filter(merged_into=subject).update(merged_into=target)
    subject.questions.update(subject=target)
    subject.status = SubjectStatus.MERGED
    subject.merged_into = target
    subject.save(update_fields=["status", "merged_into"])
    transaction.on_commit(lambda: tell_subject_merged.enqueue(subject.pk, told, by.pk))


def event_choices():
    """The events a subject may become: upcoming, live or draft, in the default language."""
    return (
        EventPage.objects.filter(locale=Locale.get_default())
        .filter(upcoming_q())
        .order_by("start", "pk")
    )


def event_index():
    """Where a new event is drafted: the default language's agenda (the first in the tree)."""
    return EventIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()


def plan(subject, event, by):
    """The subject becomes this event: "programmé", and its supporters are told."""
    subject.event = event
    subject.status = SubjectStatus.PLANNED
    subject.save(update_fields=["event", "status"])
    transaction.on_commit(lambda: tell_subject_planned.enqueue(subject.pk, by.pk))


@transaction.atomic
def draft_event(subject, start, by, index):
    """A draft event under `index` made from the subject (title, summary, themes), which the
    facilitator completes in the editor; the subject is planned with it."""
    summary = subject.description
    if len(summary) > SUMMARY_MAX:
        summary = summary[: SUMMARY_MAX - 1].rstrip() + "…"
    event = EventPage(
        title=subject.title,
        slug=find_available_slug(index, slugify(subject.title)[:200] or "rencontre"),
        summary=summary,
        start=start,
        live=False,
        owner=by,
        locale=index.locale,
    )
    event.themes.set(subject.themes.filter(locale=index.locale))
    index.add_child(instance=event)
    event.save_revision(user=by)
    plan(subject, event, by)
    return event
