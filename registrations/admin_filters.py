"""The filters of the facilitator's list of registrations: the event, the state, the year of
the event, member or visitor, and attendance."""

import django_filters
from django import forms
from django.db.models import Q
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet

from sheets.models import EventPage, RegistrationMode

from .admin_display import ABSENT, MEMBER, NOT_MARKED, PRESENT, VISITOR, event_label
from .models import Registration, Status


def registration_events():
    """The events that have registrations or take them, newest first."""
    return (
        EventPage.objects.filter(
            Q(pk__in=Registration.objects.values("event_id"))
            | ~Q(registration_mode=RegistrationMode.NONE)
        )
        .only("pk", "title", "start")
        .order_by("-start", "pk")
    )


def event_years():
    """The years of the events that have registrations, newest first."""
    years = (
        Registration.objects.annotate(year=ExtractYear("event__start"))
        .order_by("-year")
        .values_list("year", flat=True)
        .distinct()
    )
    return [(year, str(year)) for year in years]


class EventChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return event_label(obj)


class EventFilter(django_filters.ModelChoiceFilter):
    field_class = EventChoiceField


class RegistrationFilterSet(WagtailFilterSet):
    event = EventFilter(
        label=_("Rendez-vous"),
        empty_label=_("Tous"),
        queryset=lambda request: registration_events(),
    )
    status = django_filters.ChoiceFilter(
        label=_("État"), choices=Status.choices, empty_label=_("Tous")
    )
    year = django_filters.ChoiceFilter(
        label=_("Année du rendez-vous"),
        choices=event_years,
        empty_label=_("Toutes"),
        method="filter_year",
    )
    kind = django_filters.ChoiceFilter(
        label=_("Adhérent·e ou visiteur"),
        choices=[("member", MEMBER), ("visitor", VISITOR)],
        empty_label=_("Tous"),
        method="filter_kind",
    )
    attended = django_filters.ChoiceFilter(
        label=_("Présence"),
        choices=[("yes", PRESENT), ("no", ABSENT), ("unknown", NOT_MARKED)],
        empty_label=_("Toutes"),
        method="filter_attended",
    )

    class Meta:
        model = Registration
        fields = ["event", "status", "year", "kind", "attended"]

    def filter_year(self, queryset, name, value):
        return queryset.filter(event__start__year=value)

    def filter_kind(self, queryset, name, value):
        return queryset.filter(user__isnull=value != "member")

    def filter_attended(self, queryset, name, value):
        if value == "unknown":
            return queryset.filter(attended__isnull=True)
        return queryset.filter(attended=value == "yes")
