"""Site-wide template tags: the main menu and the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

register = template.Library()


def _home_for_locale(request, locale):
    site = Site.find_for_request(request)
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
    items = []
    if request is not None:
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            locale = None
        home = _home_for_locale(request, locale) if locale else None
        if home is not None:
            items = list(
                Page.objects.child_of(home).live().in_menu().only("title", "url_path", "path")
            )
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
def language_links(context):
    """One link per configured language: the translation of the current page where one exists,
    else that language's home page; the current language is marked."""
    request = context.get("request")
    page = context.get("page")
    current_code = translation.get_language()
    links = []
    translations = {}
    if page is not None and getattr(page, "translation_key", None):
        translations = {
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
    for code, name in settings.LANGUAGES:
        target = translations.get(code)
        url = None
        if target is not None:
            url = target.get_url(request)
        elif page is None and request is not None:
            url = translate_url(request.get_full_path(), code)
        if url is None:
            try:
                home = _home_for_locale(request, Locale.objects.get(language_code=code))
            except Locale.DoesNotExist:
                home = None
            url = (
                home.get_url(request)
                if home is not None
                else ("/" if code == "fr" else f"/{code}/")
            )
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current_code,
                "has_translation": target is not None or page is None,
            }
        )
    return links
