"""Site-wide template tags: the main menu and the language switcher."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

from reseau.navigation import page_frame, site_sections
from reseau.routing import find_site

register = template.Library()


def _home_for_locale(request, locale):
    site = find_site(request)
    if site is None:
        return None
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale)


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages flagged "show in menus" under the current language's home page."""
    request = context.get("request")
    current = context.get("page")
    # The home page's live children, read once per request (reseau.navigation).
    items = [item for item in site_sections(request, page=current) if item.show_in_menus]
    current_path = getattr(current, "path", "")
    return {
        "items": [
            {
                "title": item.title,
                "url": item.get_url(request),
                "active": bool(current_path) and current_path.startswith(item.path),
            }
            for item in items
        ],
        "request": request,
    }


def _root_key(root):
    return root.translation_key if root is not None else None


def _language_root_url(code):
    """The site root in a language ("/" for the source language, "/en/" for English...)."""
    return translate_url("/", code)


def _page_subpath(request, page):
    """What a routable page's sub-route adds to its URL: "energie/" on /themes/energie/."""
    if request is None:
        return ""
    page_path = urlsplit(page.get_url(request) or "").path
    if page_path and request.path.startswith(page_path):
        return request.path[len(page_path) :]
    return ""


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher and the hreflang alternates, for every language of settings.LANGUAGES.

    For a Wagtail page, each language links to the live translation of the page (keeping the
    sub-route of a routable page such as /rencontres/passes/), else to that language's home page;
    only real translations are announced as hreflang alternates. A view that is not a page
    (search, member area) exists in every language: translate_url gives its address.
    Returns {"current": code, "is_source": bool, "links": [...], "alternates": [...],
    "x_default": url}.
    """
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page):
        page = None
    current_code = translation.get_language()
    translations = {}
    homes = {}
    subpath = ""
    if page is not None:
        # The page's translations and the home pages of every language, read in one query
        # with the main menu's entries (reseau.navigation.page_frame).
        site = find_site(request)
        root = site.root_page if site is not None else None
        if request is not None:
            rows = page_frame(request, page)
        else:
            rows = page.get_translations(inclusive=True).select_related("locale")
        for translated in rows:
            if translated.translation_key not in (page.translation_key, _root_key(root)):
                continue  # a menu entry
            code = translated.locale.language_code
            if root is not None and translated.translation_key == root.translation_key:
                homes[code] = translated
            if translated.translation_key == page.translation_key and translated.live:
                translations[code] = translated
                if translated.pk == page.pk:
                    current_code = code
        subpath = _page_subpath(request, page)

    links = []
    for code, name in settings.LANGUAGES:
        url = None
        exists = False
        target = translations.get(code)
        if target is not None:
            url = target.get_url(request)
            if url and subpath:
                url = url.rstrip("/") + "/" + subpath
            exists = url is not None
        elif page is None and request is not None:
            url = translate_url(request.get_full_path(), code)
            exists = True
        if url is None and page is not None:
            home = homes.get(code)
            home_url = home.get_url(request) if home is not None and home.live else None
            url = home_url or _language_root_url(code)
        elif url is None:
            try:
                home = _home_for_locale(request, Locale.objects.get(language_code=code))
            except Locale.DoesNotExist:
                home = None
            home_url = home.get_url(request) if home is not None and home.live else None
            url = home_url or _language_root_url(code)
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request else url,
                "current": code == current_code,
                "exists": exists,
            }
        )
    alternates = [link for link in links if link["exists"]]
    x_default = next(
        (link["absolute_url"] for link in alternates if link["code"] == settings.LANGUAGE_CODE),
        None,
    )
    return {
        "current": current_code,
        # The network's name in the site settings is French; other languages use the interface's.
        "is_source": current_code == settings.LANGUAGE_CODE,
        "links": links,
        "alternates": alternates if len(alternates) > 1 else [],
        "x_default": x_default if len(alternates) > 1 else None,
    }
