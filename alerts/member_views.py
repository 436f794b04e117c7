"""The signed-in person's alerts, /alertes/mes-alertes/: the same preferences as the public
form, plus the members-only content an active member may choose, for the account's own address,
on at once (no confirmation: the network knows the account's address). Linked from the member
dashboard and the profile page (alerts.sections)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from . import subscriptions, tokens
from .forms import PreferencesForm, initial_from, kinds_for


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def mine(request):
    user = request.user
    subscriber = subscriptions.of_member(user)
    initial = initial_from(subscriber) if subscriber else {}
    form = PreferencesForm(request.POST or None, kinds=kinds_for(user), initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            subscriptions.save_for_member(user, form.cleaned_data, form.offered_kinds())
            messages.success(request, _("Vos alertes sont enregistrées."))
            return redirect("alerts:mine")
        status = 400
    receiving = bool(subscriber and subscriber.is_active)
    context = {"form": form, "subscriber": subscriber, "receiving": receiving}
    if receiving:
        context["unsubscribe_url"] = reverse(
            "alerts:unsubscribe", args=[tokens.manage_token(subscriber)]
        )
    return render(request, "alerts/mine.html", context, status=status)
