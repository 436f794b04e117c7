"""Faults of the services the site stands on degrade it; they never answer a 500.

* `OncePerInterval`: a logging filter that lets one warning through per interval, so that a
  fault failing every request (Redis down, the database down) is logged without flooding;
  `WithoutStatus` keeps django.request from logging each of those 503s again.
* `DatabaseUnavailableMiddleware`: a database that cannot be reached answers a static 503 page
  with `Retry-After` (docs/decisions/0025-faults-degrade-never-500.md).
"""

import logging
import threading
import time

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.cache import patch_cache_control

logger = logging.getLogger("reseau.faults.database")

# PEP 249's errors "related to the database's operation and not necessarily under the control
# of the programmer" (a refused or lost connection, a restart, a timeout), and the use of a
# connection that is already closed. A bad query (ProgrammingError) or a broken constraint
# (IntegrityError) is a bug: it stays a 500.
DATABASE_FAULTS = (OperationalError, InterfaceError)


class OncePerInterval(logging.Filter):
    """Per process, the first record of each `interval` seconds goes through as a one-line
    warning (`message`, the error, how many were held back since the last one); the others are
    dropped. Set on a logger in LOGGING, e.g. django-redis's (DJANGO_REDIS_LOGGER)."""

    def __init__(self, interval=60, message=""):
        super().__init__()
        self.interval, self.message = interval, message
        self._lock = threading.Lock()
        self._next = 0.0
        self._held = 0

    def filter(self, record):
        now = time.monotonic()
        with self._lock:
            if now < self._next:
                self._held += 1
                return False
            held, self._held, self._next = self._held, 0, now + self.interval
        error = record.exc_info[1] if record.exc_info else None
        text = self.message or record.getMessage()
        if error is not None:
            text = f"{text} ({error})"
        if held:
            text = f"{text}; {held} more in the last {self.interval:g} s, not logged"
        record.msg, record.args = text, None
        record.exc_info = record.exc_text = None
        record.levelno, record.levelname = logging.WARNING, logging.getLevelName(logging.WARNING)
        return True


class WithoutStatus(logging.Filter):
    """Drops django.request's line for the answers of `status`: the 503s of a database outage,
    whose cause reseau.faults.database logs once per interval."""

    def __init__(self, status=503):
        super().__init__()
        self.status = status

    def filter(self, record):
        return getattr(record, "status_code", None) != self.status


def log_database_fault(exception):
    logger.warning("Database unreachable, answering 503: %s", exception)


def database_unavailable():
    """The 503 page: a static template (no context processor, no query), in the active language,
    that browsers and the front cache do not keep; nginx serves its stale copy of a public page
    instead (`proxy_cache_use_stale http_503`)."""
    response = HttpResponse(render_to_string("503.html"), status=503)
    response["Retry-After"] = str(settings.DATABASE_UNAVAILABLE_RETRY_AFTER)
    patch_cache_control(response, private=True, no_store=True)
    return response


def is_database_fault(exception):
    return isinstance(exception, DATABASE_FAULTS)


class DatabaseUnavailableMiddleware:
    """Turns a view's database fault (the view, its template, the session or user it reads) into
    the 503 page before Django logs it as a server error and runs the 500 handler. Its answer
    carries its own Cache-Control, which the other middleware keep. A fault raised in another
    middleware reaches the 500 handler, which answers the same page (reseau.views.server_error)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_fault(exception):
            return None
        log_database_fault(exception)
        return database_unavailable()
