"""E-mails the member area sends (invitations, unlock links, account closure, inactivity
warnings); password reset uses Django's own view."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from members_area import conf

logger = logging.getLogger(__name__)


def send_invitation(invitation, token, request=None):
    """Sends the one-time link. The token exists in clear only in this e-mail."""
    path = invitation.accept_url(token)
    url = request.build_absolute_uri(path) if request is not None else absolute_url(path)
    context = {
        "invitation": invitation,
        "url": url,
        "valid_days": conf.get("MEMBERS_INVITATION_VALID_DAYS"),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject = render_to_string("members_area/emails/invitation_subject.txt", context)
    body = render_to_string("members_area/emails/invitation_body.txt", context)
    send_mail(" ".join(subject.split()), body, None, [invitation.email])


def absolute_url(path):
    """A link for an e-mail sent outside any request (from a background task)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_unlock_link(user, token):
    """Tells the owner of a locked account what happened and how to unlock it, in the site's
    first language, in text and HTML."""
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "user": user,
            "url": absolute_url(reverse("members_area:unlock", args=[token])),
            "valid_minutes": conf.get("SIGN_IN_UNLOCK_LINK_VALID_MINUTES"),
            "password_reset_url": absolute_url(reverse("members_area:password_reset")),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = render_to_string("members_area/emails/unlock_subject.txt", context)
        message = EmailMultiAlternatives(
            " ".join(subject.split()),
            render_to_string("members_area/emails/unlock_body.txt", context),
            to=[user.email],
        )
        message.attach_alternative(
            render_to_string("members_area/emails/unlock_body.html", context), "text/html"
        )
    message.send()


def send_plain(template, context, recipient, language) -> bool:
    """Renders members_area/emails/<template>_subject.txt and _body.txt in `language` and sends
    them. A mail server that fails is logged, not raised: returns False (the caller may retry)."""
    with translation.override(language):
        context = {"site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"), **context}
        subject = render_to_string(f"members_area/emails/{template}_subject.txt", context)
        body = render_to_string(f"members_area/emails/{template}_body.txt", context)
    try:
        send_mail(" ".join(subject.split()), body, None, [recipient])
    except (smtplib.SMTPException, OSError):
        logger.warning("Could not send the %s e-mail (mail server unavailable)", template)
        return False
    return True
