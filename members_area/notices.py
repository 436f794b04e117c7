"""How the plugins built on the member area tell people by e-mail (the exchange, introductions,
membership): who the facilitation team is, and one message per recipient, in their language,
in text and HTML. A mail server that fails is logged, never raised: what the e-mail announces
is saved whatever happens to it."""

import contextlib
import logging
import smtplib

from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import TemplateDoesNotExist, render_to_string
from django.utils import translation

from .emails import absolute_url
from .personal_data import user_language

logger = logging.getLogger(__name__)


def facilitators():
    """The facilitation team: active staff accounts with an address."""
    users = get_user_model().objects.filter(is_active=True, is_staff=True).exclude(email="")
    return list(users.order_by("pk"))


def _message(template, user, context):
    with translation.override(user_language(user)):
        full = {**context, "user": user, "site_url": absolute_url("")}
        subject = render_to_string(f"{template}_subject.txt", full)
        message = EmailMultiAlternatives(
            " ".join(subject.split()),
            render_to_string(f"{template}_body.txt", full),
            to=[user.email],
        )
        with contextlib.suppress(TemplateDoesNotExist):
            message.attach_alternative(render_to_string(f"{template}_body.html", full), "text/html")
    return message


def send_to_users(template, users, context) -> int:
    """Sends `<template>_subject.txt`, `_body.txt` and, when it exists, `_body.html` (template is
    a path such as "introductions/emails/accepted") to each user; `context` gets `user` and
    `site_url`. Returns how many were sent."""
    sent = 0
    for user in users:
        try:
            sent += _message(template, user, context).send()
        except (OSError, smtplib.SMTPException):
            logger.warning("Could not send the %s e-mail (mail server unavailable)", template)
    return sent
