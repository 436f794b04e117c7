"""The search page and the autocomplete endpoint.

Both let the backend rank and the database decide what the visitor may see (`search.engine`,
`search.backends`); unknown or malformed parameters are ignored, never an error.
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from members_area.models import Resource
from members_area.permissions import is_active_member, viewable_resources
from search import conf, engine
from search.analysis import backend_text, fold, query_words
from search.backends import ranked
from search.candidates import active_language
from search.fallback import answer
from search.kinds import KIND_LABELS, PAGE_KINDS, kind_of
from search.results import load_results
from search.vocabulary import closest_words
from sheets.models import Commune, Theme

MAX_QUERY_LENGTH = 200
SORTS = ("pertinence", "date")


def _ints(values):
    out = set()
    for value in values:
        value = value.strip()
        if value.isdigit() and len(value) <= 9:
            out.add(int(value))
    return out


def available_kinds(user):
    kinds = ["experience", "technique", "evenement", "faq", "aide"]
    if is_active_member(user):
        kinds.append("ressource")
    return kinds


@require_GET
def search(request):
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
    kinds = available_kinds(request.user)
    theme_slugs = {s for s in request.GET.getlist("theme") if s}
    themes = list(
        Theme.objects.filter(locale__language_code=active_language()).order_by("sort_order", "name")
    )
    theme_by_slug = {t.slug: t for t in themes}
    filters = {
        "theme": {theme_by_slug[s].pk for s in theme_slugs if s in theme_by_slug},
        "type": {k for k in request.GET.getlist("type") if k in kinds},
        "commune": _ints(request.GET.getlist("commune")),
        "year": _ints(request.GET.getlist("year")),
    }
    sort = request.GET.get("tri")
    sort = sort if sort in SORTS else ("pertinence" if query else "date")
    searched = bool(query or any(filters.values()))

    order = "date" if sort == "date" else "relevance"
    outcome = engine.search(request.user, query, kinds, filters, order) if searched else None

    paginator = Paginator(outcome.hits if outcome else [], conf.get("SEARCH_RESULTS_PER_PAGE"))
    page = paginator.get_page(request.GET.get("page"))
    # Excerpts also mark the known words the search looked for (a correction, a word's family).
    marked = " ".join([query, *outcome.also_searched]) if outcome and query else query
    results = load_results(
        list(page.object_list), marked, request, themes={t.pk: t for t in themes}
    )

    # Commune names came with the facet counts; only a ticked commune that matches nothing
    # needs a query.
    communes = dict(outcome.communes) if outcome else {}
    missing = filters["commune"] - set(communes)
    if outcome and missing:
        communes.update(Commune.objects.filter(pk__in=missing).values_list("pk", "name"))
    facet_groups = (
        _facet_groups(outcome.facets, filters, themes, communes, kinds) if outcome else []
    )

    params = request.GET.copy()
    params.pop("page", None)
    checked = [o for g in facet_groups for o in g["options"] if o["checked"]]
    nothing_found = bool(outcome and not outcome.total)
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "searched": searched,
            "results": results,
            "page_obj": page,
            "paginator": paginator,
            "facet_groups": facet_groups,
            "checked_options": checked,
            "active_filters": _active_filters(request, facet_groups),
            "sort": sort,
            "degraded": bool(outcome and outcome.degraded),
            "fuzzy": bool(outcome and outcome.fuzzy),
            "partial": bool(outcome and outcome.partial),
            "corrections": list(outcome.corrections.items()) if outcome else [],
            "suggestion": outcome.suggestion if outcome else "",
            "suggestion_url": _with_query(request, outcome.suggestion) if outcome else "",
            "nothing_found": nothing_found,
            # Only for a search that found nothing: the page then never stays empty.
            "closest_words": [
                {"word": word, "url": _with_query(request, word)}
                for word in closest_words(query_words(query), active_language())
            ]
            if nothing_found and query
            else [],
            "querystring": params.urlencode(),
            "themes": themes,
        },
    )


def _with_query(request, query):
    """This search's URL with `q` replaced (filters and sort kept, back to page 1); "" for no
    query."""
    if not query:
        return ""
    params = request.GET.copy()
    params.pop("page", None)
    params["q"] = query
    return f"{request.path}?{params.urlencode()}"


def _facet_groups(facets, filters, themes, communes, kinds):
    def option(name, value, label, count):
        return {
            "name": name,
            "value": value,
            "label": label,
            "count": count,
            "checked": False,
        }

    groups = []
    theme_options = []
    for theme in themes:
        count = facets["theme"].get(theme.pk, 0)
        if count or theme.pk in filters["theme"]:
            item = option("theme", theme.slug, theme.name, count)
            item["checked"] = theme.pk in filters["theme"]
            theme_options.append(item)
    groups.append({"key": "theme", "legend": _("Thème"), "options": theme_options})

    type_options = []
    for kind in kinds:
        count = facets["type"].get(kind, 0)
        if count or kind in filters["type"]:
            item = option("type", kind, str(KIND_LABELS[kind]), count)
            item["checked"] = kind in filters["type"]
            type_options.append(item)
    groups.append({"key": "type", "legend": _("Type de contenu"), "options": type_options})

    commune_options = []
    # In French alphabetical order whatever the database's collation: Évron among the E.
    for pk, name in sorted(communes.items(), key=lambda item: (fold(item[1]), item[1])):
        count = facets["commune"].get(pk, 0)
        if count or pk in filters["commune"]:
            item = option("commune", pk, name, count)
            item["checked"] = pk in filters["commune"]
            commune_options.append(item)
    groups.append({"key": "commune", "legend": _("Commune"), "options": commune_options})

    years = sorted(set(facets["year"]) | filters["year"], reverse=True)
    year_options = []
    for year in years:
        item = option("year", year, str(year), facets["year"].get(year, 0))
        item["checked"] = year in filters["year"]
        year_options.append(item)
    groups.append({"key": "year", "legend": _("Année"), "options": year_options})
    groups = [g for g in groups if g["options"]]
    for group in groups:
        group["items"] = _facet_items(group)
    return groups


def _active_filters(request, facet_groups):
    """The ticked options as chips: a label and the URL of this search without that option."""
    pairs = [(k, v) for k, values in request.GET.lists() if k != "page" for v in values]
    chips = []
    for group in facet_groups:
        for option in group["options"]:
            if option["checked"]:
                kept = [p for p in pairs if p != (option["name"], str(option["value"]))]
                chips.append(
                    {
                        "label": group["legend"],
                        "value_label": option["label"],
                        "remove_url": f"{request.path}?{urlencode(kept)}" if kept else request.path,
                    }
                )
    return chips


def _facet_items(group):
    """The group's checkboxes as HTML: names, values and labels escaped, counts are ints."""
    key = escape(group["key"])
    words, items = {}, []
    for number, option in enumerate(group["options"], start=1):
        count = int(option["count"])
        if count not in words:
            words[count] = escape(ngettext("résultat", "résultats", count))
        checked = " checked" if option["checked"] else ""
        items.append(
            f'<li><input type="checkbox" id="facet-{key}-{number}" name="{escape(option["name"])}"'
            f' value="{escape(option["value"])}"{checked}><label for="facet-{key}-{number}">'
            f'{escape(option["label"])} <span class="facet__count">({count}'
            f'<span class="visually-hidden"> {words[count]}</span>)</span></label></li>'
        )
    return mark_safe("\n".join(items))  # noqa: S308 - every value escaped above


