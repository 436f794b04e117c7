"""What every page's frame shows (menu, language switcher, breadcrumbs), read once per request.

The header, the footer and the cards of a page all want the active Locale, the home page of the
page's language and its live children (the sections: menu entries, the theme and commune index
pages). Each is read through Wagtail's page API the first time it is asked for, and kept in
`request.core_navigation` (a dict of this module's own) for the rest of the request, so a page
costs the same few queries whatever number of menus, cards and tags it shows.
"""

from django.db.models import Q
from wagtail.models import Locale, Page, Site

REQUEST_ATTR = "core_navigation"


def _remember(request, key, read):
    """`read()`, once per request and key."""
    if request is None:
        return read()
    memo = getattr(request, REQUEST_ATTR, None)
    if memo is None:
        memo = {}
        setattr(request, REQUEST_ATTR, memo)
    if key not in memo:
        memo[key] = read()
    return memo[key]


def active_locale(request=None):
    """Locale.get_active(), read once per request."""
    return _remember(request, "locale", Locale.get_active)


def ancestors(request, page):
    """The page's ancestors from the home pages' level down (depth 2, under Wagtail's root):
    the breadcrumbs and the home page. Through Treebeard's get_parent(): no query for a page
    Wagtail has just routed (its route keeps each page's parent), one per level otherwise."""

    def read():
        trail = []
        current = page
        while current.depth > 2:
            current = current.get_parent()
            trail.append(current)
        return trail[::-1]

    return _remember(request, ("ancestors", page.pk), read)


def home_page(request, page=None, locale_id=None):
    """The home page of `page`'s language (or of `locale_id`, else of the active language) on
    the request's site: the site's root page or one of its translations."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return None
    root = site.root_page
    if page is not None and locale_id in (None, page.locale_id) and page.depth >= root.depth:
        if page.depth == root.depth:
            home = page
        else:
            home = next((p for p in ancestors(request, page) if p.depth == root.depth), None)
        if home is not None:
            # Tags that only know a language (theme and commune links) find it here.
            return _remember(request, ("home", home.locale_id), lambda: home)
    if locale_id is None:
        locale_id = active_locale(request).pk
    if root.locale_id == locale_id:
        return root
    return _remember(
        request,
        ("home", locale_id),
        lambda: root.get_translations().filter(locale_id=locale_id).first(),
    )


def site_sections(request, page=None, locale_id=None):
    """The live children of the home page (see home_page), in tree order: the main menu (those
    shown in menus), the index pages other pages link to."""
    home = home_page(request, page, locale_id)
    if home is None:
        return []
    if page is not None and locale_id in (None, page.locale_id):
        _read_frame(request, page, home)
    return _remember(request, ("sections", home.pk), lambda: list(home.get_children().live()))


def page_translations(request, page):
    """The live translations of `page` and of its home page, each with its locale: the
    language switcher links to the first, else to the second."""
    home = home_page(request, page)
    if home is None:
        keys = [page.translation_key]
        return list(Page.objects.live().filter(translation_key__in=keys).select_related("locale"))
    return _read_frame(request, page, home)


def _read_frame(request, page, home):
    """The page's and its home page's live translations and the home page's live children
    (the menu), in one query; kept for page_translations and site_sections."""

    def read():
        rows = list(
            Page.objects.live()
            .filter(
                Q(translation_key__in={page.translation_key, home.translation_key})
                | Page.objects.child_of_q(home)
            )
            .select_related("locale")
            .order_by("path")
        )
        sections = [
            row for row in rows if row.depth == home.depth + 1 and row.path.startswith(home.path)
        ]
        _remember(request, ("sections", home.pk), lambda: sections)
        keys = {page.translation_key, home.translation_key}
        return [row for row in rows if row.translation_key in keys]

    return _remember(request, ("translations", page.pk), read)
