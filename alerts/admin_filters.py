"""The filters of the facilitator's alerts lists: subscribers by state, frequency, theme, kind
of content, member or visitor; digests by state and day; failed sends by kind."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale

from sheets.models import Theme

from . import states
from .admin_display import MEMBER, VISITOR
from .models import (
    ContentKind,
    DeliveryFailure,
    Digest,
    DigestStatus,
    FailureKind,
    Frequency,
    Subscriber,
)


def french_themes():
    """The themes in the site's default language (a subscriber's may be their translations)."""
    return Theme.objects.filter(locale=Locale.get_default()).order_by("sort_order", "name")


class SubscriberFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("État"),
        choices=states.FILTER_CHOICES,
        empty_label=_("Tous"),
        method="filter_state",
    )
    frequency = django_filters.ChoiceFilter(
        label=_("Fréquence"), choices=Frequency.choices, empty_label=_("Toutes")
    )
    theme = django_filters.ModelChoiceFilter(
        label=_("Thème choisi"),
        empty_label=_("Tous"),
        queryset=lambda request: french_themes(),
        method="filter_theme",
    )
    kind = django_filters.ChoiceFilter(
        label=_("Contenu suivi"),
        choices=ContentKind.choices,
        empty_label=_("Tous"),
        method="filter_kind",
    )
    member = django_filters.ChoiceFilter(
        label=_("Adhérent·e ou visiteur"),
        choices=[("member", MEMBER), ("visitor", VISITOR)],
        empty_label=_("Tous"),
        method="filter_member",
    )

    class Meta:
        model = Subscriber
        fields = ["state", "frequency", "theme", "kind", "member"]

    def filter_state(self, queryset, name, value):
        return queryset.filter(states.QUERIES[value])

    def filter_theme(self, queryset, name, value):
        """Who chose the theme, in whichever language they chose it."""
        chosen = Subscriber.themes.through.objects.filter(
            theme__translation_key=value.translation_key
        )
        return queryset.filter(pk__in=chosen.values("subscriber_id"))

    def filter_kind(self, queryset, name, value):
        # `kinds` is a JSON list of fixed slugs: its text holds the quoted slug. (`contains` on
        # a JSON list is not available on SQLite; `icontains` is, on every database.)
        return queryset.filter(kinds__icontains=f'"{value}"')

    def filter_member(self, queryset, name, value):
        return queryset.filter(user__isnull=value != "member")


class DigestFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("État"), choices=DigestStatus.choices, empty_label=_("Tous")
    )
    day = django_filters.DateFilter(
        label=_("Préparé le"), field_name="created_at", lookup_expr="date"
    )

    class Meta:
        model = Digest
        fields = ["status", "day"]


class DeliveryFailureFilterSet(WagtailFilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Type"), choices=FailureKind.choices, empty_label=_("Tous")
    )

    class Meta:
        model = DeliveryFailure
        fields = ["kind"]
