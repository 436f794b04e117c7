"""'New since your last visit': when a member opens their space for the first time in a
session, the time of their previous visit is kept in the session (it stays the same while they
browse) and their profile's `resources_seen_at` moves to now, for next time."""

import datetime

from django.utils import timezone

from .models import MemberProfile

SESSION_KEY = "members_area_previous_visit"


def previous_visit(request, profile):
    """When this member last opened their space before this session (None: never, or a staff
    account without a member profile). One UPDATE, once per session."""
    if profile is None:
        return None
    session = request.session
    if SESSION_KEY not in session:
        seen = profile.resources_seen_at
        session[SESSION_KEY] = seen.isoformat() if seen else ""
        now = timezone.now()
        MemberProfile.objects.filter(pk=profile.pk).update(resources_seen_at=now)
        profile.resources_seen_at = now
    try:
        return datetime.datetime.fromisoformat(session[SESSION_KEY])
    except (TypeError, ValueError):  # "" (first visit) or a value that is not a date
        return None
