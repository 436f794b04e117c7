"""How the plugin's e-mails are sent: one message per recipient, in that recipient's language,
in text and HTML (the text, with its links, laid out by one HTML template). A mail server that
fails is logged, never raised: the caller counts what went."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation

from members_area.emails import absolute_url
from members_area.personal_data import user_language

logger = logging.getLogger(__name__)


def send_one(template, address, context, language) -> int:
    """Renders membership/emails/<template>_subject.txt and _body.txt in `language` and sends
    them to `address`; 1 when sent, 0 when the mail server failed."""
    known = {code for code, _name in settings.LANGUAGES}
    language = language if language in known else settings.LANGUAGE_CODE
    with translation.override(language):
        full = {**context, "site_url": absolute_url(""), "site_name": settings.WAGTAIL_SITE_NAME}
        subject = render_to_string(f"membership/emails/{template}_subject.txt", full)
        body = render_to_string(f"membership/emails/{template}_body.txt", full)
        html = render_to_string("membership/emails/body.html", {**full, "body": body})
    message = EmailMultiAlternatives(" ".join(subject.split()), body, to=[address])
    message.attach_alternative(html, "text/html")
    try:
        return message.send()
    except (OSError, smtplib.SMTPException):
        logger.warning("Could not send the %s e-mail (mail server unavailable)", template)
        return 0


def send_to_users(template, users, context) -> int:
    """send_one to each user, in their language; `context` gets `user`."""
    return sum(
        send_one(template, user.email, {**context, "user": user}, user_language(user))
        for user in users
    )
