"""The facilitator's pages beside the list: cancel a registration (the person is told and the
waiting list moves up, registrations.places), and for an event its printable sign-in sheet and
the attendance marked on the day. An event given by a translation's id is its source event,
where the registrations are. Access: registrations.admin_access."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from core.collation import french_sort_key
from sheets.models import EventPage

from . import places
from .admin_access import can, can_be_cancelled, url
from .admin_display import event_label, person_name, sort_name
from .attendance import AttendanceForm
from .models import CancelledBy, Registration

INDEX_LABEL = gettext_lazy("Inscriptions")
# Empty lines at the foot of the sign-in sheet, for people who come without registering.
BLANK_ROWS = 5


def _source_event(event_id):
    event = get_object_or_404(EventPage.objects.select_related("host_commune"), pk=event_id)
    return places.source_event(event)


def event_index_url(event):
    """The list of registrations filtered on `event`."""
    return f"{url('index')}?{urlencode({'event': event.pk})}"


def event_registrations(request, event_id):
    """The list filtered on the event (the page tree's link), the source event for a translation."""
    if not can(request.user, "view"):
        raise PermissionDenied
    return redirect(event_index_url(_source_event(event_id)))


class FacilitatorView(WagtailAdminTemplateMixin, TemplateView):
    """An admin page for staff allowed `action` (registrations.admin_access)."""

    action = "view"
    header_icon = "clipboard-list"

    def dispatch(self, request, *args, **kwargs):
        if not can(request.user, self.action):
            raise PermissionDenied
        self.load(**kwargs)
        return super().dispatch(request, *args, **kwargs)

    def load(self, **kwargs):
        """Reads the object of the page from the URL's arguments, once access is checked."""
        self.event = _source_event(kwargs["event_id"])

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": url("index"), "label": INDEX_LABEL},
            {"url": "", "label": self.get_page_title(), "sublabel": self.get_page_subtitle()},
        ]


class CancelView(FacilitatorView):
    """Asks to confirm, then cancels: the person gets the cancellation e-mail, the first on the
    waiting list the place."""

    action = "cancel"
    template_name = "registrations/admin/cancel.html"
    page_title = gettext_lazy("Annuler l'inscription")

    def load(self, pk, **kwargs):
        self.registration = get_object_or_404(Registration.objects.select_related("event"), pk=pk)

    def get_page_subtitle(self):
        return person_name(self.registration)

    def _refusal(self):
        if not self.registration.is_active:
            return _("Cette inscription est déjà annulée.")
        if not can_be_cancelled(self.registration):
            return _("Ce rendez-vous est passé : l'inscription ne peut plus être annulée.")
        return None

    def get(self, request, *args, **kwargs):
        refusal = self._refusal()
        if refusal:
            messages.warning(request, refusal)
            return redirect(url("inspect", self.registration.pk))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            registration=self.registration,
            name=person_name(self.registration),
            event=self.registration.event,
            back_url=event_index_url(self.registration.event),
        )
        return context

    def post(self, request, *args, **kwargs):
        refusal = self._refusal()
        if refusal:
            messages.warning(request, refusal)
            return redirect(url("inspect", self.registration.pk))
        promoted = places.cancel(self.registration, by=CancelledBy.FACILITATOR)
        messages.success(
            request,
            _("Inscription de %(name)s annulée : la personne en est informée par e-mail.")
            % {"name": person_name(self.registration)},
        )
        if promoted:
            messages.info(
                request,
                _("%(name)s, sur la liste d'attente, obtient la place et en est informé·e.")
                % {"name": person_name(promoted)},
            )
        return redirect(event_index_url(self.registration.event))


class SignInSheetView(FacilitatorView):
    """The sheet to print for the day: the confirmed people by name, a column to sign, and the
    waiting list apart (a standalone page, styled for paper)."""

    template_name = "registrations/admin/sign_in_sheet.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event = self.event
        registrations = event.registrations.all()
        confirmed = sorted(registrations.confirmed(), key=lambda r: french_sort_key(sort_name(r)))
        context.update(
            event=event,
            title=_("Feuille d'émargement – %(event)s") % {"event": event_label(event)},
            confirmed=[(sort_name(r), r) for r in confirmed],
            waiting=[(sort_name(r), r) for r in registrations.waiting()],
            blank_rows=range(BLANK_ROWS),
            printed_at=timezone.localtime(),
            back_url=event_index_url(event),
        )
        return context


class AttendanceView(FacilitatorView):
    """Present or absent, for each confirmed registration; saved for the figures."""

    action = "mark_attendance"
    template_name = "registrations/admin/attendance.html"
    page_title = gettext_lazy("Présences")

    def get_page_subtitle(self):
        return event_label(self.event)

    def _form(self, data=None):
        confirmed = sorted(
            self.event.registrations.confirmed(), key=lambda r: french_sort_key(sort_name(r))
        )
        return AttendanceForm(confirmed, data=data)

    def get_context_data(self, form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        form = form if form is not None else self._form()
        context.update(
            event=self.event,
            form=form,
            rows=form.rows(),
            back_url=event_index_url(self.event),
            sign_in_sheet_url=url("sign_in_sheet", self.event.pk),
        )
        return context

    def post(self, request, *args, **kwargs):
        form = self._form(request.POST)
        if not form.is_valid():
            messages.error(
                request, _("Les présences n'ont pas été enregistrées : voir ci-dessous.")
            )
            return self.render_to_response(self.get_context_data(form=form))
        counts = form.save()
        messages.success(
            request,
            _("Présences enregistrées (présent·e·s : %(present)s, absent·e·s : %(absent)s).")
            % {"present": counts[True], "absent": counts[False]},
        )
        return redirect(request.path)
