"""Listing filters read from the query string: theme, commune, status, year, page.

Shared by every listing of the public site (experience sheets, technical sheets, events). The
query string is untrusted input: an unknown or malformed value is ignored (never a 500), a
repeated parameter keeps its last value, `page` outside the range gives the nearest page.

    listing = filter_listing(
        request,
        ExperienceSheetPage.objects.live().child_of(self),
        [ThemeFilter(), CommuneFilter(), ChoiceFilter("status", _("État"), ExperienceStatus.choices),
         YearRangeFilter("year_start", "year_end")],
        per_page=12,
    )

`listing.page_obj` is a Django Page of results, `listing.facets` the form's fields with their
options and counts, `listing.active` the applied filters each with a URL that removes it, and
`listing.querystring` the cleaned parameters (without `page`) for pagination links.

Each facet's counts are computed on the results of the OTHER filters, so a visitor sees how many
items each choice would give. Every facet costs one or two queries, whatever the item count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")
YEAR_RE = re.compile(r"^\d{4}$")
MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    count: int
    selected: bool = False


@dataclass
class Facet:
    """One field of the filter form: its GET parameter, label, options and chosen value."""

    param: str
    label: str
    options: list[Option]
    value: str = ""
    all_label: str = ""

    @property
    def selected(self):
        return next((o for o in self.options if o.selected), None)


@dataclass
class ActiveFilter:
    param: str
    label: str
    value_label: str
    remove_url: str


@dataclass
class Listing:
    page_obj: object
    paginator: Paginator
    facets: list[Facet]
    active: list[ActiveFilter]
    values: dict[str, object] = field(default_factory=dict)
    querystring: str = ""

    @property
    def items(self):
        return self.page_obj.object_list

    @property
    def count(self):
        return self.paginator.count

    @property
    def is_filtered(self):
        return bool(self.active)


class ListingFilter:
    """Base class: clean a raw value, apply it, list the options with counts."""

    param = ""
    label = ""
    all_label = _("Tous")

    def clean(self, raw: str):
        """The cleaned value, or None when the raw value is unusable (then ignored)."""
        raise NotImplementedError

    def apply(self, queryset, value):
        raise NotImplementedError

    def options(self, queryset, value) -> list[Option]:
        raise NotImplementedError

    def value_label(self, value, options) -> str:
        selected = next((o for o in options if o.selected), None)
        return selected.label if selected else str(value)

    def as_param(self, value) -> str:
        return str(value)


class ThemeFilter(ListingFilter):
    """Themes of the current locale, by slug (`?theme=energie`)."""

    param = "theme"
    label = _("Thème")
    all_label = _("Tous les thèmes")

    def __init__(self, field_name="themes", locale=None):
        self.field_name = field_name
        self.locale = locale

    def _themes(self):
        from sheets.models import Theme

        themes = Theme.objects.all()
        if self.locale is not None:
            themes = themes.filter(locale=self.locale)
        return themes

    def clean(self, raw):
        if not SLUG_RE.match(raw):
            return None
        return self._themes().filter(slug=raw).first()

    def apply(self, queryset, value):
        return queryset.filter(**{self.field_name: value.pk})

    def options(self, queryset, value):
        """The locale's themes that have results, with their counts: one query."""
        related = queryset.model._meta.get_field(self.field_name).related_query_name()
        themes = self._themes().annotate(
            n=Count(
                related,
                filter=Q(**{f"{related}__in": queryset.order_by().values("pk")}),
                distinct=True,
            )
        )
        return [
            Option(theme.slug, theme.name, theme.n, value == theme)
            for theme in themes
            if theme.n or value == theme
        ]

    def as_param(self, value):
        return value.slug

    def value_label(self, value, options):
        return value.name


class CommuneFilter(ListingFilter):
    """Communes by slug (`?commune=bais`); only communes having results are offered."""

    param = "commune"
    label = _("Commune")
    all_label = _("Toutes les communes")

    def __init__(self, field_name="commune"):
        self.field_name = field_name

    def clean(self, raw):
        from sheets.models import Commune

        if not SLUG_RE.match(raw):
            return None
        return Commune.objects.filter(slug=raw).first()

    def apply(self, queryset, value):
        return queryset.filter(**{self.field_name: value.pk})

    def options(self, queryset, value):
        rows = (
            queryset.order_by()
            .filter(**{f"{self.field_name}__isnull": False})
            .values_list(self.field_name, f"{self.field_name}__slug", f"{self.field_name}__name")
            .annotate(n=Count("pk", distinct=True))
            .order_by(f"{self.field_name}__name")
        )
        options = [
            Option(slug, name, n, value is not None and value.pk == pk)
            for pk, slug, name, n in rows
        ]
        if value is not None and not any(o.selected for o in options):
            options.append(Option(value.slug, value.name, 0, True))
            options.sort(key=lambda o: o.label)
        return options

    def as_param(self, value):
        return value.slug

    def value_label(self, value, options):
        return value.name


