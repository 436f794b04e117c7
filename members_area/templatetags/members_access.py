"""Template side of members_area.permissions: public templates ask here, never decide."""

from django import template

from members_area import permissions

register = template.Library()


@register.filter
def is_member(user) -> bool:
    """{% if request.user|is_member %} ... members-only part ... {% endif %}"""
    return permissions.is_active_member(user)
