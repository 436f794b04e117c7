"""What a filtered listing hands its template, and the base class of its filters."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import CharField, Count, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")
YEAR_RE = re.compile(r"^\d{4}$")
MIN_YEAR, MAX_YEAR = 1990, 2100

# The columns of a facet's counting rows: which facet, its key (a second key for two-key
# facets), how many objects.
COUNT_COLUMNS = ("facet_name", "facet_key", "facet_key2", "facet_count")


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


def count_rows(rows, name, keys=(), counted="pk"):
    """One facet's counting rows (COUNT_COLUMNS): the objects of `rows` counted once each per
    value of `keys` (no key: one row, the total). Keys are cast to text so that every facet's
    rows can be read together in one UNION ALL (`facet_counts`); `counted` names the object
    when `rows` are link rows (a many-to-many's through model)."""
    keys = [Cast(key, output_field=CharField()) for key in keys]
    keys += [Value(None, output_field=CharField())] * (2 - len(keys))
    return (
        rows.order_by()
        .select_related(None)
        .prefetch_related(None)
        .annotate(
            facet_name=Value(name, output_field=CharField()),
            facet_key=keys[0],
            facet_key2=keys[1],
        )
        .values("facet_name", "facet_key", "facet_key2")
        .annotate(facet_count=Count(counted, distinct=True))
        .values_list(*COUNT_COLUMNS)
    )


class ListingFilter:
    """Base class: clean a raw value, say which rows match it, and count the options.

    A filter counts its options by the expressions of `facet_keys` (or overrides
    `facet_rows`), and turns the counts into options (`options_from_counts`)."""

    param = ""
    label = ""
    all_label = _("Tous")
    two_keys = False  # counts keyed by one value, or by a (key 1, key 2) pair

    def clean(self, raw: str, model):
        """The cleaned value, or None when the raw value is unusable (then ignored)."""
        raise NotImplementedError

    def apply(self, queryset, value):
        return queryset.filter(self.match(value, queryset.model))

    def match(self, value, model):
        """A boolean expression: does a row of `model` pass this filter with `value`? The one
        rule behind both the filtered list (`apply`) and the counts (`facet_counts`)."""
        raise NotImplementedError

    def facet_keys(self, model) -> list:
        """The expressions this facet's options are counted by: one, two when `two_keys`."""
        raise NotImplementedError

    def facet_rows(self, rows):
        """This facet's counting rows over `rows`, the listing filtered by the other filters."""
        return count_rows(rows, self.param, self.facet_keys(rows.model))

    def count_key(self, key, second):
        """The key of an option's count as read from the counting rows."""
        return (key, second) if self.two_keys else key

    def options_from_counts(self, counts: dict, value, model) -> list[Option]:
        raise NotImplementedError

    def options(self, queryset, value) -> list[Option]:
        """This facet's options with their counts over `queryset` (one query, or two when the
        options need names: themes, communes)."""
        counts = {
            self.count_key(key, second): n for _name, key, second, n in self.facet_rows(queryset)
        }
        return self.options_from_counts(counts, value, queryset.model)

    def value_label(self, value, options) -> str:
        selected = next((o for o in options if o.selected), None)
        return selected.label if selected else str(value)

    def as_param(self, value) -> str:
        return str(value)