class ChoiceFilter(ListingFilter):
    """A field with fixed choices (`?status=realise`)."""

    def __init__(self, param, label, choices, field_name=None, all_label=None):
        self.param = param
        self.label = label
        self.choices = list(choices)
        self.field_name = field_name or param
        if all_label is not None:
            self.all_label = all_label

    def clean(self, raw):
        return raw if raw in dict(self.choices) else None

    def apply(self, queryset, value):
        return queryset.filter(**{self.field_name: value})

    def options(self, queryset, value):
        counts = dict(
            queryset.order_by().values_list(self.field_name).annotate(n=Count("pk", distinct=True))
        )
        return [
            Option(key, str(label), counts.get(key, 0), key == value)
            for key, label in self.choices
            if counts.get(key) or key == value
        ]


class YearFilter(ListingFilter):
    """The year of a date or year field (`?year=2016`), most recent first."""

    param = "year"
    label = _("Année")
    all_label = _("Toutes les années")

    def __init__(self, field_name="start", is_date=True):
        self.field_name = field_name
        self.lookup = f"{field_name}__year" if is_date else field_name

    def clean(self, raw):
        if not YEAR_RE.match(raw):
            return None
        year = int(raw)
        return year if MIN_YEAR <= year <= MAX_YEAR else None

    def apply(self, queryset, value):
        return queryset.filter(**{self.lookup: value})

    def options(self, queryset, value):
        counts = dict(
            queryset.order_by().values_list(self.lookup).annotate(n=Count("pk", distinct=True))
        )
        if value is not None:
            counts.setdefault(value, 0)
        return [
            Option(str(year), str(year), n, year == value)
            for year, n in sorted(counts.items(), key=lambda kv: -kv[0])
            if year is not None
        ]


class YearRangeFilter(YearFilter):
    """Projects running during a year: started that year or before, ended that year or after
    (or not ended yet). `?year=2016` finds a project led from 2014 to 2017."""

    def __init__(self, start_field="year_start", end_field="year_end"):
        self.start_field = start_field
        self.end_field = end_field

    def apply(self, queryset, value):
        return queryset.filter(
            Q(**{f"{self.start_field}__lte": value})
            & (Q(**{f"{self.end_field}__gte": value}) | Q(**{f"{self.end_field}__isnull": True}))
        )

    def options(self, queryset, value):
        this_year = timezone.localdate().year
        counts: dict[int, int] = {}
        # One row per (start, end) pair with its number of items, not one per item.
        pairs = (
            queryset.order_by()
            .values_list(self.start_field, self.end_field)
            .annotate(n=Count("pk", distinct=True))
        )
        for start, end, n in pairs:
            if start is None:
                continue
            last = end if end is not None else max(this_year, start)
            for year in range(start, max(start, last) + 1):
                counts[year] = counts.get(year, 0) + n
        if value is not None:
            counts.setdefault(value, 0)
        return [
            Option(str(year), str(year), n, year == value)
            for year, n in sorted(counts.items(), key=lambda kv: -kv[0])
        ]


def _last_value(query_dict, key) -> str:
    """The parameter's last value, stripped; '' when absent (repeated params: last one wins)."""
    values = query_dict.getlist(key)
    return values[-1].strip() if values else ""


def filter_listing(request, queryset, filters, *, per_page=12, page_param="page") -> Listing:
    """Apply the request's filters to `queryset` and paginate it (see the module docstring)."""
    values = {}
    for spec in filters:
        raw = _last_value(request.GET, spec.param)
        value = spec.clean(raw) if raw else None
        if value is not None:
            values[spec.param] = value

    def filtered(excluding=None):
        result = queryset
        for spec in filters:
            if spec.param != excluding and spec.param in values:
                result = spec.apply(result, values[spec.param])
        return result

    facets = []
    active = []
    params = {
        spec.param: spec.as_param(values[spec.param]) for spec in filters if spec.param in values
    }
    for spec in filters:
        value = values.get(spec.param)
        options = spec.options(filtered(excluding=spec.param), value)
        facets.append(
            Facet(
                spec.param,
                spec.label,
                options,
                params.get(spec.param, ""),
                all_label=spec.all_label,
            )
        )
        if value is not None:
            remaining = {k: v for k, v in params.items() if k != spec.param}
            active.append(
                ActiveFilter(
                    spec.param,
                    spec.label,
                    spec.value_label(value, options),
                    f"{request.path}?{urlencode(remaining)}" if remaining else request.path,
                )
            )

    paginator = Paginator(filtered(), max(1, min(per_page or 12, 100)))
    page_obj = paginator.get_page(_last_value(request.GET, page_param) or 1)
    return Listing(
        page_obj=page_obj,
        paginator=paginator,
        facets=facets,
        active=active,
        values=values,
        querystring=urlencode(params),
    )
