"""A listing filtered from the query string: the facets' counts and the page of results."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.paginator import Paginator

from .base import ActiveFilter, Facet, Listing, count_rows


def facet_counts(queryset, filters, values):
    """Every facet's counts and the number of results, in one query:
    ({param: {key: count}}, total). Keys are text (two-key facets: a (key 1, key 2) pair).

    Each facet counts the objects of `queryset` that pass every OTHER applied filter (what each
    of its options would give); the total counts those that pass them all. Each count is a
    grouped query of the ORM, and one UNION ALL reads them all."""
    model = queryset.model

    def passing(excluding=None):
        rows = queryset
        for spec in filters:
            if spec.param in values and spec.param != excluding:
                rows = rows.filter(spec.match(values[spec.param], model))
        return rows

    branches = [count_rows(passing(), "")]
    branches += [spec.facet_rows(passing(excluding=spec.param)) for spec in filters]
    rows = branches[0].union(*branches[1:], all=True) if filters else branches[0]
    by_param = {spec.param: spec for spec in filters}
    counts = {spec.param: {} for spec in filters}
    total = 0
    for name, key, second, n in rows:
        if name:
            counts[name][by_param[name].count_key(key, second)] = n
        else:
            total = n
    return counts, total


def _last_value(query_dict, key) -> str:
    """The parameter's last value, stripped; '' when absent (repeated params: last one wins)."""
    values = query_dict.getlist(key)
    return values[-1].strip() if values else ""


def filter_listing(request, queryset, filters, *, per_page=12, page_param="page") -> Listing:
    """Apply the request's filters to `queryset` and paginate it (see the package docstring).
    The counts and the total come from one query (`facet_counts`), the options' names from
    one query per facet that needs them (themes, communes), whatever the number of items."""
    model = queryset.model
    values = {}
    for spec in filters:
        raw = _last_value(request.GET, spec.param)
        value = spec.clean(raw, model) if raw else None
        if value is not None:
            values[spec.param] = value

    facets = []
    active = []
    params = {
        spec.param: spec.as_param(values[spec.param]) for spec in filters if spec.param in values
    }
    counts, total = facet_counts(queryset, filters, values)
    filtered = queryset
    for spec in filters:
        value = values.get(spec.param)
        options = spec.options_from_counts(counts[spec.param], value, model)
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
            filtered = spec.apply(filtered, value)
            remaining = {k: v for k, v in params.items() if k != spec.param}
            active.append(
                ActiveFilter(
                    spec.param,
                    spec.label,
                    spec.value_label(value, options),
                    f"{request.path}?{urlencode(remaining)}" if remaining else request.path,
                )
            )

    paginator = Paginator(filtered, max(1, min(per_page or 12, 100)))
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
