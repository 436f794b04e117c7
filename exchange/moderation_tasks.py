"""The notices of moderation, sent through the task queue: a report to the facilitators, a
hidden post to its author, a validated answer to the asker and the answerer, an invitation to
the members of a commune that did it. Each task takes ids and reads the rows again when it
runs: what was hidden or undone in between is not sent."""

from django.urls import NoReverseMatch, reverse
from django_tasks import task

from members_area import permissions
from members_area.emails import absolute_url
from members_area.models import MemberProfile
from members_area.notices import facilitators

from .models import Answer, Question, QuestionInvitation, Report
from .notifications import send_notice

# The admin's queue of reports (exchange.moderation_admin.ReportViewSet).
REPORTS_ADMIN_URL_NAME = "exchange_reports:index"


def _link(url_name, *args):
    try:
        return absolute_url(reverse(url_name, args=args))
    except NoReverseMatch:
        return ""


def _post_url(post):
    try:
        return absolute_url(post.get_absolute_url())
    except NoReverseMatch:
        return ""


def _member_recipients(users, *, exclude=()):
    """The active members among `users` (with an address), each once, but those excluded."""
    seen = set()
    result = []
    for user in users:
        if user is None or user.pk in seen or user.pk in exclude or not user.email:
            continue
        seen.add(user.pk)
        if permissions.is_active_member(user):
            result.append(user)
    return result


@task()
def tell_facilitators_of_report(report_id):
    """The facilitators hear of a new report: the post, the reason, who reported it."""
    report = (
        Report.objects.select_related("question", "answer__question", "reporter")
        .filter(pk=report_id, outcome=Report.Outcome.PENDING)
        .first()
    )
    if report is None:
        return 0
    post = report.post
    context = {
        "report": report,
        "post": post,
        "is_answer": report.answer_id is not None,
        "question": post.question if report.answer_id else post,
        "post_url": _post_url(post),
        "queue_url": _link(REPORTS_ADMIN_URL_NAME),
    }
    return send_notice("report_received", facilitators(), context)


@task()
def tell_author_of_hiding(kind, post_id):
    """The author of a hidden post is told, with the facilitator's reason (and never who
    reported it)."""
    model = Answer if kind == "answer" else Question
    post = model.objects.select_related("author").filter(pk=post_id).first()
    if post is None or not post.is_hidden:
        return 0
    question = post.question if kind == "answer" else post
    context = {"post": post, "is_answer": kind == "answer", "question": question}
    return send_notice("post_hidden", _member_recipients([post.author]), context)


@task()
def tell_of_validation(answer_id):
    """The asker and the answerer hear that the network validated the answer."""
    answer = (
        Answer.objects.select_related("author", "question__author", "validated_by")
        .filter(pk=answer_id, validated_at__isnull=False)
        .first()
    )
    if answer is None or answer.is_hidden or answer.question.is_hidden:
        return 0
    context = {
        "answer": answer,
        "question": answer.question,
        "post_url": _post_url(answer),
    }
    users = _member_recipients([answer.question.author, answer.author])
    return send_notice("answer_validated", users, context)


@task()
def tell_invited_members(invitation_id):
    """The members of an invited organisation are asked to answer (not the asker)."""
    invitation = (
        QuestionInvitation.objects.select_related("question", "sheet", "organisation")
        .filter(pk=invitation_id, organisation__isnull=False)
        .first()
    )
    if invitation is None or invitation.question.is_hidden:
        return 0
    profiles = MemberProfile.objects.filter(
        organisation_id=invitation.organisation_id, user__is_active=True
    ).select_related("user")
    users = _member_recipients(
        [profile.user for profile in profiles], exclude={invitation.question.author_id}
    )
    context = {
        "invitation": invitation,
        "question": invitation.question,
        "sheet": invitation.sheet,
        "post_url": _post_url(invitation.question),
    }
    return send_notice("commune_invited", users, context)
