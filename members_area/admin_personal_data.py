"""The facilitator's two actions on a member's personal data (decision 0031): download everything
the site holds about them, and anonymise their account; each behind a confirmation page, for
whoever may delete members (the facilitator, superusers), and written in Wagtail's history."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from . import personal_data
from .account_views import export_filename, json_attachment
from .models import MemberProfile

PERMISSION = "members_area.delete_memberprofile"
EXPORT_ACTION = "members_area.personal_data_export"
ANONYMISE_ACTION = "members_area.account_anonymise"


def register_actions(actions):
    """For the register_log_actions hook: the two actions' names in the admin's history."""
    actions.register_action(
        EXPORT_ACTION, gettext_lazy("Export des données"), gettext_lazy("Données exportées")
    )
    actions.register_action(
        ANONYMISE_ACTION, gettext_lazy("Anonymisation"), gettext_lazy("Compte anonymisé")
    )


def member_admin_links(profile):
    """(label, url, icon) of the two actions, for the members' listing and edit view."""
    return [
        (
            _("Exporter ses données"),
            reverse("members_area_admin:member_export", args=[profile.pk]),
            "download",
        ),
        (
            _("Anonymiser le compte"),
            reverse("members_area_admin:member_anonymise", args=[profile.pk]),
            "bin",
        ),
    ]


class MemberDataMixin(WagtailAdminTemplateMixin):
    header_icon = "user"
    template_name = "members_area/admin/member_personal_data.html"

    def dispatch(self, request, *args, pk, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        self.profile = get_object_or_404(
            MemberProfile.objects.select_related("user", "organisation"), pk=pk
        )
        self.member = self.profile.user
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.member)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_members_area_memberprofile:list"),
                "label": MemberProfile._meta.verbose_name_plural,
            },
            {
                "url": reverse(
                    "wagtailsnippets_members_area_memberprofile:edit", args=[self.profile.pk]
                ),
                "label": str(self.member),
            },
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update({"member": self.member, "profile": self.profile, "action": self.action})
        return context


class MemberExportView(MemberDataMixin, TemplateView):
    page_title = gettext_lazy("Exporter ses données")
    action = "export"

    def post(self, request, *args, **kwargs):
        data = personal_data.export(self.member)
        log(instance=self.profile, action=EXPORT_ACTION, user=request.user)
        return json_attachment(data, export_filename(self.member))


class MemberAnonymiseView(MemberDataMixin, TemplateView):
    page_title = gettext_lazy("Anonymiser le compte")
    action = "anonymise"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["refused"] = self.refusal()
        return context

    def refusal(self):
        """Why this account cannot be anonymised here, or None."""
        if self.member.pk == self.request.user.pk:
            return _("Vous ne pouvez pas anonymiser votre propre compte.")
        if self.member.is_staff or self.member.is_superuser:
            return _(
                "Ce compte donne accès à l'administration : retirez-lui d'abord cet accès dans "
                "Paramètres > Utilisateurs."
            )
        return None

    def post(self, request, *args, **kwargs):
        refused = self.refusal()
        if refused or request.POST.get("confirm") != "yes":
            messages.error(request, refused or _("Cochez la case pour confirmer."))
            return redirect("members_area_admin:member_anonymise", pk=self.profile.pk)
        personal_data.close_account(self.member)
        log(instance=self.member, action=ANONYMISE_ACTION, user=request.user)
        messages.success(request, _("Le compte est anonymisé ; la personne a été prévenue."))
        return redirect("wagtailsnippets_members_area_memberprofile:list")
