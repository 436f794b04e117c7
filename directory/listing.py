"""The directory's page: search, filters and facets, one page of rows, in a fixed number of
queries. Every filter and the search look only at what each member shows (consents.shows): a
member who hides their role is never found through it, and a value only hidden members have
is never offered as a choice."""

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import QueryDict

from core.collation import french_sort_key
from members_area.models import MemberRole
from sheets.models import Theme

from .consents import card, directory_members, shows
from .models import DirectoryEntry

PER_PAGE = 20
MAX_QUERY_LENGTH = 100
MAX_WORDS = 6
# The GET parameters of the filters, in the order the page keeps them in its links.
PARAMETERS = ("q", "theme", "commune", "interco", "role")

ROLE = "member_profile__role"
COMMUNE = "member_profile__organisation__commune"


def chosen_filters(params) -> dict:
    """The filters asked for, trimmed; an unknown value is kept and simply finds nobody."""
    return {key: " ".join(params.get(key, "")[:MAX_QUERY_LENGTH].split()) for key in PARAMETERS}


def search(members, query):
    """Each word in the name, or in the function, organisation or help text of those who show
    them."""
    for word in query.split()[:MAX_WORDS]:
        members = members.filter(
            Q(first_name__icontains=word)
            | Q(last_name__icontains=word)
            | (Q(member_profile__function__icontains=word) & shows("show_role"))
            | (Q(member_profile__organisation__name__icontains=word) & shows("show_commune"))
            | (Q(directory_entry__can_help_with__icontains=word) & shows("show_themes"))
        )
    return members


def with_theme(slug):
    """The users who can help with the theme `slug` and show it."""
    entries = DirectoryEntry.objects.filter(show_themes=True, themes__slug=slug)
    return Q(pk__in=entries.values("user_id"))


def filtered(chosen):
    members = directory_members()
    if chosen["q"]:
        members = search(members, chosen["q"])
    if chosen["role"]:
        members = members.filter(shows("show_role"), **{ROLE: chosen["role"]})
    if chosen["commune"]:
        members = members.filter(shows("show_commune"), **{f"{COMMUNE}__slug": chosen["commune"]})
    if chosen["interco"]:
        members = members.filter(shows("show_commune"), **{f"{COMMUNE}__epci": chosen["interco"]})
    if chosen["theme"]:
        members = members.filter(with_theme(chosen["theme"]))
    return members


def facets():
    """The choices of each filter: only values that some listed member shows (three queries:
    roles, communes with their intercommunalities, themes)."""
    listed = directory_members().order_by().prefetch_related(None)
    roles = set(listed.filter(shows("show_role")).values_list(ROLE, flat=True).distinct())
    communes = set(
        listed.filter(shows("show_commune"), **{f"{COMMUNE}__isnull": False})
        .values_list(f"{COMMUNE}__slug", f"{COMMUNE}__name", f"{COMMUNE}__epci")
        .distinct()
    )
    # The entries hold themes of the default language only (the form offers no other).
    helping = DirectoryEntry.themes.through.objects.filter(
        directoryentry__show_themes=True, directoryentry__user__in=listed.values("pk")
    )
    themes = Theme.objects.filter(pk__in=helping.values("theme_id")).order_by("sort_order", "name")
    return {
        "roles": [(value, label) for value, label in MemberRole.choices if value in roles],
        "communes": sorted(
            {(slug, name) for slug, name, _epci in communes},
            key=lambda item: french_sort_key(item[1]),
        ),
        "intercos": sorted({epci for *_commune, epci in communes if epci}, key=french_sort_key),
        "themes": list(themes.values_list("slug", "name")),
    }


def kept_query(chosen) -> str:
    kept = QueryDict(mutable=True)
    for key in PARAMETERS:
        if chosen[key]:
            kept[key] = chosen[key]
    return kept.urlencode()


def directory_listing(request) -> dict:
    chosen = chosen_filters(request.GET)
    paginator = Paginator(filtered(chosen), PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    query = kept_query(chosen)
    return {
        "members_page": page,
        "cards": [card(user) for user in page.object_list],
        "page_links": list(paginator.get_elided_page_range(page.number)),
        "query": query,
        "chosen": chosen,
        "facets": facets(),
        "is_filtered": bool(query),
    }
