import datetime
import sys

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponseForbidden
from django.middleware.csrf import REASON_NO_CSRF_COOKIE, REASON_NO_REFERER
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from reseau.faults import database_unavailable, is_database_fault, log_database_fault
from reseau.models import NetworkSettings


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """Rendered without context processors' database calls failing the error page itself. A
    database fault raised outside a view (in a middleware, where DatabaseUnavailableMiddleware
    does not see it) still answers the 503 page: Django calls this view while it handles the
    exception."""
    exception = sys.exc_info()[1]
    if is_database_fault(exception):
        log_database_fault(exception)
        return database_unavailable()
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: the form expired or its cookie was refused; the page says to reload
    and try again. Django's `reason` is shown only with DEBUG, as Django's own page does; no
    database query, so it shows even when the database is down."""
    context = {
        "reason": reason,
        "no_referer": reason == REASON_NO_REFERER,
        "no_cookie": reason == REASON_NO_CSRF_COOKIE,
        "DEBUG": settings.DEBUG,
    }
    return HttpResponseForbidden(render_to_string("403_csrf.html", context, request=request))


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


def security_contact(request):
    """SECURITY_CONTACT (an e-mail address or a URL), else the network's contact address."""
    contact = settings.SECURITY_CONTACT or NetworkSettings.for_request(request).email
    if contact and "@" in contact and ":" not in contact:
        contact = f"mailto:{contact}"
    return contact


def security_txt_expiry():
    """SECURITY_TXT_EXPIRES if set, else a year from today less a day (RFC 9116 asks for less
    than a year), at midnight UTC."""
    if settings.SECURITY_TXT_EXPIRES:
        day = datetime.date.fromisoformat(settings.SECURITY_TXT_EXPIRES)
    else:
        day = timezone.now().date() + datetime.timedelta(days=364)
    return f"{day.isoformat()}T00:00:00Z"


@require_GET
@cache_control(public=True, max_age=60 * 60 * 24)
def security_txt(request):
    """/.well-known/security.txt (RFC 9116): whom to tell about a security flaw, and how."""
    contact = security_contact(request)
    if not contact:
        raise Http404
    lines = [
        f"Contact: {contact}",
        f"Expires: {security_txt_expiry()}",
        f"Preferred-Languages: {', '.join(code for code, _name in settings.LANGUAGES)}",
        f"Canonical: {request.build_absolute_uri(reverse('security_txt'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
