"""The facilitator's custom admin views: a resource's access panel and its download log."""

import csv

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.spreadsheets import neutralise

from . import access, permissions
from .forms import GrantForm
from .models import DownloadLog, Resource

ACCESS_LIST_LIMIT = 300


class ResourceAdminMixin(WagtailAdminTemplateMixin):
    header_icon = "lock"

    def dispatch(self, request, *args, pk, **kwargs):
        if not request.user.has_perm("members_area.change_resource"):
            raise PermissionDenied
        self.resource = get_object_or_404(Resource, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.resource.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailsnippets_members_area_resource:list"),
                "label": Resource._meta.verbose_name_plural,
            },
            {
                "url": reverse(
                    "wagtailsnippets_members_area_resource:edit", args=[self.resource.pk]
                ),
                "label": self.resource.title,
            },
            {"url": "", "label": self.get_page_title()},
        ]


class ResourceAccessView(ResourceAdminMixin, TemplateView):
    """Who may open this resource: grant and revoke by organisation, working group or person,
    and the list of the people who have access right now."""

    template_name = "members_area/admin/resource_access.html"
    page_title = gettext_lazy("Accès")

    def get_page_title(self):
        return _("Accès à « %(title)s »") % {"title": self.resource.title}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        users = permissions.users_with_access(self.resource)
        context.update(
            {
                "resource": self.resource,
                "grants": access.current_grants(self.resource),
                "grant_form": kwargs.get("grant_form") or GrantForm(),
                "users_with_access": users[:ACCESS_LIST_LIMIT],
                "users_with_access_count": users.count(),
                "list_limit": ACCESS_LIST_LIMIT,
                "downloads_url": reverse(
                    "members_area_admin:resource_downloads", args=[self.resource.pk]
                ),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        if action == "grant":
            form = GrantForm(request.POST)
            if not form.is_valid():
                return self.render_to_response(self.get_context_data(grant_form=form))
            target = form.target()
            access.grant(self.resource, target)
            messages.success(request, _("Accès donné à « %(target)s ».") % {"target": target})
        elif action == "revoke":
            target = self._revoke_target(request.POST.get("kind"), request.POST.get("id"))
            if target is None:
                messages.error(request, _("Cet accès n'existe pas ou plus."))
            else:
                access.revoke(self.resource, target)
                messages.success(request, _("Accès retiré à « %(target)s ».") % {"target": target})
        elif action in ("open_to_all", "close_to_all"):
            access.set_open_to_all(self.resource, action == "open_to_all")
            messages.success(
                request,
                _("La ressource est maintenant ouverte à tous les adhérents actifs.")
                if action == "open_to_all"
                else _("La ressource n'est plus ouverte à tous les adhérents."),
            )
        else:
            messages.error(request, _("Action inconnue."))
        return redirect("members_area_admin:resource_access", pk=self.resource.pk)

    @staticmethod
    def _revoke_target(kind, raw_id):
        if not (raw_id or "").isdigit():
            return None
        if kind == "group":
            return Group.objects.filter(pk=int(raw_id)).first()
        if kind == "user":
            return get_user_model().objects.filter(pk=int(raw_id)).first()
        return None


class ResourceDownloadsView(ResourceAdminMixin, TemplateView):
    """Who downloaded this resource, and when; `?format=csv` exports the whole log."""

    template_name = "members_area/admin/resource_downloads.html"
    page_title = gettext_lazy("Téléchargements")
    per_page = 50

    def get_page_title(self):
        return _("Téléchargements de « %(title)s »") % {"title": self.resource.title}

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            return self.csv_response()
        return super().get(request, *args, **kwargs)

    def logs(self):
        return (
            DownloadLog.objects.filter(resource=self.resource)
            .select_related("user", "user__member_profile__organisation")
            .order_by("-downloaded_at")
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = Paginator(self.logs(), self.per_page).get_page(self.request.GET.get("p"))
        context.update(
            {
                "resource": self.resource,
                "page_obj": page,
                "access_url": reverse(
                    "members_area_admin:resource_access", args=[self.resource.pk]
                ),
            }
        )
        return context

    def csv_response(self):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        stamp = timezone.localdate().isoformat()
        response["Content-Disposition"] = (
            f'attachment; filename="telechargements-{self.resource.slug[:60]}-{stamp}.csv"'
        )
        response.write("\ufeff")  # so that spreadsheet software reads the accents right
        writer = csv.writer(response, delimiter=";")
        writer.writerow(
            [
                _("Date"),
                pgettext("prénom et nom d'une personne", "Nom"),
                _("Adresse e-mail"),
                _("Collectivité"),
                _("Ressource"),
            ]
        )
        for log in self.logs().iterator(chunk_size=2000):
            user = log.user
            profile = getattr(user, "member_profile", None) if user else None
            writer.writerow(
                [
                    timezone.localtime(log.downloaded_at).strftime("%d/%m/%Y %H:%M"),
                    neutralise(user.get_full_name() if user else _("compte supprimé")),
                    neutralise(user.email if user else ""),
                    neutralise(profile.organisation.name if profile else ""),
                    neutralise(self.resource.title),
                ]
            )
        return response
