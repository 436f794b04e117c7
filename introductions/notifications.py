"""How the introductions tell people by e-mail, from introductions/emails/<template>_subject.txt,
_body.txt and _body.html, through the member area's notices (each recipient in their language;
a mail server that fails is logged, never raised)."""

from members_area import notices, permissions


def member(user):
    """[user] when they are (still) an active member with an address, else []."""
    if user is None or not user.email or not permissions.is_active_member(user):
        return []
    return [user]


def send(template, users, context) -> int:
    """Sends the e-mail to each user; returns how many left."""
    return notices.send_to_users(f"introductions/emails/{template}", users, context)
