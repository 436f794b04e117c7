"""The map of initiatives: the experience sheets grouped by commune, and the same sheets as
markers for Leaflet. The list is the page's real content; the map (static/js/map.js) only
enhances it, so the page works without JavaScript and without a tile server."""

import unicodedata
from itertools import groupby

from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from core.fallback import in_language
from sheets import conf
from sheets.filters import ThemeFilter

from .experience import ExperienceSheetPage
from .index import IndexPage
from .taxonomy import card_themes


class MapPage(IndexPage):
    """The map of initiatives; without JavaScript or tiles it is a list grouped by commune."""

    subpage_types = []

    class Meta:
        verbose_name = _("carte des initiatives")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(map_context(self, request))
        return context


def _sort_key(text):
    """Alphabetical order as a French reader expects it (Évron between Entrammes and Gorron),
    whatever the database collation."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _last_value(request, key):
    values = request.GET.getlist(key)
    return values[-1].strip() if values else ""


def map_context(page, request) -> dict:
    """Context for MapPage: `communes` (commune, sheets, matching count) rows, the theme facet,
    the markers, the labels and the tile settings for json_script. Every sheet is listed and
    drawn; those outside the chosen theme carry `map_hidden` (the `hidden` attribute in the
    list, `shown: false` on the marker), so that the script can change the theme without a new
    request and the filter still works without JavaScript. A fixed number of queries."""
    # The sheets of the page's language and the untranslated French ones, as the lists show.
    sheets = in_language(ExperienceSheetPage.objects.live().public(), page.locale_id)
    theme_filter = ThemeFilter(locale=page.locale_id)
    raw = _last_value(request, theme_filter.param)
    theme = theme_filter.clean(raw, ExperienceSheetPage) if raw else None
    theme_options = theme_filter.options(sheets, theme)
    sheets = sorted(
        sheets.select_related("commune").prefetch_related(card_themes()),
        key=lambda s: (_sort_key(s.commune.name), s.commune_id, _sort_key(s.title)),
    )

    markers = []
    for sheet in sheets:
        latitude, longitude = sheet.position
        sheet_themes = list(sheet.themes.all())
        sheet.map_url = sheet.get_url(request)
        sheet.map_theme_slugs = " ".join(t.slug for t in sheet_themes)
        sheet.map_hidden = theme is not None and all(t.slug != theme.slug for t in sheet_themes)
        markers.append(
            {
                "id": sheet.pk,
                "title": sheet.title,
                "url": sheet.map_url,
                "commune": sheet.commune.name,
                "themes": [t.name for t in sheet_themes],
                "themeSlugs": [t.slug for t in sheet_themes],
                "shown": not sheet.map_hidden,
                "status": str(sheet.get_status_display()),
                "years": sheet.years_label,
                "lat": float(latitude),
                "lng": float(longitude),
            }
        )
    communes = []
    for commune, items in groupby(sheets, key=lambda s: s.commune):
        items = list(items)
        communes.append((commune, items, sum(1 for s in items if not s.map_hidden)))
    shown = sum(count for _commune, _items, count in communes)
    return {
        "communes": communes,
        "sheet_count": shown,
        "theme": theme,
        "theme_options": theme_options,
        "map_markers": markers,
        "map_labels": map_labels(),
        "map_config": {
            "tileUrl": conf.get("MAP_TILE_URL"),
            "attribution": conf.get("MAP_TILE_ATTRIBUTION"),
        },
    }


def map_labels() -> dict:
    """The sentences the script writes when it changes the theme, in the page's language: the
    same catalogue entries as the template's, both plural forms (the script picks one with the
    language's plural rules)."""
    return {
        "count": {
            "one": ngettext("%(counter)s initiative", "%(counter)s initiatives", 1),
            "other": ngettext("%(counter)s initiative", "%(counter)s initiatives", 2),
        },
        "sheets": {
            "one": ngettext("%(counter)s fiche", "%(counter)s fiches", 1),
            "other": ngettext("%(counter)s fiche", "%(counter)s fiches", 2),
        },
        "theme": gettext("thème « %(theme)s »"),
    }
