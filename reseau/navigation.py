"""What every page's frame asks the database, asked once per request.

The header, the footer and the cards of a page all want the active Locale and the sections of
the site (the live children of the language's home page: menu entries, the theme and commune
index pages, the home page's links). Each is read once and kept on the request, so a page costs
the same few queries whatever number of menus, cards and tags it shows.
"""

from django.db.models import Q
from wagtail.models import Page

_LOCALE_ATTR = "_reseau_active_locale"
_SECTIONS_ATTR = "_reseau_site_sections"


def active_locale(request=None):
    """Locale.get_active(), without a query (reseau.routing keeps the Locales); None when no
    Locale exists for the active language."""
    from reseau.routing import active_locale as directory_locale

    return directory_locale()


def site_sections(request, locale_id=None, page=None):
    """The live children of the home page in `locale_id` (the page's language, else the active
    language) of the request's site, in tree order, from reseau.routing's directory: no query
    once the process has read them."""
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
    from reseau import routing

    site = routing.find_site(request)
    if site is None:
        memo[locale_id] = []
        return []
    home = routing.homes(site.root_page).get(locale_id)
    memo[locale_id] = routing.sections(home) if home is not None else []
    return memo[locale_id]


_FRAME_ATTR = "_reseau_page_frame"


def page_frame(request, page):
    """For a page: its translations and the home pages of every language (the language
    switcher), read in the same query as the sections under its own home page (the menu).
    Returns the rows, each with its locale; `site_sections` then costs no query."""
    frame = getattr(request, _FRAME_ATTR, None)
    if frame is not None and frame[0] == page.pk:
        return frame[1]
    from reseau.routing import find_site

    site = find_site(request)
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
    remember_frame(request, page, rows, root)
    return rows


def remember_frame(request, page, rows, root):
    """Keeps a page's frame rows on the request (reseau.routing reads them while routing)."""
    setattr(request, _FRAME_ATTR, (page.pk, rows))
    home_path = page.path[: len(root.path)]
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
