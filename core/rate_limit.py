"""How many times one account may do something in a period, counted in the shared cache.

A fixed window per period: simple, and enough against a script or a stuck button. When the
cache is unreachable (django-redis then ignores errors) the counter reads as empty and the
action is allowed: a fault degrades, it never blocks an honest member."""

import time

from django.core.cache import cache


def allow(scope: str, key, limit: int, period: int = 3600) -> bool:
    """Counts one more `scope` action for `key` (an account's id) in this window of `period`
    seconds; False once there have been more than `limit`."""
    window = int(time.time() // period)
    cache_key = f"rate:{scope}:{key}:{window}"
    cache.add(cache_key, 0, period)
    try:
        count = cache.incr(cache_key)
    except ValueError:  # the key vanished (evicted, or the cache drops writes)
        return True
    return (count or 0) <= limit
