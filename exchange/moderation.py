"""What the facilitator does to questions and answers, and a member's report of a post: the
changes themselves, apart from the views that ask for them. Each change that someone must hear
of enqueues its notice (exchange.moderation_tasks: tasks given ids, run by the queue)."""

from django.urls import NoReverseMatch
from django.utils import timezone
from wagtail.models import Locale

from members_area.models import MemberOrganisation
from sheets.models import ExperienceSheetPage

from . import moderation_tasks as tasks
from .models import Answer, Question, QuestionInvitation, Report, Subject

# The two kinds of post a member may report and the facilitator may hide, by their URL name.
POST_MODELS = {"question": Question, "answer": Answer}


def kind_of(post):
    return "answer" if isinstance(post, Answer) else "question"


def question_of(post):
    return post.question if isinstance(post, Answer) else post


def is_visible(post):
    """Neither the post nor (for an answer) its question is hidden."""
    return not post.is_hidden and not question_of(post).is_hidden


def _report_filter(post):
    return {kind_of(post): post}


def pending_report_exists(post, user):
    return Report.objects.filter(
        **_report_filter(post), reporter=user, outcome=Report.Outcome.PENDING
    ).exists()


def report_post(post, user, reason):
    report = Report.objects.create(**_report_filter(post), reporter=user, reason=reason)
    tasks.tell_facilitators_of_report.enqueue(report.pk)
    return report


def _handle_pending_reports(post, user, outcome):
    Report.objects.filter(**_report_filter(post), outcome=Report.Outcome.PENDING).update(
        outcome=outcome, handled_at=timezone.now(), handled_by=user
    )


def hide_post(post, user, reason):
    """Hides the post with the reason its author is told; its pending reports are settled."""
    post.hidden_at = timezone.now()
    post.hidden_by = user
    post.hidden_reason = reason
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])
    _handle_pending_reports(post, user, Report.Outcome.HIDDEN)
    tasks.tell_author_of_hiding.enqueue(kind_of(post), post.pk)


def unhide_post(post):
    post.hidden_at = None
    post.hidden_by = None
    post.hidden_reason = ""
    post.save(update_fields=["hidden_at", "hidden_by", "hidden_reason"])


def keep_report(report, user):
    """The facilitator read the report and keeps the post as it is."""
    report.outcome = Report.Outcome.KEPT
    report.handled_at = timezone.now()
    report.handled_by = user
    report.save(update_fields=["outcome", "handled_at", "handled_by"])


def validate_answer(answer, user):
    answer.validated_at = timezone.now()
    answer.validated_by = user
    answer.save(update_fields=["validated_at", "validated_by"])
    tasks.tell_of_validation.enqueue(answer.pk)


def unvalidate_answer(answer):
    answer.validated_at = None
    answer.validated_by = None
    answer.save(update_fields=["validated_at", "validated_by"])


def invitable_sheets():
    """The experience sheets a question may point to: live, in the site's default language,
    with their commune (one query)."""
    return (
        ExperienceSheetPage.objects.live()
        .filter(locale=Locale.get_default())
        .select_related("commune")
        .order_by("commune__name", "title")
    )


def invite_commune(question, sheet, user):
    """Records the invitation of the member organisations of the sheet's commune whose
    membership is current (or of the sheet alone when there is none) and tells their members.
    Returns the invited organisations."""
    organisations = list(
        MemberOrganisation.objects.active().filter(commune_id=sheet.commune_id).order_by("name")
    )
    invitations = [
        QuestionInvitation(question=question, sheet=sheet, organisation=org, invited_by=user)
        for org in organisations
    ] or [QuestionInvitation(question=question, sheet=sheet, invited_by=user)]
    for invitation in invitations:
        invitation.save()
        if invitation.organisation_id:
            tasks.tell_invited_members.enqueue(invitation.pk)
    return organisations


def already_invited(question, sheet):
    return QuestionInvitation.objects.filter(question=question, sheet=sheet).exists()


def make_subject(question):
    """A subject to work on made from the question, by its asker for their organisation; the
    question links to it."""
    subject = Subject.objects.create(
        title=question.title,
        description=question.body,
        author=question.author,
        organisation=question.organisation,
    )
    subject.themes.set(question.themes.all())
    question.subject = subject
    question.save(update_fields=["subject"])
    return subject


def member_page_url(post):
    """The post's address in the member area, or "" where the question pages are not mounted."""
    try:
        return post.get_absolute_url()
    except NoReverseMatch:
        return ""
