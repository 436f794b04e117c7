"""The kinds of listing filter: theme, commune, a field with fixed choices, year, year range."""

from __future__ import annotations

from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .base import MAX_YEAR, MIN_YEAR, SLUG_RE, YEAR_RE, ListingFilter, Option, count_rows


class ThemeFilter(ListingFilter):
    """Themes of the current locale, by slug (`?theme=energie`), through a many-to-many. A
    theme's slug is the same in every language: the filter and its counts go by slug, so that
    the French sheets an English list shows (core.fallback) count under the English theme."""

    param = "theme"
    label = _("Thème")
    all_label = _("Tous les thèmes")

    def __init__(self, field_name="themes", locale=None):
        self.field_name = field_name
        self.locale = locale
        self.theme_lists = {}

    def _themes(self, model):
        """The locale's themes, read once by this filter (made for one request): the chosen
        theme is picked from the list the options show."""
        theme_model = model._meta.get_field(self.field_name).related_model
        if theme_model not in self.theme_lists:
            themes = theme_model.objects.all()
            if self.locale is not None:
                themes = themes.filter(locale=self.locale)
            self.theme_lists[theme_model] = list(themes)
        return self.theme_lists[theme_model]

    def _links(self, model):
        """The link model and its two foreign keys' names: to the object, to the theme."""
        field = model._meta.get_field(self.field_name)
        return field.remote_field.through, field.m2m_field_name(), field.m2m_reverse_field_name()

    def clean(self, raw, model):
        if not SLUG_RE.match(raw):
            return None
        return next((theme for theme in self._themes(model) if theme.slug == raw), None)

    def match(self, value, model):
        links, source, target = self._links(model)
        return Exists(
            links.objects.filter(**{source: OuterRef("pk"), f"{target}__slug": value.slug})
        )

    def facet_rows(self, rows):
        # Counted over the links of the listed objects: an object counts once per theme.
        links, source, target = self._links(rows.model)
        links = links.objects.filter(**{f"{source}__in": rows.values("pk")})
        return count_rows(links, self.param, [F(f"{target}__slug")], counted=source)

    def options_from_counts(self, counts, value, model):
        """The locale's themes that have results, in their editorial order."""
        return [
            Option(theme.slug, theme.name, counts.get(theme.slug, 0), value == theme)
            for theme in self._themes(model)
            if counts.get(theme.slug) or value == theme
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

    def _communes(self, model):
        return model._meta.get_field(self.field_name).related_model.objects.all()

    def clean(self, raw, model):
        if not SLUG_RE.match(raw):
            return None
        return self._communes(model).filter(slug=raw).first()

    def match(self, value, model):
        return Q(**{self.field_name: value.pk})

    def facet_keys(self, model):
        return [F(self.field_name)]

    def options_from_counts(self, counts, value, model):
        ids = [int(key) for key in counts if key is not None]
        rows = (
            self._communes(model)
            .filter(pk__in=ids)
            .order_by("name")
            .values_list("pk", "slug", "name")
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

    def clean(self, raw, model):
        return raw if raw in dict(self.choices) else None

    def match(self, value, model):
        return Q(**{self.field_name: value})

    def facet_keys(self, model):
        return [F(self.field_name)]

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

    def clean(self, raw, model):
        if not YEAR_RE.match(raw):
            return None
        year = int(raw)
        return year if MIN_YEAR <= year <= MAX_YEAR else None

    def match(self, value, model):
        return Q(**{self.lookup: value})

    def facet_keys(self, model):
        # The year in the site's time zone, as the `__year` lookup of `match` reads it.
        return [ExtractYear(self.field_name) if self.is_date else F(self.field_name)]

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

    def facet_keys(self, model):
        # One row per (start, end) pair with its number of items, not one per item.
        return [F(self.start_field), F(self.end_field)]

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
