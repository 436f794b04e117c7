"""The yardstick: a one-view Django project ("hello"), served by gunicorn exactly like the site,
so the benchmark can say how close a cached page comes to the cheapest possible Django answer.

    gunicorn bench.hello:application
"""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

BODY = b"<!DOCTYPE html><html lang='fr'><title>Bonjour</title><p>Bonjour le r\xc3\xa9seau.</p>"


def hello(request):
    return HttpResponse(BODY)


urlpatterns = [path("", hello)]

if not settings.configured:
    settings.configure(
        DEBUG=False,
        SECRET_KEY="bench-hello-only",  # noqa: S106 - serves one constant page, nothing else
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        MIDDLEWARE=[
            "django.middleware.security.SecurityMiddleware",
            "django.middleware.common.CommonMiddleware",
        ],
        INSTALLED_APPS=[],
        DATABASES={},
    )

application = get_wsgi_application()
