"""The letter as an e-mail (letters/emails/letter_subject.txt, letter_body.txt and
letter_body.html): in the letter's language, its blocks' content as of the letter's date, every
link absolute, nothing fetched from outside, and the subscriber's unsubscribe and preferences
links (alerts.mailing, which also adds the one-click unsubscribe headers)."""

import logging
import smtplib

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from alerts import mailing
from alerts.models import Subscriber
from core.text import plain_text

from . import content, text

logger = logging.getLogger(__name__)

TEST_PREFIX = "[TEST]"


def language_of(letter):
    return letter.locale.language_code if letter.locale_id else settings.LANGUAGE_CODE


def context_for(letter, subscriber, as_of, shown_links):
    """What the templates show: the letter, its blocks with what they pulled, its address on
    the site, the archive's, and the subscriber's links."""
    parent = letter.get_parent() if letter.pk else None
    return {
        "letter": letter,
        "sections": content.sections(letter, as_of, cards=False),
        "subscriber": subscriber,
        "letter_url": text.absolute(letter.get_url() or "/") if letter.pk else "",
        "archive_url": text.absolute(parent.get_url() or "/") if parent else "",
        "preheader": plain_text(letter.intro)[:150],
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": text.absolute("/"),
        # Pulled pages not translated into the letter's language are in this one.
        "source_language": settings.LANGUAGE_CODE,
        **shown_links,
    }


def render(letter, subscriber, as_of=None, shown_links=None):
    """(subject, text, html) of the letter for `subscriber`, its blocks' content as of `as_of`
    (by default the letter's send, or now: LetterPage.content_date)."""
    as_of = as_of or letter.content_date()
    shown_links = shown_links or mailing.links(subscriber)
    with translation.override(language_of(letter)):
        context = context_for(letter, subscriber, as_of, shown_links)
        subject = " ".join(render_to_string("letters/emails/letter_subject.txt", context).split())
        context["subject"] = subject
        body_text = text.tidy(render_to_string("letters/emails/letter_body.txt", context))
        body_html = text.absolutize(render_to_string("letters/emails/letter_body.html", context))
    return subject, body_text, body_html


def message(letter, subscriber, as_of=None, test=False):
    """The e-mail to `subscriber`, with the unsubscribe headers (alerts.mailing); a test's
    subject says so."""
    shown_links = mailing.links(subscriber)
    subject, body_text, body_html = render(letter, subscriber, as_of, shown_links)
    if test:
        subject = f"{TEST_PREFIX} {subject}"
    return mailing.message(subscriber, subject, body_text, body_html, shown_links)


def sample_subscriber(letter, user):
    """A subscriber who is not saved, with the editor's address and the letter's language:
    what the preview and the test show (their links lead nowhere, which is right for a test)."""
    return Subscriber(email=getattr(user, "email", "") or "", language=language_of(letter))


def preview_html(letter, user):
    """The e-mail's HTML for the editor's preview."""
    return render(letter, sample_subscriber(letter, user))[2]


def send_test(letter, user):
    """Sends the letter as it stands (the editor's latest draft) to the editor's own address;
    True when it left, False when the mail server failed (logged)."""
    subscriber = sample_subscriber(letter, user)
    try:
        message(letter, subscriber, test=True).send()
    except (OSError, smtplib.SMTPException) as error:
        logger.warning("Letters: the test could not be sent (%s)", type(error).__name__)
        return False
    return True
