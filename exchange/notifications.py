"""The one place the exchange tells people things by e-mail: who is told of what (the follows)
and how a notice is sent (per recipient, in their language, text and HTML). The tasks that
send them and a later alerts digest call these functions.

A notice is sent to active members only, re-checked when it is sent: a member whose membership
lapsed since they followed a question hears nothing more of it."""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import TemplateDoesNotExist, render_to_string
from django.utils import translation

from members_area import permissions
from members_area.personal_data import user_language

from .models import Follow

logger = logging.getLogger(__name__)


def site_url(path=""):
    """An absolute link for an e-mail sent outside any request."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


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


def facilitators():
    """The facilitation team: active staff accounts with an address."""
    return list(get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email=""))


def send_notice(template, users, context) -> int:
    """Sends exchange/emails/<template>_subject.txt, _body.txt (and _body.html when it exists)
    to each user, in their language; `context` gets `user` and `site_url`. A mail server that
    fails is logged, not raised. Returns how many were sent."""
    sent = 0
    for user in users:
        with translation.override(user_language(user)):
            full = {**context, "user": user, "site_url": site_url()}
            subject = render_to_string(f"exchange/emails/{template}_subject.txt", full)
            message = EmailMultiAlternatives(
                " ".join(subject.split()),
                render_to_string(f"exchange/emails/{template}_body.txt", full),
                to=[user.email],
            )
            try:
                html = render_to_string(f"exchange/emails/{template}_body.html", full)
            except TemplateDoesNotExist:
                html = None
            if html:
                message.attach_alternative(html, "text/html")
        try:
            sent += message.send()
        except (OSError, smtplib.SMTPException):
            logger.warning("Could not send the %s notice (mail server unavailable)", template)
    return sent
