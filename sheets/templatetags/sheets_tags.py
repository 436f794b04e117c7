"""Links from any page to the theme and commune pages, resolved once per request.

`{% theme_url theme %}` and `{% commune_url commune %}` look up the ThemeIndexPage or the
CommuneIndexPage of the current language once and memoise its URL on the request, so a list of
fifty cards with theme tags costs one query, not fifty.
"""

from django import template
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from core.navigation import active_locale, ancestors, site_sections
from sheets import illustrations
from sheets.models import CommuneIndexPage, ThemeIndexPage
from sheets.models.taxonomy import main_theme_first

register = template.Library()

_CACHE_ATTR = "_sheets_index_urls"


def _index_url(request, model, locale_id=None):
    """URL of the live `model` index page of the locale; the theme and commune index pages are
    looked up together, in one query, and remembered on the request."""
    cache = getattr(request, _CACHE_ATTR, None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            setattr(request, _CACHE_ATTR, cache)
    if locale_id is None:
        locale = active_locale(request)
        locale_id = locale.pk if locale is not None else None
    if (model, locale_id) not in cache:
        types = ContentType.objects.get_for_models(ThemeIndexPage, CommuneIndexPage)
        models_by_type = {ct.pk: m for m, ct in types.items()}
        for m in models_by_type.values():
            cache[(m, locale_id)] = None
        # Index pages live under the home page: the site's sections, read once per request
        # (the main menu reads the same list).
        if request is not None and locale_id is not None:
            sections = site_sections(request, locale_id=locale_id)
        else:
            sections = (
                Page.objects.live()
                .filter(locale_id=locale_id, content_type__in=list(models_by_type))
                .only("url_path", "path", "content_type_id")
                .order_by("path")
            )
        pages = [index for index in sections if index.content_type_id in models_by_type]
        for index in pages:
            key = (models_by_type[index.content_type_id], locale_id)
            if cache.get(key) is None:
                cache[key] = index.get_url(request)
    return cache.get((model, locale_id))


@register.simple_tag(takes_context=True)
def theme_url(context, theme):
    """URL of the theme's page (/themes/<slug>/), or '' when there is no theme index page."""
    # The theme page of the page's language: a theme's slug is the same in every language, and a
    # French sheet listed on the English site (core.fallback) leads to the English theme page.
    locale_id = getattr(context.get("page"), "locale_id", None) or getattr(theme, "locale_id", None)
    base = _index_url(context.get("request"), ThemeIndexPage, locale_id)
    return f"{base}{theme.slug}/" if base and theme is not None else ""


@register.simple_tag(takes_context=True)
def commune_url(context, commune):
    """URL of the commune's page (/communes/<slug>/), or ''."""
    page = context.get("page")
    base = _index_url(context.get("request"), CommuneIndexPage, getattr(page, "locale_id", None))
    return f"{base}{commune.slug}/" if base and commune is not None else ""


@register.simple_tag(takes_context=True)
def page_ancestors(context, page):
    """`{% page_ancestors page as ancestors %}`: the page's ancestors from its home page down
    (breadcrumbs), read once per request."""
    return ancestors(context.get("request"), page)


@register.simple_tag(takes_context=True)
def page_link(context, number):
    """Query string for page `number` of the current listing, keeping the other filters."""
    querystring = context.get("querystring") or ""
    return f"?{querystring}&page={number}" if querystring else f"?page={number}"


@register.simple_tag
def elided_pages(page_obj):
    """Page numbers around the current one, with Paginator.ELLIPSIS where pages are skipped."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)
    )


@register.simple_tag(takes_context=True)
def card_themes(context, themes, main_theme_id=None):
    """`{% card_themes sheet.themes.all sheet.main_theme_id as themes %}`: a card's themes, its
    main theme first, but the one whose page shows it (the context's `current_theme`): there,
    its tag on every card says nothing."""
    current = context.get("current_theme")
    themes = main_theme_first(themes, main_theme_id)
    return [theme for theme in themes if not current or theme.slug != current.slug]


@register.simple_tag
def illustration_url(page, themes=()):
    """`{% illustration_url page themes %}`: URL of the drawing shown where `page` has no photo
    (its main theme's, else its kind's); `themes` already read (prefetched), in order."""
    return illustrations.illustration_url(page, themes)


@register.simple_tag(takes_context=True)
def fallback_language(context, item):
    """`{% fallback_language sheet as code %}`: the source language's code when `item` is a
    source-language page listed on a page of another language (core.fallback), else ''."""
    current = getattr(context.get("page"), "locale_id", None)
    if current is None or getattr(item, "locale_id", current) == current:
        return ""
    return settings.LANGUAGE_CODE
