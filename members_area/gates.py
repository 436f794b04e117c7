"""The gate of every members-only page, whichever plugin serves it: anonymous visitors are sent
to sign in (with `next`); a signed-in account without a current membership gets the member
area's "not member" page (403, nothing of the page behind it); never cached anywhere. Who is a
member is permissions.is_active_member's decision."""

import functools

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from . import permissions


def not_member(request):
    """The member area's page for accounts without a current membership."""
    profile = permissions.member_profile(request.user)
    return render(request, "members_area/not_member.html", {"profile": profile}, status=403)


def members_only(view):
    @functools.wraps(view)
    def wrapped(request, *args, **kwargs):
        if not permissions.is_active_member(request.user):
            return not_member(request)
        return view(request, *args, **kwargs)

    return login_required(never_cache(wrapped))
