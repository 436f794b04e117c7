"""What every page's frame asks the database, asked once per request.

The header, the footer and the cards of a page all want the active Locale and the sections of
the site (the live children of the language's home page: menu entries, the theme and commune
index pages, the home page's links). Each is read once and kept on the request, so a page costs
the same few queries whatever number of menus, cards and tags it shows.
"""

from django.db.models import Q
from django.db.models.functions import Substr
from wagtail.models import Locale, Page, Site

_LOCALE_ATTR = "_reseau_active_locale"
_SECTIONS_ATTR = "_reseau_site_sections"


def active_locale(request=None):
    """Locale.get_active(), memoised on the request; None when no Locale exists."""
    if request is not None and hasattr(request, _LOCALE_ATTR):
        return getattr(request, _LOCALE_ATTR)
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        locale = None
    if request is not None:
        setattr(request, _LOCALE_ATTR, locale)
    return locale


def site_sections(request, locale_id=None, page=None):
    """The live children of the home page in `locale_id` (the active language by default) of
    the request's site, in tree order: one query per request and language.

    `page`, when it belongs to that language, tells where its home page is without a query;
    otherwise the home page is found by translation in the same query."""
    if request is None:
        return []
    if locale_id is None and isinstance(page, Page):
        # A page's own language: the one its URL was served in (no Locale query).
        locale_id = page.locale_id
    if locale_id is None:
        locale = active_locale(request)
        if locale is None:
            return []
        locale_id = locale.pk
    memo = getattr(request, _SECTIONS_ATTR, None)
    if memo is None:
        memo = {}
        setattr(request, _SECTIONS_ATTR, memo)
    if locale_id in memo:
        return memo[locale_id]
    site = Site.find_for_request(request)
    if site is None:
        memo[locale_id] = []
        return []
    root = site.root_page
    if isinstance(page, Page) and page.locale_id == locale_id and page.depth >= root.depth:
        page_frame(request, page)  # reads the sections with the page's translations
        if locale_id in memo:
            return memo[locale_id]
    children = Page.objects.live().filter(depth=root.depth + 1)
    if root.locale_id == locale_id:
        children = children.filter(path__startswith=root.path)
    elif (
        page is not None
        and getattr(page, "locale_id", None) == locale_id
        and getattr(page, "depth", 0) >= root.depth
    ):
        children = children.filter(path__startswith=page.path[: len(root.path)])
    else:
        homes = Page.objects.filter(
            translation_key=root.translation_key, locale_id=locale_id, depth=root.depth
        ).values("path")
        children = children.annotate(parent_path=Substr("path", 1, len(root.path))).filter(
            parent_path__in=homes
        )
    memo[locale_id] = list(
        children.only(
            "title", "slug", "url_path", "path", "depth", "content_type_id", "show_in_menus"
        ).order_by("path")
    )
    return memo[locale_id]


_FRAME_ATTR = "_reseau_page_frame"


def page_frame(request, page):
    """For a page: its translations and the home pages of every language (the language
    switcher), read in the same query as the sections under its own home page (the menu).
    Returns the rows, each with its locale; `site_sections` then costs no query."""
    frame = getattr(request, _FRAME_ATTR, None)
    if frame is not None and frame[0] == page.pk:
        return frame[1]
    site = Site.find_for_request(request)
    if site is None:
        return list(
            Page.objects.filter(translation_key=page.translation_key).select_related("locale")
        )
    root = site.root_page
    home_path = page.path[: len(root.path)]
    sections = Q(live=True, depth=root.depth + 1, path__startswith=home_path)
    rows = list(
        Page.objects.filter(
            Q(translation_key__in=[page.translation_key, root.translation_key]) | sections
        )
        .select_related("locale")
        .order_by("path")
    )
    setattr(request, _FRAME_ATTR, (page.pk, rows))
    if page.depth >= root.depth:
        memo = getattr(request, _SECTIONS_ATTR, None)
        if memo is None:
            memo = {}
            setattr(request, _SECTIONS_ATTR, memo)
        memo.setdefault(
            page.locale_id,
            [
                row
                for row in rows
                if row.live and row.depth == root.depth + 1 and row.path.startswith(home_path)
            ],
        )
    return rows
