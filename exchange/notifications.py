"""The one place the exchange tells people things by e-mail: who is told of what (the follows)
and how a notice is sent (per recipient, in their language, text and HTML). The tasks that
send them and a later alerts digest call these functions.

A notice is sent to active members only, re-checked when it is sent: a member whose membership
lapsed since they followed a question hears nothing more of it."""

from django.contrib.auth import get_user_model

from members_area import notices, permissions

from .models import Follow


def followers_of_question(question, *, exclude=None):
    """The active members who follow this question (the asker, those who answered, those who
    chose to follow it), except `exclude` (the author of what is being announced)."""
    users = (
        get_user_model()
        .objects.filter(exchange_follows__question=question, is_active=True)
        .exclude(email="")
    )
    return [u for u in users.distinct() if u != exclude and permissions.is_active_member(u)]


def followers_of_themes(themes, *, exclude=None):
    """The active members who follow one of these themes (any language: matched by slug)."""
    slugs = {theme.slug for theme in themes}
    follows = Follow.objects.filter(theme__slug__in=slugs, user__is_active=True)
    users = {f.user for f in follows.select_related("user") if f.user.email}
    return [u for u in users if u != exclude and permissions.is_active_member(u)]


def send_notice(template, users, context) -> int:
    """Sends exchange/emails/<template>_subject.txt, _body.txt (and _body.html when it exists)
    to each user, in their language, through the member area's notices; returns how many were
    sent."""
    return notices.send_to_users(f"exchange/emails/{template}", users, context)
