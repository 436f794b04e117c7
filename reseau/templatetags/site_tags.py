"""Site-wide template tags: the main menu and the language switcher."""

from urllib.parse import urlsplit

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page

from core.navigation import home_page, page_translations, site_sections

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Top-level pages flagged "show in menus" under the current language's home page."""
    request = context.get("request")
    current = context.get("page")
    if not isinstance(current, Page):
        current = None
    # The home page's live children, read once per request (core.navigation).
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


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's absolute URL, built with the request's site root paths (Wagtail keeps them
    for the request), or None outside a page."""
    page = context.get("page")
    if not isinstance(page, Page):
        return None
    return page.get_full_url(context.get("request"))


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
        # The page's translations and its home page's, in one query (core.navigation).
        home = home_page(request, page) if request is not None else None
        for translated in page_translations(request, page):
            code = translated.locale.language_code
            if home is not None and translated.translation_key == home.translation_key:
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
                locale = Locale.objects.get(language_code=code)
            except Locale.DoesNotExist:
                home = None
            else:
                home = home_page(request, locale_id=locale.pk)
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