@require_GET
def autocomplete(request):
    """Titles of what the visitor may open, best first; resources only for who may open them."""
    query = " ".join(request.GET.get("q", "").split())[:100]
    suggestions, degraded = [], False
    if len(backend_text(query)) >= 2:
        suggestions, degraded = answer(
            lambda backend: _suggest(backend, request, query), autocomplete=True
        )
    return JsonResponse({"query": query, "suggestions": suggestions, "degraded": degraded})


def _suggest(backend, request, query, limit=8):
    locale = Locale.get_active()
    kinds = available_kinds(request.user)
    pages = Page.objects.filter(live=True, locale=locale).type(
        *(PAGE_KINDS[k] for k in kinds if k in PAGE_KINDS)
    )
    query = backend_text(query)
    page_hits = ranked(backend, pages, query, autocomplete=True, limit=50)
    resource_hits = []
    if "ressource" in kinds:
        resource_hits = ranked(backend, Resource.objects.all(), query, autocomplete=True, limit=50)
    suggestions = []
    order = {pk: i for i, (pk, _score) in enumerate(page_hits)}
    visible = Page.objects.live().public().filter(locale=locale, pk__in=list(order))
    for page in sorted(visible.specific(), key=lambda p: order[p.pk])[:limit]:
        suggestions.append(
            {
                "title": page.title,
                "url": page.get_url(request),
                "type": str(KIND_LABELS[kind_of(page)]),
            }
        )
    if resource_hits and len(suggestions) < limit:
        order = {pk: i for i, (pk, _score) in enumerate(resource_hits)}
        resources = viewable_resources(request.user).filter(pk__in=list(order))
        for resource in sorted(resources, key=lambda r: order[r.pk])[: limit - len(suggestions)]:
            suggestions.append(
                {
                    "title": resource.title,
                    "url": resource.get_absolute_url(),
                    "type": str(KIND_LABELS["ressource"]),
                }
            )
    return suggestions
