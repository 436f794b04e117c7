"""Subscribing without an account: the public form, /alertes/ (honeypot, rate limit per
address), then the confirmation link of the e-mail, /alertes/confirmer/<token>/, whose page
confirms only when its button is pressed (a POST): a mail scanner that follows the link confirms
nothing. The visitor sees the same "check your mailbox" page whether the address was new or
already subscribed (alerts.subscriptions)."""

from axes.helpers import get_client_ip_address
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.rate_limit import allow

from . import conf, subscription_tasks, subscriptions, tokens
from .forms import SubscribeForm
from .models import PUBLIC_KINDS
from .subscription_emails import CONFIRMATION, MANAGE_LINK

EMAILS = {subscriptions.CONFIRM: CONFIRMATION, subscriptions.MANAGE: MANAGE_LINK}


def bad_link(request):
    """A link this site did not sign, or one that expired or names no subscription any more:
    a page that says so and leads to the form (404)."""
    context = {"valid_days": conf.get("ALERTS_CONFIRMATION_DAYS")}
    return render(request, "alerts/bad_link.html", context, status=404)


def _form_page(request, form, status):
    return render(request, "alerts/subscribe.html", {"form": form}, status=status)


def _sent(request, email):
    return render(request, "alerts/sent.html", {"email": email})


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None, kinds=PUBLIC_KINDS)
    if request.method != "POST":
        return _form_page(request, form, 200)
    if not form.is_valid():
        return _form_page(request, form, 400)
    email = form.cleaned_data["email"]
    if form.is_bot():  # told the same as a person; nothing saved, nothing sent
        return _sent(request, email)
    address = get_client_ip_address(request) or "unknown"
    if not allow("alerts", address, conf.get("ALERTS_SUBSCRIPTIONS_PER_HOUR")):
        form.add_error(
            None,
            _(
                "Trop d'inscriptions ont été envoyées depuis votre connexion en peu de temps. "
                "Réessayez dans une heure : ce que vous avez saisi est conservé ci-dessous."
            ),
        )
        return _form_page(request, form, 429)
    subscriber, action = subscriptions.subscribe(email, form.cleaned_data, form.offered_kinds())
    subscription_tasks.queue_once(EMAILS[action], subscriber)
    return _sent(request, email)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    subscriber = tokens.subscriber_from_confirm(token)
    if subscriber is None:
        return bad_link(request)
    if request.method == "POST" or subscriber.is_active:
        if request.method == "POST":
            subscriptions.confirm(subscriber)
        manage_url = reverse("alerts:manage", args=[tokens.manage_token(subscriber)])
        context = {"subscriber": subscriber, "manage_url": manage_url}
        return render(request, "alerts/confirmed.html", context)
    return render(request, "alerts/confirm.html", {"subscriber": subscriber})
