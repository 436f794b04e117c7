"""Production: refuses to start without SECRET_KEY or ALLOWED_HOSTS, HTTPS everywhere."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env

DEBUG = False

for _name in ("SECRET_KEY", "ALLOWED_HOSTS"):
    if not env.str(_name, default=""):
        raise ImproperlyConfigured(
            f"The environment variable {_name} is missing: production settings refuse to start "
            "without it (see docs/deployment.md)."
        )

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
CSRF_COOKIE_SECURE = env.bool("CSRF_COOKIE_SECURE", default=True)
LOGGING["root"]["level"] = env.str("LOG_LEVEL", default="INFO")  # noqa: F405

# Background work (front cache purges, Wagtail's search and reference index updates) is queued in
# the database and run by `manage.py db_worker` (docs/deployment.md, "Worker"): an editor's
# publish never waits for it.
INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

SILENCED_SYSTEM_CHECKS = [
    # Wagtail's editor previews pages in a same-origin frame, so SAMEORIGIN, not DENY.
    "security.W019",
    # Joining the browsers' HSTS preload list is a one-way decision left to the operator
    # (SECURE_HSTS_PRELOAD=true), not a default.
    "security.W021",
]
