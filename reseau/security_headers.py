"""Content-Security-Policy and Permissions-Policy headers (docs/decisions/0028).

The policy itself is in the settings (CONTENT_SECURITY_POLICY, read by django-csp): strict
everywhere, with no inline script or style. Wagtail's admin needs inline scripts and styles, so
under CONTENT_SECURITY_POLICY_ADMIN_PREFIX the sources of CONTENT_SECURITY_POLICY_ADMIN are added
to it, and nowhere else.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_html(response):
    return response.get("Content-Type", "").split(";")[0].strip().lower() in HTML_TYPES


def with_sources(update, extra):
    """A view's `csp_update` directives (a string or a list each) with the `extra` sources."""
    merged = dict(update)
    for directive, sources in extra.items():
        own = merged.get(directive) or []
        merged[directive] = [*([own] if isinstance(own, str) else own), *sources]
    return merged


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, on HTML responses only, relaxed under the admin's prefix.

    Files (documents, exports, calendars, feeds, JSON) get none: they load and run nothing,
    and the browser's own viewer of a PDF shown inline stays clear of a policy written for
    pages.
    """

    def process_response(self, request, response):
        if not is_html(response):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(
            settings.CONTENT_SECURITY_POLICY_ADMIN_PREFIX
        ):
            parts.update = with_sources(parts.update or {}, settings.CONTENT_SECURITY_POLICY_ADMIN)
        return parts


class PermissionsPolicyMiddleware:
    """Permissions-Policy on every response: the browser features no page of the site uses
    (PERMISSIONS_POLICY, one feature per key, the origins allowed as its value) stay off, for
    the site and for anything it might frame."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
