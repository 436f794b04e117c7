"""How many requests one client may make to the public API: DRF's throttling, counted in
Django's cache (Redis in production, shared by the application servers)."""

from rest_framework.throttling import SimpleRateThrottle

from . import conf


class PublicAPIRateThrottle(SimpleRateThrottle):
    """PUBLIC_API_RATE requests per client address, signed in or not (the API answers
    everyone alike). The address is REMOTE_ADDR, or X-Forwarded-For as written by the
    REST_FRAMEWORK["NUM_PROXIES"] trusted proxies, never a header the client chose."""

    scope = "public_api"

    def get_rate(self):
        return conf.get("PUBLIC_API_RATE")

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}
