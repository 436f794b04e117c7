"""Serving a page in two SQL queries instead of eight.

Wagtail's `serve` view reads, for every request: the Site (one query), the active Locale (one),
the home page in that language and its specific row (two), each level of the URL (two per
level, fewer with BasePage.route), the view restrictions of the page and its ancestors (one),
then the templates read the page's translations and the home page's children (the language
switcher and the menu) and the breadcrumbs' ancestors. Most of that changes only when an editor
touches the top of the tree, so it is kept in each process's memory (the "directory"):

* the Site answering each host, the Locales, the home page in each language and its live
  children (the menu), the pages that carry a view restriction (listings leave out what lies
  under them: sheets.visibility);
* all of it is dropped when a Site, a Locale, a view restriction or a page at the top of the
  tree (depth 3 or less: the home pages and the sections) is saved, deleted or moved, through a
  stamp kept in Django's cache (Redis in production, shared by the processes) and read once per
  request.

What depends on the URL is read in one query: every page the URL can name, the ancestors of the
home page, the translations of all of them (the language switcher), each with a flag telling
whether a view restriction applies to it. When no restriction applies, Wagtail's check costs
nothing more; when one does, Wagtail's own check runs as usual. The page that answers is then
read with its specific type (the second query). Same answers and same 404s as Wagtail's
routing, which is still used for anything unusual (no Site, no home page in the language).
"""

import copy
import pickle
import threading
import time
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import translation
from django.utils.translation import get_supported_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site

STAMP_KEY = "routing:stamp"
# Pages this deep or shallower are kept in the directory: the tree's root, the home pages of
# every language (depth 2) and their children, the site's sections (depth 3).
DIRECTORY_DEPTH = 3
SECTION_FIELDS = (
    "id",
    "title",
    "slug",
    "url_path",
    "path",
    "depth",
    "content_type_id",
    "show_in_menus",
    "live",
    "translation_key",
    "locale_id",
)

_memo = {"stamp": None}
_lock = threading.Lock()


def _store():
    return caches[settings.PAGE_CACHE_ALIAS]


def _current_stamp():
    store = _store()
    stamp = store.get(STAMP_KEY)
    if stamp is None:
        store.add(STAMP_KEY, uuid.uuid4().hex, timeout=None)
        stamp = store.get(STAMP_KEY)
    return stamp


# The stamp is read once per request (request_started clears the flag), and on every call
# outside a request (commands, tests).
_request = threading.local()


def _request_started(**kwargs):
    _request.active, _request.checked = True, False


def _request_finished(**kwargs):
    _request.active = _request.checked = False


def _directory():
    """This process's directory, emptied when the shared stamp has changed."""
    if getattr(_request, "checked", False) and _memo.get("stamp") is not None:
        return _memo
    # A cache that keeps nothing (dummycache://) gives no stamp: read everything every time.
    stamp = _current_stamp() or uuid.uuid4().hex
    _request.checked = getattr(_request, "active", False)
    # A backstop: with a cache local to each process (the locmem default, several workers) a
    # change made in one worker never reaches the others' stamp, so no directory lives long.
    max_age = settings.ROUTING_DIRECTORY_MAX_AGE
    expired = max_age is not None and time.monotonic() - _memo.get("loaded_at", 0.0) > max_age
    if _memo.get("stamp") != stamp or expired:
        with _lock:
            _memo.clear()
            _memo.update(
                stamp=stamp,
                loaded_at=time.monotonic(),
                sites={},
                root_paths=None,
                locales=None,
                homes={},
                sections={},
                restricted=None,
            )
    return _memo


def forget(**kwargs):
    """A new stamp: every process re-reads the directory on its next request."""
    _store().set(STAMP_KEY, uuid.uuid4().hex, timeout=None)
    _memo["stamp"] = None
    _request.checked = False


def _forget_now_and_on_commit(**kwargs):
    forget()
    transaction.on_commit(forget)


def _forget_for_page(sender, instance, **kwargs):
    if isinstance(instance, Page) and (instance.depth or 0) <= DIRECTORY_DEPTH:
        _forget_now_and_on_commit()


