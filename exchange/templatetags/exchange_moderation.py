"""What the question page's moderation pieces need (exchange/includes/report_link.html and
facilitator_actions.html), read in a fixed number of queries whatever the number of answers."""

from django import template

from members_area import permissions

from ..models import QuestionInvitation
from ..moderation_forms import InviteCommuneForm

register = template.Library()


@register.simple_tag(takes_context=True)
def may_report(context, post):
    """Whether the person viewing may report this post: an active member, not its author."""
    request = context.get("request")
    user = getattr(request, "user", None)
    return bool(
        user is not None
        and permissions.is_active_member(user)
        and post.author_id != user.pk
        and not post.is_hidden
    )


@register.simple_tag(takes_context=True)
def facilitator_actions(context, question, answers=None):
    """The invitations made on the question (shown to whoever sees the page) and, for the
    facilitation team, the answers to act on and the form to invite a commune. `answers` is
    the page's list when it has one; otherwise the question's answers are read once."""
    request = context.get("request")
    is_staff = permissions.is_staff(getattr(request, "user", None))
    invitations = list(
        QuestionInvitation.objects.filter(question=question)
        .select_related("sheet", "organisation")
        .order_by("created_at", "pk")
    )
    result = {"is_staff": is_staff, "invitations": invitations}
    if is_staff:
        if answers in (None, ""):
            answers = question.answers.all()
        result["answers"] = list(answers)
        result["invite_form"] = InviteCommuneForm(auto_id=f"invite-{question.pk}-%s")
    return result
