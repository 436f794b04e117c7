"""How the introductions tell people by e-mail: each recipient in their language, in text and
HTML, from introductions/emails/<template>_subject.txt, _body.txt and _body.html. A mail server
that fails is logged, never raised: the request is saved whatever happens to its e-mails."""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from members_area import permissions
from members_area.personal_data import user_language

logger = logging.getLogger(__name__)


def site_url(path=""):
    """An absolute link for an e-mail sent outside any request."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def facilitators():
    """The facilitation team: active staff accounts with an address."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    return list(users.order_by("pk"))


def member(user):
    """[user] when they are (still) an active member with an address, else []."""
    if user is None or not user.email or not permissions.is_active_member(user):
        return []
    return [user]


def _message(template, user, context):
    with translation.override(user_language(user)):
        full = {**context, "user": user, "site_url": site_url()}
        subject = render_to_string(f"introductions/emails/{template}_subject.txt", full)
        message = EmailMultiAlternatives(
            " ".join(subject.split()),
            render_to_string(f"introductions/emails/{template}_body.txt", full),
            to=[user.email],
        )
        html = render_to_string(f"introductions/emails/{template}_body.html", full)
        message.attach_alternative(html, "text/html")
    return message


def send(template, users, context) -> int:
    """Sends the e-mail to each user; returns how many left."""
    sent = 0
    for user in users:
        try:
            sent += _message(template, user, context).send()
        except (OSError, smtplib.SMTPException):
            logger.warning("Could not send the %s e-mail (mail server unavailable)", template)
    return sent
