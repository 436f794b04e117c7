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
items each choice would give. All the counts and the total come from one query
(`facet_counts`), plus one for the names of the themes and one for the communes offered,
whatever the item count.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from functools import reduce
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import BooleanField, ExpressionWrapper, F, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
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


def options_html(options):
    """The <option> tags of a filter's select, values and labels escaped: hundreds of options
    (one per commune) cost a few milliseconds as template nodes, most of it in formatting each
    count through the locale machinery (counts are plain integers, shown without grouping)."""
    return mark_safe(  # noqa: S308 - every value escaped here
        "\n".join(
            f'<option value="{escape(option.value)}"{" selected" if option.selected else ""}>'
            f"{escape(option.label)} ({int(option.count)})</option>"
            for option in options
        )
    )


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

    @property
    def options_html(self):
        return options_html(self.options)


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
    """Base class: clean a raw value, apply it, say which rows match it, and count the options.

    Counting goes through `facet_counts()`: a filter names the columns it groups by
    (`facet_columns`), writes its branch of the counting query (`facet_branch`) and turns the
    counts into options (`options_from_counts`)."""

    param = ""
    label = ""
    all_label = _("Tous")
    two_keys = False  # counts keyed by one value, or by a (key 1, key 2) pair

    def clean(self, raw: str):
        """The cleaned value, or None when the raw value is unusable (then ignored)."""
        raise NotImplementedError

    def apply(self, queryset, value):
        return queryset.filter(self.match(value, queryset.model))

    def match(self, value, model):
        """A boolean expression: does a row of `model` pass this filter with `value`? The one
        rule behind both the filtered list (`apply`) and the counts (`facet_counts`)."""
        raise NotImplementedError

    def facet_columns(self, model) -> dict:
        """Expressions the counting query reads for this facet, by short name."""
        return {}

    def facet_branch(self, model, column, where, connection, count) -> str:
        """SQL of this facet's counts over the common table `base` (alias `b`): rows of
        (facet name placeholder, key 1, key 2, count), keys as text. `column(name)` gives
        the quoted column of one of `facet_columns`; `where` filters the rows; `count` is
        the aggregate that counts them (COUNT(*) when each object is one row of `base`)."""
        key = column("key")
        return (
            f"SELECT %s, CAST({key} AS TEXT), CAST(NULL AS TEXT), {count} "  # noqa: S608 - quoted names of our own columns; values are parameters
            f"FROM base b{where} GROUP BY {key}"
        )

    def options_from_counts(self, counts: dict, value, model) -> list[Option]:
        raise NotImplementedError

    def options(self, queryset, value) -> list[Option]:
        """This facet's options with their counts over `queryset` (one query, or two when the
        options need names: themes, communes)."""
        counts, _total = facet_counts(queryset, [self], {})
        return self.options_from_counts(counts[self.param], value, queryset.model)

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

    def match(self, value, model):
        from django.db.models import Exists, OuterRef

        field = model._meta.get_field(self.field_name)
        links = field.remote_field.through.objects.filter(
            **{field.m2m_field_name(): OuterRef("pk"), field.m2m_reverse_field_name(): value.pk}
        )
        return Exists(links)

    def facet_branch(self, model, column, where, connection, count):
        field = model._meta.get_field(self.field_name)
        table = field.remote_field.through._meta.db_table
        source, target = field.m2m_column_name(), field.m2m_reverse_name()
        quote = connection.ops.quote_name
        theme = f"t.{quote(target)}"
        return (
            f"SELECT %s, CAST({theme} AS TEXT), CAST(NULL AS TEXT), {count} "  # noqa: S608
            f"FROM base b INNER JOIN {quote(table)} t ON t.{quote(source)} = b.row_id"
            f"{where} GROUP BY {theme}"
        )

    def options_from_counts(self, counts, value, model):
        """The locale's themes that have results, in their editorial order."""
        return [
            Option(theme.slug, theme.name, counts.get(str(theme.pk), 0), value == theme)
            for theme in self._themes()
            if counts.get(str(theme.pk)) or value == theme
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

    def match(self, value, model):
        return Q(**{self.field_name: value.pk})

    def facet_columns(self, model):
        return {"key": F(f"{self.field_name}_id")}

    def options_from_counts(self, counts, value, model):
        communes = model._meta.get_field(self.field_name).related_model
        ids = [int(key) for key in counts if key is not None]
        rows = (
            communes.objects.filter(pk__in=ids).order_by("name").values_list("pk", "slug", "name")
        )
        options = [
            Option(slug, name, counts[str(pk)], value is not None and value.pk == pk)
            for pk, slug, name in rows
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

    def match(self, value, model):
        return Q(**{self.field_name: value})

    def facet_columns(self, model):
        return {"key": F(self.field_name)}

    def options_from_counts(self, counts, value, model):
        return [
            Option(key, str(label), counts.get(str(key), 0), key == value)
            for key, label in self.choices
            if counts.get(str(key)) or key == value
        ]


class YearFilter(ListingFilter):
    """The year of a date or year field (`?year=2016`), most recent first."""

    param = "year"
    label = _("Année")
    all_label = _("Toutes les années")

    def __init__(self, field_name="start", is_date=True):
        self.field_name = field_name
        self.is_date = is_date
        self.lookup = f"{field_name}__year" if is_date else field_name

    def clean(self, raw):
        if not YEAR_RE.match(raw):
            return None
        year = int(raw)
        return year if MIN_YEAR <= year <= MAX_YEAR else None

    def match(self, value, model):
        return Q(**{self.lookup: value})

    def facet_columns(self, model):
        # The year in the site's time zone, as the `__year` lookup of `apply` reads it.
        return {"key": ExtractYear(self.field_name) if self.is_date else F(self.field_name)}

    def options_from_counts(self, counts, value, model):
        years = {int(key): n for key, n in counts.items() if key is not None}
        if value is not None:
            years.setdefault(value, 0)
        return [
            Option(str(year), str(year), n, year == value)
            for year, n in sorted(years.items(), key=lambda kv: -kv[0])
        ]


class YearRangeFilter(YearFilter):
    """Projects running during a year: started that year or before, ended that year or after
    (or not ended yet). `?year=2016` finds a project led from 2014 to 2017."""

    two_keys = True  # (start, end) pairs

    def __init__(self, start_field="year_start", end_field="year_end"):
        self.start_field = start_field
        self.end_field = end_field

    def match(self, value, model):
        return Q(**{f"{self.start_field}__lte": value}) & (
            Q(**{f"{self.end_field}__gte": value}) | Q(**{f"{self.end_field}__isnull": True})
        )

    def facet_columns(self, model):
        return {"start": F(self.start_field), "end": F(self.end_field)}

    def facet_branch(self, model, column, where, connection, count):
        # One row per (start, end) pair with its number of items, not one per item.
        start, end = column("start"), column("end")
        return (
            f"SELECT %s, CAST({start} AS TEXT), CAST({end} AS TEXT), {count} "  # noqa: S608
            f"FROM base b{where} GROUP BY {start}, {end}"
        )

    def options_from_counts(self, counts, value, model):
        this_year = timezone.localdate().year
        years: dict[int, int] = {}
        for (start, end), n in counts.items():
            if start is None:
                continue
            start = int(start)
            last = int(end) if end is not None else max(this_year, start)
            for year in range(start, max(start, last) + 1):
                years[year] = years.get(year, 0) + n
        if value is not None:
            years.setdefault(value, 0)
        return [
            Option(str(year), str(year), n, year == value)
            for year, n in sorted(years.items(), key=lambda kv: -kv[0])
        ]


def facet_counts(queryset, filters, values):
    """Every facet's counts and the number of results, in one query:
    ({param: {key: count}}, total). Keys are text (two-key facets: a (key 1, key 2) pair).

    The listing's rows before any filter are read once, into a common table, each with a flag
    per applied filter; each facet groups the rows that pass the OTHER filters, the total counts
    those that pass them all. (Each facet and the total used to re-read and re-join the listing
    on its own: five queries of 10 to 30 ms each over 10,000 sheets on PostgreSQL.)"""
    from django.db import connections

    model = queryset.model
    connection = connections[queryset.db]
    quote = connection.ops.quote_name
    annotations = {"row_id": F("pk")}
    for spec in filters:
        for name, expression in spec.facet_columns(model).items():
            annotations[f"f_{spec.param}_{name}"] = expression
        if spec.param in values:
            annotations[f"m_{spec.param}"] = ExpressionWrapper(
                spec.match(values[spec.param], model), output_field=BooleanField()
            )
    base = queryset.order_by().annotate(**annotations)
    applied = [spec.param for spec in filters if spec.param in values]
    if len(applied) > 1:
        # A row that fails two applied filters counts nowhere: each facet lets through the
        # rows that pass all the other filters. Leaving those rows out of the common table
        # spares writing most of the listing into it (10,000 sheets, two filters: 6,000 rows).
        base = base.filter(
            reduce(
                operator.or_,
                (
                    Q(**{f"m_{param}": True for param in applied if param != failed})
                    for failed in applied
                ),
            )
        )
    base = base.values(*annotations)
    base_sql, base_params = base.query.get_compiler(using=queryset.db).as_sql()
    # Each object is one row of the listing unless a join multiplies them (a filter through a
    # many-to-many relation): then rows are counted once per object.
    counted = "COUNT(*)" if _one_row_per_object(base.query) else "COUNT(DISTINCT b.row_id)"

    def where(excluding=None):
        flags = [f"b.{quote('m_' + param)}" for param in values if param != excluding]
        return f" WHERE {' AND '.join(flags)}" if flags else ""

    branches = [
        f"SELECT %s, CAST(NULL AS TEXT), CAST(NULL AS TEXT), {counted} "  # noqa: S608
        f"FROM base b{where()}"
    ]
    names = [""]
    for spec in filters:
        branches.append(
            spec.facet_branch(
                model,
                lambda name, spec=spec: f"b.{quote(f'f_{spec.param}_{name}')}",
                where(excluding=spec.param),
                connection,
                counted,
            )
        )
        names.append(spec.param)
    sql = f"WITH base AS ({base_sql}) " + " UNION ALL ".join(branches)
    counts = {spec.param: {} for spec in filters}
    total = 0
    with connection.cursor() as cursor:
        cursor.execute(sql, (*base_params, *names))
        rows = cursor.fetchall()
    two_keys = {spec.param for spec in filters if spec.two_keys}
    for name, key, second, n in rows:
        if name == "":
            total = n
        elif name in two_keys:
            counts[name][(key, second)] = n
        else:
            counts[name][key] = n
    return counts, total


def _one_row_per_object(query):
    """True when no join of `query` can repeat an object: only forward foreign keys, one-to-one
    links and parent tables (a many-to-many or reverse foreign key join may)."""
    for join in query.alias_map.values():
        field = getattr(join, "join_field", None)
        if field is None:  # the base table
            continue
        if getattr(field, "many_to_many", False) or getattr(field, "one_to_many", False):
            return False
    return True


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

    def filtered():
        result = queryset
        for spec in filters:
            if spec.param in values:
                result = spec.apply(result, values[spec.param])
        return result

    facets = []
    active = []
    params = {
        spec.param: spec.as_param(values[spec.param]) for spec in filters if spec.param in values
    }
    counts, total = facet_counts(queryset, filters, values)
    for spec in filters:
        value = values.get(spec.param)
        options = spec.options_from_counts(counts[spec.param], value, queryset.model)
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
    paginator.count = total  # counted with the facets: no COUNT query of its own
    page_obj = paginator.get_page(_last_value(request.GET, page_param) or 1)
    return Listing(
        page_obj=page_obj,
        paginator=paginator,
        facets=facets,
        active=active,
        values=values,
        querystring=urlencode(params),
    )
