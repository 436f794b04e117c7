"""The anonymous page cache: whole HTML pages kept in Django's cache for visitors who are not
signed in, and the Cache-Control headers that tell nginx (and browsers) what they may keep.

Rules (docs/performance.md, "Page cache"):

* Only GET/HEAD requests that carry NO session cookie (nor a pending "messages" cookie) are
  served from, or stored in, the cache. Anyone signed in carries a session cookie, so a member
  never receives a cached page and never puts one in the cache; the hit path needs no database
  query at all (not even the session lookup).
* Only 200 responses that set no cookie (a page showing a CSRF token sets one, so login forms
  are never stored), that are not streamed, and whose Cache-Control does not say private,
  no-store or no-cache. The member area, the admin, documents and search are never cached
  (PAGE_CACHE_EXCLUDED_PATHS).
* The key is the full URL (scheme, host, path, query string) and the language.
* Purging: every stored page carries the cache "generation" it was built under. Publishing,
  unpublishing, moving or deleting a page, or saving a theme, a commune or the network settings
  (PAGE_CACHE_PURGE_MODELS) starts a new generation, which invalidates every cached page at
  once. Per-URL purging would be wrong here: a sheet appears on the home page (latest sheets,
  live figures), on its index pages (every filter combination and page number), on its theme
  and commune pages and in feeds; a theme's name shows on thousands of pages. Rebuilding a
  page costs milliseconds, so purging everything is cheap and always right.

Pages kept in the cache are marked `public, max-age=0, s-maxage=<PAGE_CACHE_SHARED_MAX_AGE>`: a
shared cache (the nginx configuration of docs/deployment.md) may keep them for a short while,
browsers revalidate (so someone who signs in never sees their browser's anonymous copy).
Responses to signed-in people and anything under the member area are marked
`private, no-store`.
"""

import hashlib
import re
import threading
import time
import uuid
from collections import OrderedDict
from functools import cache

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language_from_path

GENERATION_KEY = "pagecache:generation"
HIT_HEADER = "X-Page-Cache"


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


@cache
def _compiled(patterns):
    return [re.compile(pattern) for pattern in patterns]


def _is_excluded(path):
    patterns = _compiled(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
    return any(pattern.match(path) for pattern in patterns)


def _bypass(request):
    """True when the request may be personal: it carries a session or a pending message."""
    return any(name in request.COOKIES for name in settings.PAGE_CACHE_BYPASS_COOKIES)


def page_key(request):
    language = get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}|{language}"
    return "pagecache:page:" + hashlib.sha256(url.encode()).hexdigest()


def current_generation(store=None):
    store = store or _cache()
    generation = store.get(GENERATION_KEY)
    if generation is None:
        store.add(GENERATION_KEY, uuid.uuid4().hex, timeout=None)
        generation = store.get(GENERATION_KEY)
    return generation


# Each process keeps its most requested pages in memory too, and reads the shared generation
# at most once every PAGE_CACHE_LOCAL_SECONDS: a hit then costs no round trip to Redis, and a
# purge made in another process shows here within that delay (immediately in this process).
_local_pages = OrderedDict()
_local_values = {}  # remember(): key -> (generation, expires_at, value)
_local_generation = {"value": None, "read_at": 0.0}
_local_lock = threading.Lock()  # threaded workers share the in-memory copies


def reset_local():
    _local_pages.clear()
    _local_values.clear()
    _local_generation.update(value=None, read_at=0.0)


def _generation(store):
    now = time.monotonic()
    if (
        _local_generation["value"] is not None
        and now - _local_generation["read_at"] < settings.PAGE_CACHE_LOCAL_SECONDS
    ):
        return _local_generation["value"]
    generation = current_generation(store)
    if generation != _local_generation["value"]:
        _local_pages.clear()
        _local_values.clear()
    _local_generation.update(value=generation, read_at=now)
    return generation


def _keep_local(key, entry):
    if settings.PAGE_CACHE_LOCAL_ENTRIES <= 0:
        return
    # The in-memory copy expires with the shared one: time-dependent content (an event that
    # moves from "upcoming" to "past") must not outlive PAGE_CACHE_TIMEOUT here either.
    expires_at = time.monotonic() + settings.PAGE_CACHE_TIMEOUT
    with _local_lock:
        _local_pages[key] = (expires_at, entry)
        _local_pages.move_to_end(key)
        while len(_local_pages) > settings.PAGE_CACHE_LOCAL_ENTRIES:
            _local_pages.popitem(last=False)


