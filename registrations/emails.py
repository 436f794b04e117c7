"""The e-mails to a registered person, from registrations/emails/<template>_subject.txt,
_body.txt and _body.html, in the language they registered in, with the calendar invitation as
a `text/calendar; method=…` part that calendar clients act on (and the same as an .ics file for
the others). A mail server that fails is logged, never raised."""

import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from members_area.emails import absolute_url

from . import links
from .invitations import invitation

logger = logging.getLogger(__name__)


def event_in_language(registration):
    """The event's page in the person's language when it is live, else the source event."""
    event = registration.event
    translated = (
        event.get_translations(inclusive=True)
        .live()
        .filter(locale__language_code=registration.language)
        .specific()
        .first()
    )
    return translated or event


def context_for(registration, event, **extra):
    return {
        "registration": registration,
        "event": event,
        "event_url": event.get_full_url() or absolute_url(event.url or "/"),
        "cancel_url": absolute_url(
            reverse("registrations:cancel", args=[links.token(registration)])
        ),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": absolute_url(""),
        **extra,
    }


def message(template, registration, method=None, **extra):
    """The e-mail `template` (a name under registrations/emails/) to the registered person;
    with `method` (REQUEST or CANCEL), the calendar invitation."""
    with translation.override(registration.language):
        event = event_in_language(registration)
        context = context_for(registration, event, **extra)
        subject = render_to_string(f"registrations/emails/{template}_subject.txt", context)
        email = EmailMultiAlternatives(
            " ".join(subject.split()),
            render_to_string(f"registrations/emails/{template}_body.txt", context),
            to=[registration.email],
        )
        email.attach_alternative(
            render_to_string(f"registrations/emails/{template}_body.html", context), "text/html"
        )
    if method:
        ics = invitation(registration, event, context["event_url"], method).decode()
        email.attach_alternative(ics, f"text/calendar; method={method}")
        email.attach("invitation.ics", ics, f"application/ics; method={method}")
    return email


def send(template, registration, method=None, **extra) -> int:
    """Sends the e-mail; 1 when it left, 0 when there is no address or the server failed."""
    if not registration.email:
        return 0
    try:
        return message(template, registration, method, **extra).send()
    except (OSError, smtplib.SMTPException):
        logger.warning("Could not send the %s e-mail (mail server unavailable)", template)
        return 0
