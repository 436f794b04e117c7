from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail import hooks
from wagtail.views import serve_chain

from reseau.routing import route_for_request


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Rendered without context processors' database calls failing the error page itself."""
    return render(request, "500.html", status=500)


@require_GET
@cache_control(max_age=60 * 60 * 24)
def robots_txt(request):
    # The member area in every language of settings.LANGUAGES: /adherents/, /en/adherents/...
    members_area = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            members_area.append(f"Disallow: {reverse('members_area:dashboard')}")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *dict.fromkeys(members_area),
        "Disallow: /documents/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def serve(request, path):
    """Wagtail's `serve` view (same hooks, same answers) with reseau.routing's router, which
    finds the page, its ancestors, translations and view restrictions in one query."""
    route_result = route_for_request(request, path)
    if route_result is None:
        raise Http404
    page, args, kwargs = route_result
    # `page.full_url` (the canonical link) has no request to read Wagtail's site root paths
    # from: it reads the page's own slot, given here the request's (reseau.routing).
    root_paths = getattr(request, "_wagtail_cached_site_root_paths", None)
    if root_paths is not None:
        page._wagtail_cached_site_root_paths = root_paths
    on_serve_chain = serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        on_serve_chain = fn(on_serve_chain)
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    return on_serve_chain(page, request, args, kwargs)