def connect_signals():
    """Called from ReseauConfig.ready()."""
    from django.core.signals import request_finished, request_started
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import post_page_move

    request_started.connect(_request_started, dispatch_uid="routing-request-started")
    request_finished.connect(_request_finished, dispatch_uid="routing-request-finished")

    for model in (Site, Locale, PageViewRestriction):
        post_save.connect(_forget_now_and_on_commit, sender=model, dispatch_uid=f"routing-{model}")
        post_delete.connect(
            _forget_now_and_on_commit, sender=model, dispatch_uid=f"routing-del-{model}"
        )
    # A page's post_save is sent with its own class as sender: no sender filter here.
    post_save.connect(_forget_for_page, dispatch_uid="routing-page-saved")
    post_delete.connect(_forget_for_page, dispatch_uid="routing-page-deleted")
    post_page_move.connect(_forget_now_and_on_commit, dispatch_uid="routing-page-moved")


# --- The directory --------------------------------------------------------------------------


class SiteMiddleware:
    """Puts the request's Site and Wagtail's site root paths from this process's directory on
    every request that reaches the site (after the page cache). Wagtail asks for both whenever
    it builds a page's URL, and would otherwise read the Site from the database (search
    results, feeds, the sitemap) and the root paths from the shared cache (a Redis round trip
    and unpickling on every page: the menu, the language links) once per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        find_site(request)
        # Wagtail's own per-request slot (Page._get_site_root_paths reads it first).
        request._wagtail_cached_site_root_paths = site_root_paths()
        return self.get_response(request)


def site_root_paths():
    """Site.get_site_root_paths(), kept in the directory: it changes only with a Site or a home
    page (depth 2, inside DIRECTORY_DEPTH), which renew the directory's stamp. Each caller gets
    its own list of Wagtail's immutable SiteRootPath tuples."""
    directory = _directory()
    if directory["root_paths"] is None:
        directory["root_paths"] = tuple(Site.get_site_root_paths())
    return list(directory["root_paths"])


def find_site(request):
    """Site.find_for_request(request) without a query once this process has answered the
    same host: each request gets its own copy of the Site and its root page."""
    if request is None:
        return None
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    directory = _directory()
    key = (request.get_host(), request.get_port())
    frozen = directory["sites"].get(key)
    if frozen is None:
        site = Site._find_for_request(request)
        directory["sites"][key] = pickle.dumps(site)
    else:
        site = pickle.loads(frozen)  # noqa: S301 - our own objects, from this process's memory
    request._wagtail_site = site
    return site


def locales():
    """{language code: Locale} and {id: Locale}, read once."""
    directory = _directory()
    if directory["locales"] is None:
        rows = list(Locale.objects.all())
        directory["locales"] = (
            {locale.language_code: locale for locale in rows},
            {locale.pk: locale for locale in rows},
        )
    return directory["locales"]


def active_locale():
    """Locale.get_active() without a query; None when the language has no Locale."""
    by_code, _by_id = locales()
    try:
        code = get_supported_language_variant(translation.get_language())
    except LookupError:
        code = settings.LANGUAGE_CODE
    return by_code.get(code)


def homes(root):
    """{locale id: the home page in that language} for a site's root page (rows of
    SECTION_FIELDS, shared: copy before handing them out)."""
    directory = _directory()
    found = directory["homes"].get(root.translation_key)
    if found is None:
        found = {
            page.locale_id: page
            for page in Page.objects.filter(
                translation_key=root.translation_key, depth=root.depth
            ).only(*SECTION_FIELDS)
        }
        directory["homes"][root.translation_key] = found
    return found


def sections(home):
    """The live children of a home page, in tree order (copies)."""
    directory = _directory()
    found = directory["sections"].get(home.pk)
    if found is None:
        found = list(
            Page.objects.live()
            .filter(depth=home.depth + 1, path__startswith=home.path)
            .only(*SECTION_FIELDS)
            .order_by("path")
        )
        directory["sections"][home.pk] = found
    return [_with_locale(copy.copy(page)) for page in found]


