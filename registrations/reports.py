"""What the report e-mail after an event may carry for one person: the report and the documents
everyone may read, and the members-only ones for a current member only (the others are told
that they are reserved, never given them, nor a link to a reserved document in the report's
text). The report's links are made absolute: an e-mail has no site to be relative to."""

import re

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.documents import get_document_model
from wagtail.rich_text import expand_db_html

from members_area import permissions
from members_area.emails import absolute_url

from .emails import event_in_language

# A document link in rich text's stored form (<a linktype="document" id="12">text</a>).
DOCUMENT_LINK = re.compile(r'<a\b([^>]*\blinktype="document"[^>]*)>(.*?)</a>', re.DOTALL)
LINK_ID = re.compile(r'\bid="(\d+)"')
RELATIVE = re.compile(r'\b(href|src)="/(?!/)')


def _without_reserved_links(html):
    """The stored rich text with each link to a members-only document replaced by its text."""
    links = DOCUMENT_LINK.findall(html)
    ids = {int(found.group(1)) for attrs, _text in links if (found := LINK_ID.search(attrs))}
    if not ids:
        return html
    documents = get_document_model().objects.filter(pk__in=ids)
    public = set(permissions.exclude_members_only_documents(documents).values_list("pk", flat=True))

    def keep_or_unlink(match):
        found = LINK_ID.search(match.group(1))
        return match.group(0) if found and int(found.group(1)) in public else match.group(2)

    return DOCUMENT_LINK.sub(keep_or_unlink, html)


def report_html(stored, member):
    """The report as HTML for an e-mail: reserved document links left out for a non-member,
    every link absolute."""
    html = expand_db_html(stored if member else _without_reserved_links(stored))
    base = absolute_url("/")
    html = RELATIVE.sub(lambda m: format_html('{}="{}', m.group(1), base), html)
    return mark_safe(html)  # noqa: S308 - Wagtail's rich text, as its richtext filter renders it


def content_for(registration):
    event = event_in_language(registration)
    member = registration.user is not None and permissions.is_active_member(registration.user)
    attachments = list(event.attachments.select_related("document"))
    reserved = [attachment for attachment in attachments if attachment.members_only]
    show_report = bool(event.report) and (member or not event.report_members_only)
    return {
        "report": report_html(event.report, member) if show_report else "",
        "attachments": [a for a in attachments if member or not a.members_only],
        "reserved_left_out": not member
        and ((event.report_members_only and bool(event.report)) or bool(reserved)),
    }
