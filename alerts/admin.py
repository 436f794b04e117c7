"""The facilitator's alerts in Wagtail's admin (menu "Alertes"): the subscribers, filtered,
searched by address and exported in CSV or Excel through Wagtail's list export, each inspected,
resumed when paused, or deleted; and, read only, the digests sent and the failed sends.

Nobody adds or edits a subscription here (alerts.admin_access): what a person receives is
theirs to choose."""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from . import admin_display as display
from . import states
from .admin_access import DIGESTS, FAILURES, SUBSCRIBERS, can, url
from .admin_filters import DeliveryFailureFilterSet, DigestFilterSet, SubscriberFilterSet
from .admin_views import SubscriberDeleteView, UnpauseView
from .models import DeliveryFailure, Digest, DigestStatus, Subscriber


def unpause_button(subscriber, user):
    if subscriber.paused_at and not subscriber.unsubscribed_at and can(user, "unpause"):
        return Button(
            _("Reprendre les envois"),
            url=url(SUBSCRIBERS, "unpause", subscriber.pk),
            icon_name="mail",
        )
    return None


def subscriber_url(row):
    """A digest's or a failure's subscriber page (none for a failure at an unknown address)."""
    return url(SUBSCRIBERS, "inspect", row.subscriber_id) if row.subscriber_id else None


def _permissions(model, actions):
    """The Django permissions a group of the facilitation team may be given on `model`."""
    return Permission.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        codename__in=[f"{action}_{model._meta.model_name}" for action in actions],
    )


# --- Subscribers ------------------------------------------------------------------------------


class SubscriberIndexView(IndexView):
    default_ordering = "email"
    page_title = _("Abonnés aux alertes")

    @cached_property
    def list_display(self):
        return [
            "email",
            Column("member", label=_("Adhérent·e ou visiteur"), accessor=display.kind_label),
            Column("language", label=_("Langue"), sort_key="language"),
            Column(
                "frequency",
                label=_("Fréquence"),
                accessor="get_frequency_display",
                sort_key="frequency",
            ),
            Column("kinds", label=_("Contenus suivis"), accessor=display.kinds_text),
            Column("themes_count", label=_("Thèmes"), accessor=display.themes_count),
            StatusTagColumn(
                "state",
                label=_("État"),
                accessor=states.label,
                primary=lambda s: states.state_of(s) == states.RECEIVING,
            ),
            Column("failures", label=_("Échecs"), sort_key="failures"),
            DateColumn("created_at", label=_("Inscrit le"), sort_key="created_at"),
        ]

    def get_base_queryset(self):
        queryset = super().get_base_queryset().annotate(themes_count=Count("themes", distinct=True))
        if self.is_export:
            queryset = queryset.prefetch_related("themes", "communes")
        return queryset

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        button = unpause_button(instance, self.request.user)
        return [*buttons, button] if button else buttons

    def to_row_dict(self, item):
        return display.export_row(item, self.list_export)

    def get_filename(self):
        return f"abonnes-alertes-{timezone.localdate().isoformat()}"


