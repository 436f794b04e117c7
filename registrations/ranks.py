"""A registration's rank on its event's waiting list (1 for the first to get a freed place),
read in the same query as the registrations themselves, whatever their number."""

from django.db.models import Case, Count, IntegerField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import Coalesce

from .models import Registration, Status


def with_rank(queryset):
    """`queryset` with `rank` on each row: its place on the waiting list when it waits (first
    come, first served, as Registration.objects.waiting() orders them), else None."""
    ahead = (
        Registration.objects.filter(event_id=OuterRef("event_id"), status=Status.WAITING)
        .filter(
            Q(created_at__lt=OuterRef("created_at"))
            | Q(created_at=OuterRef("created_at"), pk__lt=OuterRef("pk"))
        )
        .order_by()
        .values("event_id")
        .annotate(count=Count("pk"))
        .values("count")
    )
    count = Coalesce(Subquery(ahead, output_field=IntegerField()), Value(0))
    return queryset.annotate(
        rank=Case(When(status=Status.WAITING, then=count + 1), output_field=IntegerField())
    )
