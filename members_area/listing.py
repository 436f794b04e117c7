"""The member resource list: keyword search, filters (theme, kind, commune, year, new since the
last visit), sort and view, over `permissions.viewable_resources` only. Every option, count and
result comes from what this member may open; the queries are the same in number whatever the
number of resources (the facets, the themes, the count when filtered, the page, its themes)."""

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import QueryDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.collation import french_sort_key
from sheets.models import Theme

from .models import Resource, ResourceKind

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_WORDS = 8  # a pasted paragraph is not a search: its first words are
VIEW_SESSION_KEY = "members_area_resource_view"
VIEWS = {"cartes": gettext_lazy("Cartes"), "liste": gettext_lazy("Liste compacte")}
SORTS = {
    "recent": (gettext_lazy("Les plus récents d'abord"), ("-created_at", "-pk")),
    # title_key: the title without accents or case, so "École" sorts among the E.
    "titre": (gettext_lazy("Titre, de A à Z"), ("title_key", "title", "pk")),
}
# What a card or a row shows: never the long description or the text extracted from the file.
LISTED_FIELDS = (
    "title",
    "slug",
    "kind",
    "year",
    "file",
    "file_missing_since",
    "created_at",
    "commune__name",
)


def listed(resources):
    """Resources with only what a card shows, their commune and their themes' names
    (`listed_themes`, a plain list: no related manager built per card)."""
    return (
        resources.select_related("commune")
        .only(*LISTED_FIELDS)
        .prefetch_related(
            Prefetch("themes", queryset=Theme.objects.only("name"), to_attr="listed_themes")
        )
    )


def facets(resources, since):
    """What the member's resources hold: counts by kind, year and commune (one grouped query),
    the total, how many are newer than `since`, and their themes (one query)."""
    counts = {"n": Count("pk")}
    if since:
        counts["new"] = Count("pk", filter=Q(created_at__gt=since))
    rows = (
        resources.order_by()
        .values("kind", "year", "commune_id", "commune__name", "commune__slug")
        .annotate(**counts)
    )
    found = {"total": 0, "new": 0, "kind": {}, "year": {}, "commune": {}}
    for row in rows:
        found["total"] += row["n"]
        found["new"] += row.get("new", 0)
        found["kind"][row["kind"]] = found["kind"].get(row["kind"], 0) + row["n"]
        if row["year"]:
            found["year"][row["year"]] = found["year"].get(row["year"], 0) + row["n"]
        if row["commune_id"]:
            slug = row["commune__slug"]
            name, count = found["commune"].get(slug, (row["commune__name"], 0))
            found["commune"][slug] = (name, count + row["n"])
    tagged = Resource.themes.through.objects.filter(resource_id__in=resources.values("pk"))
    themes = Theme.objects.filter(pk__in=tagged.values("theme_id")).only("name", "slug")
    found["theme"] = sorted(themes, key=lambda theme: (french_sort_key(theme.name), theme.pk))
    return found


def _options(found):
    """{filter: [(value, label)]}: only values some resource of the member carries."""
    kinds = [(kind.value, kind.label) for kind in ResourceKind if kind.value in found["kind"]]
    communes = sorted(found["commune"].items(), key=lambda item: french_sort_key(item[1][0]))
    return {
        "theme": [(theme.slug, theme.name) for theme in found["theme"]],
        "kind": [(value, str(label)) for value, label in kinds],
        "commune": [(slug, name) for slug, (name, _count) in communes],
        "year": [(str(year), str(year)) for year in sorted(found["year"], reverse=True)],
    }


FILTER_LABELS = {
    "theme": (gettext_lazy("Thème"), gettext_lazy("Tous les thèmes")),
    "kind": (gettext_lazy("Type de document"), gettext_lazy("Tous les types")),
    "commune": (gettext_lazy("Commune"), gettext_lazy("Toutes les communes")),
    "year": (gettext_lazy("Année"), gettext_lazy("Toutes les années")),
}


def read_choices(params, options, since):
    """The filters asked for in the address that the member's resources allow; anything else
    (unknown, forged, a value only reserved documents carry) is ignored, never an error."""
    chosen = {}
    query = " ".join(str(params.get("q", "")).split())[:MAX_QUERY_LENGTH]
    if query:
        chosen["q"] = query
    for name, values in options.items():
        value = params.get(name, "")
        if value and value in dict(values):
            chosen[name] = value
    if since and params.get("nouveau") == "1":
        chosen["nouveau"] = "1"
    return chosen


