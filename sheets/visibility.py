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


def public(queryset):
    """Pages of `queryset` that are not in a section restricted by a PageViewRestriction."""
    paths = restricted_paths()
    if not paths:
        return queryset
    return queryset.exclude(reduce(or_, (Q(path__startswith=path) for path in paths)))


def live_public(model):
    """Live pages of `model` that anyone may see."""
    return public(model.objects.live())
