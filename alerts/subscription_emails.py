"""The e-mails of subscribing, in the subscriber's language, as text and HTML from
alerts/emails/<name>_subject.txt, _body.txt and _body.html: the confirmation link (double
opt-in), and the manage link sent instead when the address already receives the alerts. Sent
through alerts.mailing, which records a refused address and never raises."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from members_area.emails import absolute_url

from . import conf, mailing, tokens

CONFIRMATION, MANAGE_LINK = "confirmation", "manage_link"


def confirm_url(subscriber):
    with translation.override(subscriber.language):
        return absolute_url(reverse("alerts:confirm", args=[tokens.confirm_token(subscriber)]))


def _render(name, context):
    subject = render_to_string(f"alerts/emails/{name}_subject.txt", context)
    text = render_to_string(f"alerts/emails/{name}_body.txt", context)
    html = render_to_string(f"alerts/emails/{name}_body.html", context)
    return " ".join(subject.split()), text, html


def _context(subscriber):
    return {
        "subscriber": subscriber,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": absolute_url("/"),
        "valid_days": conf.get("ALERTS_CONFIRMATION_DAYS"),
    }


def confirmation(subscriber):
    """The confirmation e-mail: one link, to a page whose button confirms. No unsubscribe
    headers: the address is on no list until it is confirmed."""
    with translation.override(subscriber.language):
        context = {**_context(subscriber), "confirm_url": confirm_url(subscriber)}
        subject, text, html = _render(CONFIRMATION, context)
    email = EmailMultiAlternatives(subject, text, to=[subscriber.email])
    email.attach_alternative(html, "text/html")
    return email


def manage_link(subscriber):
    """Someone asked to subscribe an address that already receives the alerts: its owner gets
    the links to change or stop them, and may ignore the e-mail."""
    shown_links = mailing.links(subscriber)
    with translation.override(subscriber.language):
        context = {**_context(subscriber), **shown_links}
        subject, text, html = _render(MANAGE_LINK, context)
    return mailing.message(subscriber, subject, text, html, shown_links)


BUILDERS = {CONFIRMATION: confirmation, MANAGE_LINK: manage_link}


def send(name, subscriber):
    """Sends the e-mail `name`; mailing.SENT, REFUSED or UNAVAILABLE, never an exception."""
    return mailing.send(subscriber, BUILDERS[name](subscriber))
