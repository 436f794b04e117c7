"""The alerts' figures for the facilitator's dashboard, each in one query whatever the number of
subscribers: confirmed subscribers per theme, the totals by state, the last days' digests."""

from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce, TruncDate
from wagtail.models import Locale

from sheets.models import Theme

from . import states
from .models import Digest, DigestStatus, Subscriber

ChosenTheme = Subscriber.themes.through


def themes_followed():
    """The default language's themes, each with `subscribers`: how many confirmed subscribers
    chose it (in whichever language they chose it)."""
    per_theme = (
        ChosenTheme.objects.filter(
            theme__translation_key=OuterRef("translation_key"),
            subscriber__in=Subscriber.objects.filter(states.QUERIES[states.CONFIRMED]),
        )
        .order_by()
        .values("theme__translation_key")
        .annotate(n=Count("subscriber_id", distinct=True))
        .values("n")
    )
    return (
        Theme.objects.filter(locale=Locale.get_default())
        .annotate(subscribers=Coalesce(Subquery(per_theme, output_field=IntegerField()), Value(0)))
        .order_by("sort_order", "name")
    )


def totals():
    """{confirmed, all_themes (confirmed, no theme chosen: they follow all), awaiting, paused}."""
    chose_a_theme = Exists(ChosenTheme.objects.filter(subscriber=OuterRef("pk")))
    return Subscriber.objects.annotate(chose_a_theme=chose_a_theme).aggregate(
        **{
            name: Count("pk", filter=states.QUERIES[state])
            for name, state in (
                ("confirmed", states.CONFIRMED),
                ("awaiting", states.AWAITING),
                ("paused", states.PAUSED),
            )
        },
        all_themes=Count("pk", filter=states.QUERIES[states.CONFIRMED] & Q(chose_a_theme=False)),
    )


def last_sends(days=7):
    """The last `days` days on which digests were prepared, newest first: {day, sent, empty,
    failed, pending} (pending: queued or being sent)."""
    by_status = {
        "sent": Q(status=DigestStatus.SENT),
        "empty": Q(status=DigestStatus.EMPTY),
        "failed": Q(status=DigestStatus.FAILED),
        "pending": Q(status__in=[DigestStatus.QUEUED, DigestStatus.SENDING]),
    }
    return list(
        Digest.objects.annotate(day=TruncDate("created_at"))
        .order_by()
        .values("day")
        .annotate(**{name: Count("pk", filter=q) for name, q in by_status.items()})
        .order_by("-day")[:days]
    )
