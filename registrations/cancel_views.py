"""Cancelling from the signed link of an e-mail, without signing in: the link shows the
registration and a button (a link followed by a mail scanner cancels nothing); the button
cancels it and frees the place. A link not signed by this site is a 404."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from . import links, places
from .models import Registration, Status


@never_cache
def cancel_by_link(request, token):
    uid = links.uid_from(token)
    if uid is None:
        return render(request, "registrations/bad_link.html", status=404)
    registration = get_object_or_404(Registration.objects.select_related("event"), uid=uid)
    if request.method == "POST" and registration.status != Status.CANCELLED:
        places.cancel(registration)
        messages.success(request, _("Votre inscription est annulée. Merci de nous avoir prévenus."))
        return redirect(request.path)
    return render(
        request,
        "registrations/cancel.html",
        {"registration": registration, "event": registration.event},
    )
