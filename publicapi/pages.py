"""Which page types the public API shows: those whose model declares `api_fields` (what every
visitor may see of it). A page type without them (the join page, the letters, a plugin's
members-only page) stays out, whatever its restrictions."""

from django.core.exceptions import FieldDoesNotExist
from wagtail.images.models import AbstractImage
from wagtail.models import get_page_models


def public_page_models():
    """The page models that opt in to the public API, by declaring `api_fields`."""
    return [model for model in get_page_models() if getattr(model, "api_fields", None) is not None]


def with_related(queryset, field_names):
    """`queryset` reading the relations among `field_names` with it: a join for a foreign key
    (and the renditions of an image), one query per many-to-many or child relation. A listing
    then runs the same number of queries for 2 pages or 20."""
    model = queryset.model
    joins, prefetches = [], []
    for name in field_names:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.many_to_one or field.one_to_one:
            joins.append(name)
            if issubclass(field.related_model, AbstractImage):
                prefetches.append(f"{name}__renditions")
        elif field.many_to_many or field.one_to_many:
            prefetches.append(name)
    return queryset.select_related(*joins).prefetch_related(*prefetches)
