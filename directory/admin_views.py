"""The facilitator's read-only list of directory entries in Wagtail's admin: who chose what,
never the values themselves (the phone and help text stay on the member's own page, the
directory shows what each member consented to)."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn, Column, DateColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from .models import DirectoryEntry


class ViewOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only the model's "view" permission counts: no adding, editing or deleting in the admin
    (an entry is the member's, changed on their own page)."""

    def user_has_permission(self, user, action):
        return action == "view" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return super().users_with_any_permission(["view"])


class EntryIndexView(IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("user__member_profile__organisation")
            .order_by("user__last_name", "user__first_name")
        )


def organisation_of(entry):
    profile = getattr(entry.user, "member_profile", None)
    return profile.organisation.name if profile else ""


class DirectoryEntryViewSet(ModelViewSet):
    model = DirectoryEntry
    icon = "group"
    menu_label = _("Annuaire des adhérents")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = EntryIndexView
    inspect_view_enabled = False
    copy_view_enabled = False
    form_fields = ["listed"]  # required by ModelViewSet; editing is refused by the policy
    search_fields = ["user__first_name", "user__last_name"]
    search_backend_name = None
    list_display = [
        "user",
        Column("organisation", label=_("collectivité"), accessor=organisation_of),
        BooleanColumn("listed", label=_("dans l'annuaire")),
        BooleanColumn("show_role", label=_("rôle")),
        BooleanColumn("show_commune", label=_("commune")),
        BooleanColumn("show_themes", label=_("thèmes et aide")),
        BooleanColumn("show_email", label=_("e-mail")),
        BooleanColumn("show_phone", label=_("téléphone")),
        DateColumn("updated_at", label=_("modifiée le")),
    ]
