"""A digest as an e-mail: alerts/emails/digest_subject.txt, _body.txt and _body.html rendered in
the subscriber's language, through alerts.mailing (unsubscribe headers, visible links). Its
Message-ID is derived from the digest, so that the same digest can never look like two."""

from urllib.parse import urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from members_area.emails import absolute_url

from . import mailing


def message_id(digest):
    """`<alerts.digest.<id>.<subscriber uid>@<site host>>`: the same for every send of it."""
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"<alerts.digest.{digest.pk}.{digest.subscriber.uid.hex}@{host}>"


def context_for(digest, content, shown_links):
    subscriber = digest.subscriber
    return {
        "subscriber": subscriber,
        "digest": digest,
        "sections": content.sections,
        "total": content.total,
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": absolute_url("/"),
        **shown_links,
    }


def render(digest, content, shown_links=None):
    """(subject, text, html) in the subscriber's language."""
    shown_links = shown_links or mailing.links(digest.subscriber)
    with translation.override(digest.subscriber.language):
        context = context_for(digest, content, shown_links)
        subject = render_to_string("alerts/emails/digest_subject.txt", context)
        context["subject"] = " ".join(subject.split())
        text = render_to_string("alerts/emails/digest_body.txt", context)
        html = render_to_string("alerts/emails/digest_body.html", context)
    return context["subject"], text, html


def message(digest, content):
    shown_links = mailing.links(digest.subscriber)
    subject, text, html = render(digest, content, shown_links)
    return mailing.message(
        digest.subscriber,
        subject,
        text,
        html,
        shown_links,
        headers={"Message-ID": message_id(digest)},
    )