def search_words(query):
    return query.split()[:MAX_WORDS]


def narrowed(resources, chosen, since, themes):
    """The member's resources with the chosen filters; every keyword must be in the title or
    the description (icontains: see docs/decisions/0034-member-resource-list.md)."""
    for word in search_words(chosen.get("q", "")):
        resources = resources.filter(Q(title__icontains=word) | Q(description__icontains=word))
    if "theme" in chosen:
        theme_ids = [theme.pk for theme in themes if theme.slug == chosen["theme"]]
        tagged = Resource.themes.through.objects.filter(theme_id__in=theme_ids)
        resources = resources.filter(pk__in=tagged.values("resource_id"))
    if "kind" in chosen:
        resources = resources.filter(kind=chosen["kind"])
    if "commune" in chosen:
        resources = resources.filter(commune__slug=chosen["commune"])
    if "year" in chosen:
        resources = resources.filter(year=int(chosen["year"]))
    if "nouveau" in chosen:
        resources = resources.filter(created_at__gt=since)
    return resources


def chosen_view(request):
    """ "cartes" or "liste": from the address, else the last one chosen in this session."""
    view = request.GET.get("vue")
    session = getattr(request, "session", None)
    if view in VIEWS:
        if session is not None and session.get(VIEW_SESSION_KEY) != view:
            session[VIEW_SESSION_KEY] = view
        return view
    stored = session.get(VIEW_SESSION_KEY) if session is not None else None
    return stored if stored in VIEWS else "cartes"


def _querystring(params, drop=()):
    query = QueryDict(mutable=True)
    for name, value in params.items():
        if name not in drop:
            query[name] = value
    return query.urlencode()


def _chips(chosen, options, state):
    """The active filters, each with the address that removes it (the public search's
    chips)."""
    chips = []
    for name, value in chosen.items():
        if name == "q":
            label, value_label = _("Mots-clés"), f"« {value} »"
        elif name == "nouveau":
            label, value_label = _("Nouveautés"), _("depuis votre dernière visite")
        else:
            label, value_label = FILTER_LABELS[name][0], dict(options[name])[value]
        chips.append(
            {
                "label": label,
                "value_label": value_label,
                "remove_url": "?" + _querystring(state, drop={name}),
            }
        )
    return chips


def resource_listing(request, resources, since):
    """The list page's context: the form's fields and options, the page of resources, its
    count, the active filters as chips and the links that keep them."""
    found = facets(resources, since)
    options = _options(found)
    chosen = read_choices(request.GET, options, since)
    sort = request.GET.get("tri") if request.GET.get("tri") in SORTS else "recent"
    view = chosen_view(request)
    results = narrowed(resources, chosen, since, found["theme"])
    paginator = Paginator(listed(results).order_by(*SORTS[sort][1]), PER_PAGE)
    if not chosen:
        # Counted with the facets already (Paginator.count is a cached_property).
        paginator.count = found["total"]
    page = paginator.get_page(request.GET.get("page"))
    state = dict(chosen)
    if sort != "recent":
        state["tri"] = sort
    if view != "cartes":
        state["vue"] = view
    selects = [
        {
            "id": f"id_{name}",
            "name": name,
            "label": FILTER_LABELS[name][0],
            "options": [("", FILTER_LABELS[name][1], name not in chosen)]
            + [(value, label, chosen.get(name) == value) for value, label in values],
        }
        for name, values in options.items()
    ]
    return {
        "query": chosen.get("q", ""),
        "selects": selects,
        "sorts": [(key, label, key == sort) for key, (label, _order) in SORTS.items()],
        "views": [(key, label, key == view) for key, label in VIEWS.items()],
        "view": view,
        "since": since,
        "new_count": found["new"],
        "new_chosen": "nouveau" in chosen,
        "resources_page": page,
        # A few links around the current page, not one per page (hundreds at full scale).
        "page_links": list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)),
        "filter_query": _querystring(state),
        "chips": _chips(chosen, options, state),
        "is_filtered": bool(chosen),
        "total": found["total"],
    }
