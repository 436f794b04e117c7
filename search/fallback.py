"""Who answers a visitor's search: Elasticsearch, within a short timeout, or the database backend
when it fails, and straight away while the circuit breaker is open.

After SEARCH_BREAKER_FAILURES failures in a row (a success resets the count), searches skip
Elasticsearch for SEARCH_BREAKER_COOLDOWN seconds instead of each waiting for its timeout; then
they try it again, and one more failure opens the breaker again. The state lives in Django's
cache, so that one worker's failures spare the others, and in each process too, so that the
breaker still opens when the cache (Redis) is down as well.
"""

import logging
import math
import threading
import time

from django.core.cache import cache

from search import conf
from search.backends import (
    SearchUnavailable,
    database_backend,
    deadline,
    is_elasticsearch,
    reading_backend,
    reading_timeout,
)

logger = logging.getLogger(__name__)

# A streak of failures older than this (seconds) is forgotten by the shared count.
STREAK_MEMORY = 3600


def _shared(method, *args, **kwargs):
    """A call to Django's cache, or None when the cache fails (django-redis already answers
    None for an unreachable Redis; another backend may raise)."""
    try:
        return method(*args, **kwargs)
    except Exception:  # noqa: BLE001 - the breaker must work without its shared state
        return None


class CircuitBreaker:
    """`allows()` before calling the backend, then `succeeded()` or `failed()`."""

    def __init__(self, name):
        self.failures_key = f"search:breaker:{name}:failures"
        self.open_key = f"search:breaker:{name}:open-until"
        self._lock = threading.Lock()
        self._failures = 0  # this process's failures in a row
        self._seen = 0  # the shared count, as last read
        self._open_until = 0.0  # a time.time() until which this process skips the backend

    def allows(self):
        """False while the breaker is open, here or in another process."""
        now = time.time()
        if now < self._open_until:
            return False
        shared = _shared(cache.get_many, [self.failures_key, self.open_key]) or {}
        self._seen = shared.get(self.failures_key) or 0
        open_until = shared.get(self.open_key) or 0.0
        if now < open_until:
            self._open_until = open_until
            return False
        return True

    def succeeded(self):
        with self._lock:
            streak = self._failures or self._seen
            self._failures = self._seen = 0
        if streak:
            _shared(cache.delete, self.failures_key)

    def failed(self):
        """Counts a failure; opens the breaker (True) at the threshold."""
        with self._lock:
            self._failures += 1
            count = self._failures
        _shared(cache.add, self.failures_key, 0, timeout=STREAK_MEMORY)
        shared = _shared(cache.incr, self.failures_key)
        count = count if shared is None else shared
        if count < conf.get("SEARCH_BREAKER_FAILURES"):
            return False
        cooldown = conf.get("SEARCH_BREAKER_COOLDOWN")
        self._open_until = time.time() + cooldown
        _shared(cache.set, self.open_key, self._open_until, timeout=math.ceil(cooldown))
        logger.warning(
            "Elasticsearch failed %d times in a row: searches answered from the database for %g s",
            count,
            cooldown,
        )
        return True

    def reset(self):
        """Closed, with no failure counted (here and in the shared state)."""
        with self._lock:
            self._failures = self._seen = 0
            self._open_until = 0.0
        _shared(cache.delete_many, [self.failures_key, self.open_key])


breaker = CircuitBreaker("elasticsearch")


def answer(run, autocomplete=False, backend=None):
    """(`run(backend)`, degraded): on `backend` (default: the configured one, whose requests
    share the timeout of a search or of an autocomplete: search.backends.deadline), else on
    the database backend, with `degraded` True."""
    seconds = None if backend else reading_timeout(autocomplete)
    backend = backend or reading_backend(autocomplete)
    if not is_elasticsearch(backend):
        return run(backend), False
    if breaker.allows():
        try:
            if seconds is None:
                result = run(backend)
            else:
                with deadline(seconds):
                    result = run(backend)
        except SearchUnavailable as exc:
            breaker.failed()
            what = "Autocomplete" if autocomplete else "Search"
            logger.error("%s failed on Elasticsearch, answering from the database: %s", what, exc)
        else:
            breaker.succeeded()
            return result, False
    return run(database_backend()), True
