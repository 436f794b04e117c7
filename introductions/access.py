"""The gate of a request's pages (the member area's `members_only` guards the others). The rule
itself is members_area.permissions': a request is seen by who asked, who is asked, and staff,
and is a 404 for anyone else (its very existence is nobody else's business)."""

import functools

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.views.decorators.cache import never_cache

from members_area import permissions

from .models import IntroductionRequest


def request_or_404(user, pk):
    """The request with what its page shows, if this user may see it; else 404."""
    request = (
        IntroductionRequest.objects.select_related(
            "requester", "organisation", "contact", "commune", "sheet"
        )
        .filter(pk=pk)
        .first()
    )
    if request is None or not permissions.may_see_introduction(
        user, request.requester_id, request.contact_id
    ):
        raise Http404
    return request


def one_request_only(view):
    """A request's page or action: sign in first; then 404 unless the user may see it. The view
    gets the request instead of its id."""

    @functools.wraps(view)
    def wrapped(request, pk, *args, **kwargs):
        return view(request, request_or_404(request.user, pk), *args, **kwargs)

    return login_required(never_cache(wrapped))
