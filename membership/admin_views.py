"""The facilitator's pages for an application: its page (details, people, deliberation, the
two decisions), the approve and decline forms, and the deliberation's download. Access is
members_area.permissions.can_review_applications."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import IndexView, InspectView
from wagtail.permission_policies import ModelPermissionPolicy

from members_area import permissions
from members_area.serving import private_file_response

from . import review
from .applications import MembershipApplication
from .forms import DecisionForm

NAMESPACE = "membership_applications"


def url(name, *args):
    return reverse(f"{NAMESPACE}:{name}", args=args)


class ApplicationPermissionPolicy(ModelPermissionPolicy):
    """Applications come from the join page and change only through a decision: nobody adds or
    edits one in the generic forms; view and delete stay Django's permissions."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)


class ApplicationIndexView(IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("commune")


class ApplicationInspectView(InspectView):
    template_name = "membership/admin/application_inspect.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        application = self.object
        context.update(
            {
                "application": application,
                "people": list(application.people.all()),
                "can_review": permissions.can_review_applications(self.request.user),
                "renewed": review.existing_organisation(application),
                "approve_url": url("approve", application.pk),
                "decline_url": url("decline", application.pk),
                "deliberation_url": url("deliberation", application.pk)
                if application.deliberation
                else "",
            }
        )
        return context


class DecisionView(WagtailAdminTemplateMixin, TemplateView):
    """Approve (message optional) or decline (message required) a pending application."""

    template_name = "membership/admin/decision.html"
    header_icon = "form"
    approving = True

    def get_page_title(self):
        return _("Accepter la demande") if self.approving else _("Refuser la demande")

    def dispatch(self, request, *args, pk, **kwargs):
        if not permissions.can_review_applications(request.user):
            raise PermissionDenied
        self.application = get_object_or_404(
            MembershipApplication.objects.select_related("commune"), pk=pk
        )
        if not self.application.is_pending:
            messages.warning(request, _("Cette demande a déjà été traitée."))
            return redirect(url("inspect", pk))
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.application)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", DecisionForm(required=not self.approving))
        context.update(
            {
                "application": self.application,
                "approving": self.approving,
                "renewed": review.existing_organisation(self.application),
                "new_end": review.preview_end(self.application),
                "people": review.people_to_invite(self.application),
                "cancel_url": url("inspect", self.application.pk),
            }
        )
        return context

    def post(self, request, *args, **kwargs):
        form = DecisionForm(request.POST, required=not self.approving)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        message = form.cleaned_data["message"]
        if self.approving:
            done = review.approve(self.application.pk, request.user, message, request)
            if done:
                application, invitations = done
                organisation = application.organisation
                text = ngettext(
                    "Demande acceptée : %(organisation)s adhère jusqu'au %(date)s ; "
                    "%(count)s invitation envoyée.",
                    "Demande acceptée : %(organisation)s adhère jusqu'au %(date)s ; "
                    "%(count)s invitations envoyées.",
                    len(invitations),
                )
                messages.success(
                    request,
                    text
                    % {
                        "organisation": organisation.name,
                        "date": organisation.active_until.strftime("%d/%m/%Y"),
                        "count": len(invitations),
                    },
                )
        elif review.decline(self.application.pk, request.user, message):
            messages.success(request, _("Demande refusée ; la personne en est informée."))
        return redirect(url("index"))


class ApproveView(DecisionView):
    approving = True


class DeclineView(DecisionView):
    approving = False


def download_deliberation(request, pk):
    """The application's deliberation, to the reviewers only, never cached."""
    if not permissions.can_review_applications(request.user):
        raise PermissionDenied
    application = get_object_or_404(MembershipApplication, pk=pk)
    if not application.deliberation:
        raise Http404
    extension = application.deliberation.name.rsplit(".", 1)[-1].lower()
    return private_file_response(application.deliberation, f"deliberation-{pk}.{extension}")
