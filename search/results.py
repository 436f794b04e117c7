"""The displayed page of results: titles, links, dates, communes, themes and highlighted excerpts;
for an aid, its funder, its closing date and whether it is closed.

Only the displayed hits are loaded: one query for the pages (each with its own fields, through the
child tables joined in), one for the resources, one for the theme links of both. Excerpts are cut
from public fields only (never contacts or members-only event reports).
"""

from dataclasses import dataclass

from django.db.models import F, Value
from django.utils import timezone
from wagtail.models import Page

from core.text import field_text
from members_area.models import Resource
from search.excerpts import highlight, highlight_stems
from search.kinds import KIND_LABELS, PAGE_CHILDREN, PAGE_KINDS, RESOURCE_THEMES
from sheets.models import Theme

# The text an excerpt may be cut from: only what is public on the item's own page (or, for a
# resource, what its reader may open). Members-only parts (contacts, event reports) never are.
# An event's programme is searched, not quoted: its lines of times ("14 h : accueil") read as
# noise once run together.
EXCERPT_FIELDS = {
    "experience": ["summary", "context", "approach", "results", "costs", "difficulties", "advice"],
    "technique": ["summary", "body"],
    "evenement": ["summary"],
    "faq": ["answer"],
    "aide": ["description", "eligible_expenses", "how_to_apply"],
    "ressource": ["description", "extracted_text"],
}


@dataclass
class Result:
    kind: str
    kind_label: str
    title: str
    url: str
    excerpt: str
    date: object
    year: int | None
    commune_name: str
    themes: list
    # An aid's funder (its short name), closing date and whether it has closed.
    funder: str = ""
    closes_on: object = None
    expired: bool = False


def _theme_links(page_ids, resource_ids):
    """{(is a resource, id): {theme id}} for the displayed items, in one query."""
    parts = [
        _links(through, owner, page_ids, False) for _name, through, owner in PAGE_CHILDREN.values()
    ]
    parts.append(_links(*RESOURCE_THEMES, resource_ids, True))
    themes = {}
    for is_resource, item, theme in parts[0].union(*parts[1:], all=True):
        themes.setdefault((bool(is_resource), item), set()).add(theme)
    return themes


def _links(through, owner, ids, is_resource):
    return (
        through.objects.filter(**{f"{owner}__in": ids})
        .annotate(link_side=Value(is_resource), link_item=F(owner), link_theme=F("theme_id"))
        .values_list("link_side", "link_item", "link_theme")
    )


def load_results(hits, query, request, themes=None):
    """Display data for one page of hits ((kind, pk), in order). `themes` ({id: Theme}) are the
    ones the caller already holds."""
    page_ids = [pk for kind, pk in hits if kind in PAGE_KINDS]
    resource_ids = [pk for kind, pk in hits if kind == "ressource"]
    pages, resources, links = {}, {}, {}
    if page_ids:
        children = [name for name, _through, _owner in PAGE_CHILDREN.values()]
        pages = (
            Page.objects.filter(pk__in=page_ids)
            .select_related(
                *children,
                "experiencesheetpage__commune",
                "eventpage__host_commune",
                "aidpage__funder",
            )
            .in_bulk()
        )
    if resource_ids:
        resources = Resource.objects.filter(pk__in=resource_ids).select_related("commune").in_bulk()
    if hits:
        links = _theme_links(page_ids, resource_ids)
    if themes is None:
        wanted = set().union(*links.values())
        themes = Theme.objects.in_bulk(wanted) if wanted else {}
    stems = highlight_stems(query) if query else ()
    results = []
    for kind, pk in hits:
        result = _result(kind, pk, pages, resources, request)
        if result is None:
            continue
        obj, date, year, commune, url = result
        text = " ".join(field_text(getattr(obj, name, "")) for name in EXCERPT_FIELDS[kind])
        ids = links.get((kind == "ressource", pk), set())
        results.append(
            Result(
                kind=kind,
                kind_label=KIND_LABELS[kind],
                title=obj.title,
                url=url,
                excerpt=highlight(text, query, stems=stems) if query else highlight(text, "", 200),
                date=date,
                year=year or None,
                commune_name=commune.name if commune else "",
                themes=sorted(
                    (themes[t] for t in ids if t in themes),
                    key=lambda t: (t.sort_order, t.name),
                ),
                **(_aid_meta(obj) if kind == "aide" else {}),
            )
        )
    return results


def _aid_meta(aid):
    """An aid's meta line: who funds it, until when, and whether it has closed."""
    return {"funder": aid.funder.label, "closes_on": aid.closes_on, "expired": aid.is_expired()}


def _result(kind, pk, pages, resources, request):
    """(object, date, year, commune, url) of one hit, or None if it is no longer there."""
    if kind == "ressource":
        obj = resources.get(pk)
        if obj is None:
            return None
        return obj, obj.created_at, obj.year, obj.commune, obj.get_absolute_url()
    page = pages.get(pk)
    obj = getattr(page, PAGE_CHILDREN[kind][0], None) if page else None
    if obj is None:
        return None
    if kind == "evenement":
        date, year, commune = obj.start or obj.first_published_at, None, obj.host_commune
    elif kind == "aide":
        # The meta line shows the closing date (the year the facet counts), not a year.
        return obj, obj.first_published_at, None, None, obj.get_url(request)
    else:
        date, year, commune = obj.first_published_at, None, None
        if kind == "experience":
            year, commune = obj.year_start, obj.commune
    if kind != "experience" and date:
        year = timezone.localtime(date).year
    return obj, date, year, commune, obj.get_url(request)
