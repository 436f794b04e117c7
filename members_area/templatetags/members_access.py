"""Template side of members_area.permissions: public templates ask here, never decide.

{% load members_access %}
{% if request.user|is_member %} ... contact details, event report ... {% endif %}
{% if request.user|can_download:attachment.document %} <a href="{{ attachment.document.url }}"> {% endif %}
{% if request.user|can_view_resource:resource %} ... {% endif %}
{% resources_for_page page request.user as resources %}
"""

from django import template
from django.db.models import Q

from members_area import permissions

register = template.Library()


@register.filter
def is_member(user) -> bool:
    """{% if request.user|is_member %} ... members-only part ... {% endif %}"""
    return permissions.is_active_member(user)


@register.filter
def can_download(user, document) -> bool:
    """Whether to show a link to this Wagtail document (or attachment's document): false for a
    document reserved anywhere to members, unless the user is an active member or staff."""
    document = getattr(document, "document", document)
    return permissions.can_download_document(user, document)


@register.filter
def is_members_only(document) -> bool:
    """Whether a document is reserved (to label it "réservé aux adhérents")."""
    document = getattr(document, "document", document)
    return permissions.document_is_members_only(document)


@register.filter
def can_view_resource(user, resource) -> bool:
    return permissions.can_view_resource(user, resource)


@register.simple_tag
def resources_for_page(page, user, limit=10):
    """The reserved resources linked to a sheet or an event that this user may open (an empty
    list for anyone else): one query."""
    if page is None or not permissions.is_active_member(user):
        return []
    return list(
        permissions.viewable_resources(user, few=True)  # the few linked to this page
        .filter(Q(related_sheets=page.pk) | Q(related_events=page.pk))
        .distinct()
        .order_by("title")[:limit]
    )