def restricted_paths():
    """The tree paths of the pages that carry a view restriction (usually none): a page is
    private when one of them is a prefix of its own path."""
    directory = _directory()
    if directory["restricted"] is None:
        directory["restricted"] = sorted(
            set(PageViewRestriction.objects.values_list("page__path", flat=True))
        )
    return directory["restricted"]


def _with_locale(page):
    _by_code, by_id = locales()
    locale = by_id.get(page.locale_id)
    if locale is not None:
        page.locale = locale
    return page


# --- Routing --------------------------------------------------------------------------------


def route_for_request(request, path):
    """(page, args, kwargs) for a URL path, like Page.route_for_request, or None (404)."""
    from django.http import Http404

    if hasattr(request, "_wagtail_route_for_request"):
        return request._wagtail_route_for_request
    try:
        result = _route(request, path)
    except Http404:
        result = None
    request._wagtail_route_for_request = result
    return result


def _route(request, path):
    from django.http import Http404

    from reseau.models import routes_to_children, specific_for_route

    site = find_site(request)
    if site is None:
        return None
    root = site.root_page
    locale = active_locale()
    home = homes(root).get(locale.pk) if locale is not None else None
    if home is None or not home.live:
        home = homes(root).get(root.locale_id)
    if home is None:  # the directory does not know this tree: Wagtail's own routing
        return Page.route_for_request(request, path)
    components = [component for component in path.split("/") if component]
    url_paths = []
    url_path = home.url_path
    for component in components:
        url_path += component + "/"
        url_paths.append(url_path)
    chain = Q(slug__in=components, url_path__in=url_paths, path__startswith=home.path)
    above = [home.path[:end] for end in range(Page.steplen, len(home.path) + 1, Page.steplen)]
    named = Q(path__in=above) | (chain if components else Q(pk__in=[]))
    rows = list(
        # The named pages are among their own translations: one semi-join on the
        # (translation_key, locale) index, each side using an index.
        Page.objects.filter(
            translation_key__in=Page.objects.filter(named).values("translation_key")
        )
        .annotate(
            restricted=Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk"))),
            alias_restricted=Exists(
                PageViewRestriction.objects.filter(page_id=OuterRef("alias_of_id"))
            ),
        )
        .order_by("path")
    )
    by_path = {page.path: page for page in rows}
    by_url_path = {
        page.url_path: page for page in rows if page.path.startswith(home.path) and page != home
    }
    parent = by_path.get(home.path)
    if parent is None:
        raise Http404
    ancestors = [by_path[p] for p in above[:-1] if p in by_path]
    for position, component in enumerate(components):
        page = by_url_path.get(url_paths[position])
        if page is None or page.depth != parent.depth + 1 or page.slug != component:
            raise Http404
        page._cached_parent_obj = parent
        ancestors.append(parent)
        remaining = components[position + 1 :]
        if remaining and routes_to_children(page.specific_class, remaining):
            parent = page
            continue
        break
    else:  # no component: the home page
        page, remaining = parent, []
    specific = specific_for_route(page)
    if not any(p.restricted or p.alias_restricted for p in [*ancestors, page]):
        specific._reseau_unrestricted = True
    specific._reseau_ancestors = ancestors
    _remember_frame(request, specific, rows, root)
    return specific.route(request, remaining)


def _remember_frame(request, page, rows, root):
    """What reseau.navigation.page_frame would read: the page's translations, the home pages
    of every language, the sections under the page's home page."""
    from reseau.navigation import remember_frame

    frame = {row.pk: _with_locale(row) for row in rows}
    for home in homes(root).values():
        frame.setdefault(home.pk, _with_locale(copy.copy(home)))
    home = next(
        (h for h in homes(root).values() if page.path.startswith(h.path)),
        None,
    )
    if home is not None:
        for section in sections(home):
            frame.setdefault(section.pk, section)
    remember_frame(request, page, sorted(frame.values(), key=lambda row: row.path), root)