class SubscriberInspectView(InspectView):
    def get_page_subtitle(self):
        return self.object.email

    def get_user_display_value(self):
        return str(self.object.user) if self.object.user_id else display.VISITOR

    def get_kinds_display_value(self):
        return display.kinds_text(self.object) or "-"

    def get_themes_display_value(self):
        return ", ".join(theme.name for theme in self.object.themes.all()) or display.ALL

    def get_epcis_display_value(self):
        return ", ".join(self.object.epcis or []) or "-"

    @cached_property
    def header_more_buttons(self):
        query = urlencode({"q": self.object.email})
        buttons = [
            *super().header_more_buttons,
            Button(_("Ses envois"), url=f"{url(DIGESTS, 'index')}?{query}", icon_name="mail"),
            Button(
                _("Ses échecs d'envoi"),
                url=f"{url(FAILURES, 'index')}?{query}",
                icon_name="warning",
            ),
        ]
        button = unpause_button(self.object, self.request.user)
        return [*buttons, button] if button else buttons


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    name = SUBSCRIBERS
    url_prefix = "alertes/abonnes"
    icon = "user"
    menu_label = _("Abonnés")
    menu_order = 100
    add_to_admin_menu = False  # under "Alertes" (alerts/wagtail_hooks.py)
    add_to_reference_index = False
    index_view_class = SubscriberIndexView
    delete_view_class = SubscriberDeleteView
    inspect_view_enabled = True
    inspect_view_class = SubscriberInspectView
    inspect_view_fields = [
        "email",
        "user",
        "language",
        "frequency",
        "kinds",
        "themes",
        "communes",
        "epcis",
        "letter",
        "created_at",
        "confirmed_at",
        "paused_at",
        "failures",
        "unsubscribed_at",
        "digest_until",
    ]
    copy_view_enabled = False
    filterset_class = SubscriberFilterSet
    form_fields = ["frequency"]  # required by ModelViewSet; editing is refused by the policy
    search_fields = ["email"]
    search_backend_name = None
    list_export = list(display.EXPORT_COLUMNS)
    export_headings = {field: label for field, (label, _value) in display.EXPORT_COLUMNS.items()}

    def get_permissions_to_register(self):
        """Read; "change" to resume a paused address; delete."""
        return _permissions(Subscriber, ["view", "change", "delete"])

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/reprendre/", UnpauseView.as_view(), name="unpause"),
        ]


# --- Digests and failed sends, read only -------------------------------------------------------


class DigestIndexView(IndexView):
    default_ordering = "-created_at"
    page_title = _("Envois d'alertes")

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("subscriber")


class DigestViewSet(ModelViewSet):
    model = Digest
    name = DIGESTS
    url_prefix = "alertes/envois"
    icon = "mail"
    menu_label = _("Envois")
    menu_order = 200
    add_to_admin_menu = False
    add_to_reference_index = False
    index_view_class = DigestIndexView
    list_display = [
        TitleColumn(
            "subscriber",
            label=_("Abonné"),
            accessor="subscriber.email",
            get_url=subscriber_url,
        ),
        StatusTagColumn(
            "status",
            label=_("État"),
            accessor="get_status_display",
            primary=lambda d: d.status == DigestStatus.SENT,
            sort_key="status",
        ),
        Column("items", label=_("Éléments"), sort_key="items"),
        DateColumn("since", label=_("Depuis le"), sort_key="since"),
        DateColumn("until", label=_("Jusqu'au"), sort_key="until"),
        DateColumn("created_at", label=_("Préparé le"), sort_key="created_at"),
        DateColumn("sent_at", label=_("Envoyé le"), sort_key="sent_at"),
    ]
    copy_view_enabled = False
    filterset_class = DigestFilterSet
    form_fields = ["status"]  # required by ModelViewSet; editing is refused by the policy
    search_fields = ["subscriber__email"]
    search_backend_name = None

    def get_permissions_to_register(self):
        return _permissions(Digest, ["view"])


class DeliveryFailureViewSet(ModelViewSet):
    model = DeliveryFailure
    name = FAILURES
    url_prefix = "alertes/echecs"
    icon = "warning"
    menu_label = _("Échecs d'envoi")
    menu_order = 300
    add_to_admin_menu = False
    add_to_reference_index = False
    index_view_class = IndexView
    list_display = [
        TitleColumn("email", label=_("Adresse e-mail"), sort_key="email", get_url=subscriber_url),
        Column("kind", label=_("Type"), accessor="get_kind_display", sort_key="kind"),
        Column("detail", label=_("Détail")),
        DateColumn("occurred_at", label=_("Date"), sort_key="occurred_at"),
    ]
    copy_view_enabled = False
    filterset_class = DeliveryFailureFilterSet
    form_fields = ["detail"]  # required by ModelViewSet; editing is refused by the policy
    search_fields = ["email"]
    search_backend_name = None

    def get_permissions_to_register(self):
        return _permissions(DeliveryFailure, ["view"])
