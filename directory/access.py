"""The gate of the directory's pages: active members and staff only, as members_area.permissions
decides (anonymous visitors are sent to sign in; other accounts get the member area's "not
member" page with a 403); never cached."""

import functools

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from members_area import permissions


def not_member(request):
    """The member area's own page for accounts without a current membership: nothing of the
    directory on it."""
    profile = permissions.member_profile(request.user)
    return render(request, "members_area/not_member.html", {"profile": profile}, status=403)


def members_only(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not permissions.is_active_member(request.user):
            return not_member(request)
        return view(request, *args, **kwargs)

    return login_required(never_cache(wrapped))
