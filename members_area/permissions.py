"""The only place where access to members-only content is decided.

Views, templates (through members_area.templatetags.members_access), feeds, the document serve
hook and search all ask these functions; none of them decides on its own.
"""


def is_active_member(user) -> bool:
    """A signed-in user who belongs to a member organisation whose membership is current,
    or a staff member (the facilitator sees everything members see)."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return bool(user.is_staff)
