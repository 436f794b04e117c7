"""A member cancels a registration from the site, /inscriptions/<registration id>/annuler/
(POST): their own, one they made for a colleague, or, for the facilitation team, anyone's. Any
other registration is a 404, as if it did not exist; the freed place goes to the waiting list
(registrations.places)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from members_area import permissions
from members_area.gates import members_only

from . import places
from .models import CancelledBy, Registration, Status


def may_cancel(user, registration):
    return (
        registration.user_id == user.pk
        or registration.registered_by_id == user.pk
        or permissions.is_staff(user)
    )


def _back(request):
    """Where the member came from (their dashboard, the event's page), else the dashboard."""
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("members_area:dashboard")


@require_POST
@members_only
def cancel(request, registration_id):
    registration = get_object_or_404(
        Registration.objects.select_related("event"), pk=registration_id
    )
    user = request.user
    if not may_cancel(user, registration):
        raise Http404
    if registration.status == Status.CANCELLED:
        messages.info(request, _("Cette inscription était déjà annulée."))
    elif not registration.event.is_upcoming:
        messages.error(
            request, _("Ce rendez-vous est passé : l'inscription ne peut plus être annulée.")
        )
    else:
        by_team = permissions.is_staff(user) and registration.user_id != user.pk
        places.cancel(registration, by=CancelledBy.FACILITATOR if by_team else CancelledBy.PERSON)
        messages.success(
            request,
            _("L'inscription de %(name)s est annulée ; un e-mail le confirme.")
            % {"name": registration.full_name},
        )
    return redirect(_back(request))
