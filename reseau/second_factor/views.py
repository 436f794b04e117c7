"""The second-factor pages of the admin: enrolment (first sign-in), verification (each
session), and a superuser's reset of someone's lost device."""

import logging

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp import user_has_device
from wagtail.log_actions import log

from reseau.second_factor import devices
from reseau.second_factor.forms import AppCodeForm, RecoveryCodeForm

logger = logging.getLogger("reseau.security")

RESET_ACTION = "reseau.second_factor_reset"


def next_url(request):
    """Where to go once verified: the admin page asked for, never another site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def page_with_next(url_name, next_path):
    """The address of a second-factor page that will go on to `next_path`."""
    return f"{reverse(url_name)}?{urlencode({'next': next_path})}"


def checked(device, code):
    """The device if it accepts the code (django-otp counts failures and slows them down)."""
    with transaction.atomic():
        return device if device is not None and device.verify_token(code) else None


def throttled(device):
    return device is not None and not device.verify_is_allowed()[0]


@never_cache
@sensitive_post_parameters("code")
def enrol(request):
    """First sign-in: the QR code and secret of a new TOTP device, confirmed by a code; then
    the recovery codes, shown once."""
    if devices.is_enrolled(request.user):
        return redirect(page_with_next("reseau_second_factor_verify", next_url(request)))
    device = devices.pending_app_device(request.user)
    form = AppCodeForm(request.POST or None)
    if form.is_valid():
        if checked(device, form.cleaned_data["code"]):
            codes = devices.confirm_enrolment(device)
            otp_login(request, device)
            logger.info("Second factor enrolled by user %s", request.user.pk)
            return render(
                request,
                "second_factor/recovery_codes.html",
                {"codes": codes, "next": next_url(request)},
            )
        form.add_error(
            "code",
            _(
                "Ce code n'est pas le bon : vérifiez l'heure de votre téléphone "
                "et saisissez le code affiché en ce moment."
            ),
        )
    return render(
        request,
        "second_factor/enrol.html",
        {
            "form": form,
            "qr_code": devices.qr_code_data_uri(device),
            "secret": devices.secret_for_display(device),
            "next": next_url(request),
        },
    )


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """Each session: a code from the application, or one of the recovery codes."""
    if not user_has_device(request.user):
        return redirect(page_with_next("reseau_second_factor_enrol", next_url(request)))
    recovery = request.GET.get("secours") == "1"
    device = (devices.recovery_device if recovery else devices.app_device)(request.user)
    form = (RecoveryCodeForm if recovery else AppCodeForm)(request.POST or None)
    if form.is_valid():
        if throttled(device):
            form.add_error(
                "code", _("Trop de codes erronés : patientez quelques instants avant de réessayer.")
            )
        elif checked(device, form.cleaned_data["code"]):
            otp_login(request, device)
            if recovery:
                logger.info("Recovery code used by user %s", request.user.pk)
                messages.warning(
                    request,
                    _(
                        "Code de secours accepté. Il vous en reste %(count)s ; si vous avez perdu "
                        "votre téléphone, demandez à un administrateur de réinitialiser votre "
                        "double authentification."
                    )
                    % {"count": devices.remaining_recovery_codes(request.user)},
                )
            return redirect(next_url(request))
        else:
            form.add_error("code", _("Ce code n'est pas le bon."))
    return render(
        request,
        "second_factor/verify.html",
        {"form": form, "recovery": recovery, "next": next_url(request)},
    )


@never_cache
def reset(request, user_id):
    """A superuser deletes someone's devices (a lost phone): they enrol again at their next
    visit to the admin. Logged in the admin's history and the security log."""
    if not request.user.is_superuser:
        raise PermissionDenied
    person = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        count = devices.reset_devices(person)
        log(instance=person, action=RESET_ACTION, user=request.user)
        logger.warning(
            "Second factor of user %s reset by user %s (%s devices deleted)",
            person.pk,
            request.user.pk,
            count,
        )
        messages.success(
            request,
            _(
                "La double authentification de %(name)s est réinitialisée : un nouvel appareil "
                "lui sera demandé à sa prochaine connexion."
            )
            % {"name": person},
        )
        return redirect("wagtailusers_users:index")
    return render(
        request,
        "second_factor/reset.html",
        {"person": person, "enrolled": devices.is_enrolled(person)},
    )
