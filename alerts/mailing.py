"""Sending one e-mail to one subscriber, for the digests and the network's letter alike: the
one-click unsubscribe of RFC 8058 (`List-Unsubscribe` and `List-Unsubscribe-Post` headers; the
visible links are in the templates), and what happened recorded (alerts.failures)."""

import logging
import smtplib

from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import translation

from members_area.emails import absolute_url

from . import failures, tokens
from .models import FailureKind

logger = logging.getLogger(__name__)

SENT, REFUSED, UNAVAILABLE = "sent", "refused", "unavailable"


def _url(name, subscriber):
    with translation.override(subscriber.language):
        return absolute_url(reverse(name, args=[tokens.manage_token(subscriber)]))


def unsubscribe_url(subscriber):
    return _url("alerts:unsubscribe", subscriber)


def manage_url(subscriber):
    return _url("alerts:manage", subscriber)


def links(subscriber):
    """The links every e-mail shows, for the templates' context."""
    return {"unsubscribe_url": unsubscribe_url(subscriber), "manage_url": manage_url(subscriber)}


def message(subscriber, subject, text, html, shown_links, headers=None):
    """The e-mail to the subscriber, with the unsubscribe headers mail providers require;
    `shown_links` are the `links()` its body shows, so that the header names the same URL."""
    email = EmailMultiAlternatives(
        " ".join(subject.split()),
        text,
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{shown_links['unsubscribe_url']}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            **(headers or {}),
        },
    )
    email.attach_alternative(html, "text/html")
    return email


def send(subscriber, email):
    """Sends `email`; SENT, REFUSED (the server refused the address: recorded, counts towards a
    pause) or UNAVAILABLE (no server: recorded, counts against no one). Never raises."""
    try:
        email.send()
    except smtplib.SMTPRecipientsRefused as error:
        failures.record(subscriber.email, FailureKind.REFUSED, error, subscriber=subscriber)
        return REFUSED
    except (OSError, smtplib.SMTPException) as error:
        logger.warning("Alerts: the mail server is unavailable (%s)", type(error).__name__)
        failures.record(subscriber.email, FailureKind.UNAVAILABLE, error, subscriber=subscriber)
        return UNAVAILABLE
    failures.succeeded(subscriber)
    return SENT
