"""The signed links of every alerts e-mail, followed without signing in: the preferences page,
/alertes/preferences/<token>/ (change what one follows, or come back after unsubscribing), and
the unsubscribe page, /alertes/desinscription/<token>/, which is also the target of the
one-click unsubscribe of mail providers (RFC 8058). The address itself is not changed here: to
use another one, unsubscribe and subscribe it from the form, which confirms it."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from . import subscriptions, tokens
from .forms import PreferencesForm, initial_from, kinds_for
from .subscribe_views import bad_link


def _links(token):
    return {
        "manage_url": reverse("alerts:manage", args=[token]),
        "unsubscribe_url": reverse("alerts:unsubscribe", args=[token]),
    }


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def manage(request, token):
    subscriber = tokens.subscriber_from_manage(token)
    if subscriber is None:
        return bad_link(request)
    if request.method == "POST" and "resubscribe" in request.POST:
        subscriptions.resubscribe(subscriber)
        messages.success(request, _("Vous êtes de nouveau inscrit·e aux alertes."))
        return redirect(request.path)
    form = PreferencesForm(
        request.POST or None, kinds=kinds_for(subscriber.user), initial=initial_from(subscriber)
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            subscriptions.apply(subscriber, form.cleaned_data, form.offered_kinds())
            messages.success(request, _("Vos préférences sont enregistrées."))
            return redirect(request.path)
        status = 400
    context = {"form": form, "subscriber": subscriber, **_links(token)}
    return render(request, "alerts/manage.html", context, status=status)


@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows a button (a mail scanner that follows the link unsubscribes no one); POST
    unsubscribes, and answers 200 however often it is sent.

    Exempt from CSRF on purpose: the `List-Unsubscribe` header of every e-mail points here, and
    RFC 8058 has the mail provider POST `List-Unsubscribe=One-Click` to it from its own servers,
    with no cookie and no CSRF token. What CSRF protects against cannot happen here: the signed
    token in the address is the secret, which another site cannot guess, and the only effect
    is to stop e-mails to the address it names."""
    subscriber = tokens.subscriber_from_manage(token)
    if subscriber is None:
        return bad_link(request)
    context = {"subscriber": subscriber, **_links(token)}
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
    if subscriber.unsubscribed_at is not None:
        return render(request, "alerts/unsubscribed.html", context)
    return render(request, "alerts/unsubscribe.html", context)
