"""The facilitator's list of registrations in Wagtail's admin (menu "Inscriptions"): filtered,
searched by name, address or commune, exported in CSV or Excel through Wagtail's list export,
each registration inspected and, while its event is to come, cancelled.

Nothing is added or edited here (registrations.admin_access): the facilitator acts through
the views of registrations.admin_views, which go through registrations.places."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import (
    ButtonsColumnMixin,
    Column,
    DateColumn,
    StatusTagColumn,
    TitleColumn,
)
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from . import admin_display as display
from . import admin_views
from .admin_access import NAMESPACE, can, can_be_cancelled, url
from .admin_filters import RegistrationFilterSet
from .models import Registration, Status


def cancel_button(registration, user):
    if can_be_cancelled(registration) and can(user, "cancel"):
        return Button(
            _("Annuler l'inscription"), url=url("cancel", registration.pk), icon_name="cross"
        )
    return None


class NameColumn(ButtonsColumnMixin, TitleColumn):
    """The person's name, linked to the registration, with the row's actions."""

    def __init__(self, *args, buttons_for, **kwargs):
        super().__init__(*args, **kwargs)
        self.buttons_for = buttons_for

    def get_buttons(self, instance, parent_context):
        return self.buttons_for(instance)


class RegistrationIndexView(IndexView):
    default_ordering = "-created_at"
    page_title = _("Inscriptions aux rendez-vous")

    @cached_property
    def columns(self):
        return [
            NameColumn(
                "last_name",
                label=_("Nom"),
                accessor=display.person_name,
                get_url=lambda r: url("inspect", r.pk),
                buttons_for=self.get_list_buttons,
                sort_key="last_name",
            ),
            Column("commune", label=_("Collectivité ou structure"), sort_key="commune"),
            Column(
                "event", label=_("Rendez-vous"), accessor=lambda r: display.event_label(r.event)
            ),
            StatusTagColumn(
                "status",
                label=_("État"),
                accessor="get_status_display",
                primary=lambda r: r.status == Status.CONFIRMED,
                sort_key="status",
            ),
            DateColumn("created_at", label=_("Inscrit·e le"), sort_key="created_at"),
            Column("attended", label=_("Présence"), accessor=display.attended_label),
        ]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("event")

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        button = cancel_button(instance, self.request.user)
        return [*buttons, button] if button else buttons

    def to_row_dict(self, item):
        return display.export_row(item, self.list_export)

    def get_filename(self):
        return f"inscriptions-{timezone.localdate().isoformat()}"

    @cached_property
    def chosen_event(self):
        """The event the list is filtered on, if one: its sign-in sheet and attendance."""
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get("event")
        return None

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        event = self.chosen_event
        context["event_tools"] = event and {
            "event": event,
            "sign_in_sheet_url": url("sign_in_sheet", event.pk),
            "attendance_url": url("attendance", event.pk),
            "can_mark": can(self.request.user, "mark_attendance"),
        }
        return context


class RegistrationInspectView(InspectView):
    def get_page_subtitle(self):
        return display.person_name(self.object)

    def get_last_name_display_value(self):
        return display.ANONYMISED if display.is_anonymised(self.object) else self.object.last_name

    def get_attended_display_value(self):
        return display.attended_label(self.object)

    def get_answers_display_value(self):
        return display.answers_text(self.object) or "-"

    @cached_property
    def header_more_buttons(self):
        button = cancel_button(self.object, self.request.user)
        return [*super().header_more_buttons, *([button] if button else [])]


class RegistrationViewSet(ModelViewSet):
    model = Registration
    name = NAMESPACE
    url_prefix = "inscriptions"
    icon = "clipboard-list"
    menu_label = _("Inscriptions")
    menu_order = 100
    add_to_admin_menu = False  # under "Inscriptions" (registrations/wagtail_hooks.py)
    index_view_class = RegistrationIndexView
    index_results_template_name = "registrations/admin/index_results.html"
    inspect_view_enabled = True
    inspect_view_class = RegistrationInspectView
    inspect_view_fields = [
        "first_name",
        "last_name",
        "email",
        "commune",
        "role",
        "event",
        "status",
        "cancelled_by",
        "attended",
        "answers",
        "created_at",
        "confirmed_at",
        "cancelled_at",
        "registered_by",
        "anonymised_at",
    ]
    copy_view_enabled = False
    filterset_class = RegistrationFilterSet
    form_fields = ["role"]  # required by ModelViewSet; editing is refused by the policy
    search_fields = ["first_name", "last_name", "email", "commune"]
    search_backend_name = None
    list_export = list(display.EXPORT_COLUMNS)
    export_headings = {field: label for field, (label, _value) in display.EXPORT_COLUMNS.items()}
    export_filename = "inscriptions"

    def get_permissions_to_register(self):
        """What a group of the facilitation team may be given: read, and act."""
        return Permission.objects.filter(
            content_type=ContentType.objects.get_for_model(Registration),
            codename__in=["view_registration", "change_registration"],
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/annuler/", admin_views.CancelView.as_view(), name="cancel"),
            path("rendez-vous/<int:event_id>/", admin_views.event_registrations, name="event"),
            path(
                "rendez-vous/<int:event_id>/emargement/",
                admin_views.SignInSheetView.as_view(),
                name="sign_in_sheet",
            ),
            path(
                "rendez-vous/<int:event_id>/presences/",
                admin_views.AttendanceView.as_view(),
                name="attendance",
            ),
        ]
