"""Facet counts (theme, type, commune, year) over the visible results, through the ORM. An aid
has no commune, and its year is its closing date's.

Each facet is counted over the rows the OTHER facets let through, so a visitor sees how many
results ticking one more box would add. Every count is a `values().annotate(Count())` over the
visible rows of one side (pages, or the resources the user may open); all of them, and for a
search the rows that pass every filter (the hits, with their dates), are read in ONE query, a
UNION ALL of those querysets. Rows are (facet, key, label, count, date).
"""

from functools import cached_property, reduce
from operator import or_

from django.db.models import (
    Case,
    CharField,
    Count,
    DateTimeField,
    F,
    IntegerField,
    Q,
    Value,
    When,
)
from django.db.models.functions import Cast, Coalesce, ExtractYear

from search.kinds import PAGE_CHILDREN, RESOURCE_THEMES, RESOURCE_TYPE_KEY, kind_by_key

FACETS = ("theme", "type", "commune", "year")
# A filter that lets no row of a side through (the type facet, ticked for other kinds only).
EXCLUDED = Q(pk__in=[])
NO_LABEL = Cast(Value(None), output_field=CharField())
NO_DATE = Cast(Value(None), output_field=DateTimeField())
COLUMNS = ("facet", "key", "label", "n", "when")


def no_filters():
    return {name: set() for name in FACETS}


def _counted(rows, facet, key, label=NO_LABEL):
    """(facet, key, label, count, no date) rows: `rows` grouped by `key` (and `label`)."""
    return (
        rows.order_by()
        .values(key=key, label=label)
        .annotate(facet=Value(facet), n=Count("pk"), when=NO_DATE)
        .values_list(*COLUMNS)
    )


def _themes_counted(through, owner, rows):
    """The theme facet over `rows`: their links to themes, grouped by theme."""
    links = through.objects.filter(**{f"{owner}__in": rows.order_by().values("pk")})
    return _counted(links, "theme", F("theme_id"))


class _Side:
    """What both sides share: a facet's rows are the base rows that pass the OTHER flags."""

    @cached_property
    def base(self):
        return self.queryset()

    def passing(self, flags, skip=None):
        return self.base.filter(*(flag for name, flag in flags.items() if name != skip))

    def parts(self, filters, hits=False):
        """The side's querysets of (facet, key, label, count, date) rows."""
        flags = self.flags(filters)
        parts = [
            _counted(self.passing(flags, "type"), "type", self.kind_key),
            _counted(
                self.passing(flags, "commune").filter(_commune__gt=0),
                "commune",
                F("_commune"),
                F("_commune_name"),
            ),
            _counted(self.passing(flags, "year").filter(_year__gt=0), "year", F("_year")),
            *(
                _themes_counted(through, owner, self.passing(flags, "theme"))
                for through, owner in self.theme_links
            ),
        ]
        if hits:
            parts.append(self.hit_rows(filters).annotate(facet=Value("hit")).values_list(*COLUMNS))
        return parts

    def flags(self, filters):
        """{facet: condition} for each facet that filters; the side says how types filter."""
        flags = {}
        if filters["type"]:
            flags["type"] = self.type_flag(filters["type"])
        if filters["theme"]:
            flags["theme"] = reduce(
                or_,
                (
                    Q(pk__in=through.objects.filter(theme_id__in=filters["theme"]).values(owner))
                    for through, owner in self.theme_links
                ),
            )
        if filters["commune"]:
            flags["commune"] = Q(_commune__in=filters["commune"])
        if filters["year"]:
            flags["year"] = Q(_year__in=filters["year"])
        return flags

    def hit_rows(self, filters):
        """The rows that every filter lets through: (kind key, pk, date)."""
        return (
            self.passing(self.flags(filters))
            .order_by()
            .annotate(key=F("pk"), label=NO_LABEL, n=self.kind_key, when=F("_date"))
        )


class PageSide(_Side):
    """The visible pages of some kinds (restricted to candidates when there is a query)."""

    def __init__(self, kinds, pages, scores):
        self.kinds, self.pages, self.scores = kinds, pages, scores
        self.content_types = {kind: key for key, kind in kind_by_key().items()}
        self.kind_key = F("content_type_id")
        self.theme_links = [PAGE_CHILDREN[k][1:] for k in kinds]

    def queryset(self):
        pages = self.pages if self.scores is None else self.pages.filter(pk__in=list(self.scores))
        date = Coalesce(F("eventpage__start"), F("first_published_at"))
        dated = [self.content_types[kind] for kind in ("technique", "evenement", "faq")]
        # An aid's year is its closing date's (none without one): the date its hit shows.
        return pages.annotate(
            _date=date,
            _year=Case(
                When(content_type_id__in=dated, then=Cast(ExtractYear(date), IntegerField())),
                When(
                    content_type_id=self.content_types["aide"],
                    then=Cast(ExtractYear("aidpage__closes_on"), IntegerField()),
                ),
                default=F("experiencesheetpage__year_start"),
                output_field=IntegerField(),
            ),
            _commune=Coalesce(
                F("experiencesheetpage__commune_id"), F("eventpage__host_commune_id")
            ),
            _commune_name=Coalesce(
                F("experiencesheetpage__commune__name"), F("eventpage__host_commune__name")
            ),
        )

    def type_flag(self, types):
        kinds = [k for k in self.kinds if k in types]
        return Q(content_type_id__in=[self.content_types[k] for k in kinds]) if kinds else EXCLUDED


class ResourceSide(_Side):
    """The resources this user may open (`resources`, from members_area.permissions), restricted
    to candidates when there is a query."""

    def __init__(self, resources, scores):
        self.resources, self.scores = resources, scores
        self.kind_key = Value(RESOURCE_TYPE_KEY, output_field=IntegerField())
        self.theme_links = [RESOURCE_THEMES]

    def queryset(self):
        resources = self.resources
        if self.scores is not None:
            resources = resources.filter(pk__in=list(self.scores))
        return resources.annotate(
            _date=F("created_at"),
            _year=F("year"),
            _commune=F("commune_id"),
            _commune_name=F("commune__name"),
        )

    def type_flag(self, types):
        return Q() if "ressource" in types else EXCLUDED


def union(parts):
    return parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]


def count_facets(sides, filters, hits=False):
    """({facet: {value: count}}, {commune id: name}, [(kind, pk, date)] of the hits) in one
    query; the hits only with `hits` (a search, whose candidates are at most a few thousand)."""
    facets = {name: {} for name in FACETS}
    communes, found = {}, []
    parts = [part for side in sides for part in side.parts(filters, hits=hits)]
    if not parts:
        return facets, communes, found
    kind_of = kind_by_key()
    for facet, key, label, n, when in union(parts):
        if facet == "hit":
            found.append((kind_of[n], key, when))
            continue
        if not n or key is None:
            continue
        if facet == "type":
            key = kind_of.get(key)
        elif facet == "commune":
            communes[key] = label or ""
        bucket = facets[facet]
        bucket[key] = bucket.get(key, 0) + n
    return facets, communes, found
