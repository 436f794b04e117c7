"""Which pages the public may see, without the extra query of Wagtail's `.public()`.

Wagtail's `PageQuerySet.public()` first loads every PageViewRestriction, then builds its
filter: one more query each time a listing is built. Here the restricted pages' paths come from
reseau.routing's directory (read once per process, dropped when a restriction changes): a page
is private when a restriction sits on it or on one of its ancestors, i.e. on a page whose tree
path is a prefix of its own. With no restriction, as usual, the filter adds nothing to the SQL.
"""

from functools import reduce
from operator import or_

from django.db.models import Q

from reseau.routing import restricted_paths


def public_q(page=""):
    """The condition "not in a section restricted by a PageViewRestriction", for pages or,
    with `page` (a lookup such as "experiencesheetpage"), for rows that point at pages."""
    prefix = f"{page}__" if page else ""
    paths = restricted_paths()
    if not paths:
        return Q()
    return ~reduce(or_, (Q(**{f"{prefix}path__startswith": path}) for path in paths))


def public(queryset):
    """Pages of `queryset` that are not in a section restricted by a PageViewRestriction."""
    return queryset.filter(public_q())


def live_public(model):
    """Live pages of `model` that anyone may see."""
    return public(model.objects.live())