def _lookup(store, key, generation):
    with _local_lock:
        expires_at, entry = _local_pages.get(key, (0.0, None))
        if entry is not None and entry[0] == generation and time.monotonic() < expires_at:
            _local_pages.move_to_end(key)
            return entry
    entry = store.get(key)
    if entry is not None and entry[0] == generation:
        _keep_local(key, entry)
        return entry
    return None


def purge_all():
    """Starts a new generation: every page cached so far is ignored from now on."""
    generation = uuid.uuid4().hex
    _cache().set(GENERATION_KEY, generation, timeout=None)
    _local_pages.clear()
    _local_values.clear()
    _local_generation.update(value=generation, read_at=time.monotonic())


def _storable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def _rebuild(headers, content):
    response = HttpResponse(content)
    for name, value in headers:
        response.headers[name] = value
    response.headers[HIT_HEADER] = "HIT"
    return response


class PageCacheMiddleware:
    """Sits just after SecurityMiddleware and WhiteNoise, before the session middleware, so a
    hit costs at most two cache reads (none for a page this process served recently) and no
    database query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        excluded = _is_excluded(path)
        personal = _bypass(request)
        candidate = (
            settings.PAGE_CACHE_ENABLED
            and request.method in ("GET", "HEAD")
            and not personal
            and not excluded
        )
        if not candidate:
            response = self.get_response(request)
            if personal or excluded:
                patch_cache_control(response, private=True, no_store=True)
            return response

        store = _cache()
        key = page_key(request)
        generation = _generation(store)
        entry = _lookup(store, key, generation)
        if entry is not None:
            return _rebuild(entry[1], entry[2])

        response = self.get_response(request)
        if request.method == "GET" and _storable(response):
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE
            )
            entry = (generation, list(response.headers.items()), response.content)
            store.set(key, entry, settings.PAGE_CACHE_TIMEOUT)
            _keep_local(key, entry)
            response.headers[HIT_HEADER] = "MISS"
        return response


_MISSING = object()


def remember(name, compute, timeout=None):
    """The value of `compute()`, kept until the next editorial change (the same generation as
    the pages) or `timeout` seconds. For costly values that every visitor shares, signed in or
    not, and that a page cache miss would otherwise recompute: network-wide counts (the home
    page's figures, the pages per theme and per commune). `name` must say everything
    the value depends on (language, site...). Each process keeps its own copy too, checked
    against the shared generation like the pages it keeps. Independent of the page cache;
    off (computes every time) when SHARED_VALUE_CACHE_ENABLED is false, as in the tests."""
    if not settings.SHARED_VALUE_CACHE_ENABLED:
        return compute()
    store = _cache()
    key = "pagecache:fragment:" + hashlib.sha256(name.encode()).hexdigest()
    generation = _generation(store)
    now = time.monotonic()
    local = _local_values.get(key)
    if local is not None and local[0] == generation and now < local[1]:
        return local[2]
    timeout = timeout or settings.PAGE_CACHE_TIMEOUT
    entry = store.get(key, _MISSING)
    if entry is _MISSING or entry[0] != generation:
        entry = (generation, compute())
        store.set(key, entry, timeout)
    _local_values[key] = (generation, now + timeout, entry[1])
    return entry[1]


# --- Purge on editorial changes ----------------------------------------------------------------


def _purge_handler(**kwargs):
    """Purges now, and again once the transaction commits: a visitor's request that read the
    old rows while the editor's transaction was open must not survive in the new generation."""
    purge_all()
    transaction.on_commit(purge_all)


def connect_signals():
    """Called from ReseauConfig.ready(). Models are named by label (settings), so this base
    package imports none of the apps that stand on it."""
    from wagtail.models import Page
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(_purge_handler, dispatch_uid="pagecache-published")
    page_unpublished.connect(_purge_handler, dispatch_uid="pagecache-unpublished")
    post_page_move.connect(_purge_handler, dispatch_uid="pagecache-moved")
    post_delete.connect(_purge_handler, sender=Page, dispatch_uid="pagecache-page-deleted")
    for label in settings.PAGE_CACHE_PURGE_MODELS:
        post_save.connect(_purge_handler, sender=label, dispatch_uid=f"pagecache-save-{label}")
        post_delete.connect(_purge_handler, sender=label, dispatch_uid=f"pagecache-del-{label}")
