"""Which pages the public may see, without the extra query of Wagtail's `.public()`.

Wagtail's `PageQuerySet.public()` first loads every PageViewRestriction, then builds its
filter: one more query each time a listing is built (three or four per page here). The same
rule as a correlated NOT EXISTS costs nothing more: a page is private when a view restriction
sits on it or on one of its ancestors, i.e. on a page whose tree path is a prefix of its own.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public(queryset):
    """Pages of `queryset` that are not in a section restricted by a PageViewRestriction."""
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.filter(~Exists(restricted))


def live_public(model):
    """Live pages of `model` that anyone may see."""
    return public(model.objects.live())
