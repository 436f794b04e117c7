"""Cache-Control on every response: who may keep it, and for how long.

A response whose view already chose its Cache-Control (Wagtail's admin, the member area's
reserved pages and downloads) keeps it. Otherwise:

* signed in, or a view named in CACHE_CONTROL_PRIVATE_VIEWS (documents): `private, no-store`,
  since the page may hold reserved content (a member sees contacts and attachments);
* personal without being reserved (a form's CSRF cookie, a pending message, a session, a POST,
  anything but a 200 or a 301): `private`;
* otherwise the page is the same for every anonymous visitor: `public`, kept by the front cache
  for CACHE_CONTROL_S_MAXAGE seconds (purged on publish, docs/deployment.md) and by browsers for
  CACHE_CONTROL_MAX_AGE. A query string (a filtered or paginated listing) cannot be purged by
  URL, so its copy lives CACHE_CONTROL_QUERY_S_MAXAGE seconds only.
"""

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.utils.cache import patch_cache_control, patch_vary_headers

PUBLIC_STATUSES = (200, 301)


def _signed_in(request):
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def _reserved_view(request):
    match = getattr(request, "resolver_match", None)
    return match is not None and match.view_name in settings.CACHE_CONTROL_PRIVATE_VIEWS


def _personal(request, response):
    return (
        request.method not in ("GET", "HEAD")
        or response.status_code not in PUBLIC_STATUSES
        or bool(response.cookies)
        or settings.SESSION_COOKIE_NAME in request.COOKIES
        or CookieStorage.cookie_name in request.COOKIES
    )


class CacheControlMiddleware:
    """Listed before the session, CSRF and messages middleware, so that it sees the cookies
    they set on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if _signed_in(request) or _reserved_view(request):
            patch_cache_control(response, private=True, no_store=True)
        elif _personal(request, response):
            patch_cache_control(response, private=True)
        else:
            shared = (
                settings.CACHE_CONTROL_QUERY_S_MAXAGE
                if request.META.get("QUERY_STRING")
                else settings.CACHE_CONTROL_S_MAXAGE
            )
            patch_cache_control(
                response, public=True, max_age=settings.CACHE_CONTROL_MAX_AGE, s_maxage=shared
            )
            # Signed-in people get another page at the same URL: a browser that kept the
            # anonymous copy must not show it to them once they sign in.
            patch_vary_headers(response, ("Cookie",))
        return response
