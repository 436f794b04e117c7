"""What the FAQ's pages read: the entries a language lists, grouped by theme, and an entry's
related sheets in the page's language. Each is a fixed number of queries whatever the number
of entries (core.fallback: an English list also shows the French entries not translated yet)."""

from django.conf import settings
from django.db.models import Q
from wagtail.models import Page

from core.fallback import in_language
from sheets.models import Theme
from sheets.models.taxonomy import card_themes

THEME_SECTION_ENTRIES = 5


def listed_entries(entry_model, locale_id, theme_slug=None):
    """The live, public entries (of `entry_model`, the FAQ entry page type) a list in
    `locale_id` shows (core.fallback), by title, with their themes (one query for the entries,
    one for their themes)."""
    entries = in_language(entry_model.objects.live().public(), locale_id)
    if theme_slug:
        entries = entries.filter(themes__slug=theme_slug)
    return entries.defer_streamfields().prefetch_related(card_themes()).order_by("title", "pk")


def grouped_by_theme(entries, themes):
    """[(theme or None, [entries])]: each theme of the language with its entries (matched by
    slug: a French entry listed in English carries French themes), then those with no theme.
    An entry on two themes is listed under both."""
    groups = {theme.slug: [] for theme in themes}
    others = []
    for entry in entries:
        slugs = [t.slug for t in entry.themes.all() if t.slug in groups]
        for slug in dict.fromkeys(slugs):
            groups[slug].append(entry)
        if not slugs:
            others.append(entry)
    result = [(theme, groups[theme.slug]) for theme in themes if groups[theme.slug]]
    if others:
        result.append((None, others))
    return result


def index_context(page, request, entry_model):
    """The FAQ page's context: the themes that have entries (the filter), the chosen one, and
    the entries grouped by theme."""
    themes = list(Theme.objects.filter(locale_id=page.locale_id))
    entries = list(listed_entries(entry_model, page.locale_id))
    groups = grouped_by_theme(entries, themes)
    slug = request.GET.get("theme", "")
    current = next((theme for theme, _entries in groups if theme and theme.slug == slug), None)
    shown = [(t, items) for t, items in groups if t == current] if current else groups
    return {
        "theme_filter": [(theme, len(items)) for theme, items in groups if theme],
        "current_theme": current,
        "groups": shown,
        "entry_count": len(entries),
    }


def related_sheets(page):
    """The live, public sheets the entry links to, in the editor's order: each in the page's
    language when it is translated, else the source-language one (the template marks it)."""
    if not page.pk:
        return []
    link_model = page._meta.get_field("related_pages").related_model
    keys = list(
        link_model.objects.filter(page_id=page.pk)
        .order_by("sort_order", "pk")
        .values_list("sheet__translation_key", flat=True)
    )
    if not keys:
        return []
    source = Q(locale__language_code=settings.LANGUAGE_CODE)
    sheets = (
        Page.objects.live()
        .public()
        .filter(Q(locale_id=page.locale_id) | source, translation_key__in=keys)
        .defer_streamfields()
        .specific()
    )
    chosen = {}
    for sheet in sheets:
        if sheet.translation_key not in chosen or sheet.locale_id == page.locale_id:
            chosen[sheet.translation_key] = sheet
    return [chosen[key] for key in dict.fromkeys(keys) if key in chosen]


def theme_section_entries(entry_model, theme, limit=THEME_SECTION_ENTRIES):
    """A few entries on `theme` for its page, in its language (core.fallback), newest first."""
    entries = in_language(entry_model.objects.live().public(), theme.locale_id)
    return list(
        entries.filter(themes__slug=theme.slug)
        .defer_streamfields()
        .order_by("-first_published_at", "-pk")[:limit]
    )
