"""The facilitator's actions on a subscriber beyond Wagtail's generic views: resuming a paused
address (asked to confirm, then a POST: a second click changes nothing), and deleting one so
that the admin's history keeps no trace of the address. Access: alerts.admin_access."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic import DeleteView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from . import failures, personal_data
from .admin_access import SUBSCRIBERS, can, url
from .models import Subscriber

UNPAUSE_ACTION = "alerts.unpause"


class UnpauseView(WagtailAdminTemplateMixin, TemplateView):
    """Asks to confirm, then resumes the sends to a paused address (alerts.failures.resume)."""

    template_name = "alerts/admin/unpause.html"
    page_title = gettext_lazy("Reprendre les envois")
    header_icon = "mail"

    def dispatch(self, request, pk, *args, **kwargs):
        if not can(request.user, "unpause"):
            raise PermissionDenied
        self.subscriber = get_object_or_404(Subscriber, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.subscriber.email

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": url(SUBSCRIBERS, "index"), "label": Subscriber._meta.verbose_name_plural},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]

    def _not_paused(self):
        messages.info(
            self.request,
            _("Les envois à %(email)s ne sont pas suspendus.") % {"email": self.subscriber.email},
        )
        return redirect(url(SUBSCRIBERS, "inspect", self.subscriber.pk))

    def get(self, request, *args, **kwargs):
        if not self.subscriber.paused_at:
            return self._not_paused()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            subscriber=self.subscriber, back_url=url(SUBSCRIBERS, "inspect", self.subscriber.pk)
        )
        return context

    def post(self, request, *args, **kwargs):
        if not failures.resume(self.subscriber):
            return self._not_paused()
        log(self.subscriber, UNPAUSE_ACTION, user=request.user)
        messages.success(
            request,
            _("Les envois à %(email)s reprennent.") % {"email": self.subscriber.email},
        )
        return redirect(url(SUBSCRIBERS, "index"))


class SubscriberDeleteView(DeleteView):
    """Wagtail's delete view; the history's entries about the subscriber lose the address."""

    def delete_action(self):
        pk = self.object.pk
        super().delete_action()
        personal_data.scrub_log_labels([pk])
