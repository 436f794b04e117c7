"""Who must show a second factor, and their devices: one TOTP application and one set of
recovery codes per person, through django-otp's documented models and functions."""

import base64
import io

import qrcode
import qrcode.image.svg
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user, user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODE_COUNT = 10
APP_DEVICE_NAME = _("Application d'authentification")
RECOVERY_DEVICE_NAME = _("Codes de secours")


def needs_second_factor(user):
    """Anyone who may open the Wagtail admin; members of the reserved area may not."""
    return user.is_authenticated and user.has_perm("wagtailadmin.access_admin")


def is_enrolled(user):
    return user_has_device(user, confirmed=True)


def app_device(user):
    """The person's confirmed TOTP application, if any."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def recovery_device(user):
    return StaticDevice.objects.devices_for_user(user, confirmed=True).first()


def pending_app_device(user):
    """The TOTP device being enrolled: the same secret while the page is reloaded."""
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=str(APP_DEVICE_NAME), confirmed=False)
    return device


def secret_for_display(device):
    """The secret in base32 by groups of four, for typing into an application by hand."""
    secret = base64.b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_data_uri(device):
    """The provisioning URI as an SVG QR code drawn here (no outside service), as a data URI."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


@transaction.atomic
def confirm_enrolment(device):
    """Confirms the TOTP device and makes fresh recovery codes, returned to be shown once
    (django-otp stores them as it stores the TOTP secret: in the database, not hashed)."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


def new_recovery_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=str(RECOVERY_DEVICE_NAME), confirmed=True)
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remaining_recovery_codes(user):
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def reset_devices(user):
    """Deletes every device of the person: they enrol again at their next visit to the admin."""
    devices = list(devices_for_user(user, confirmed=None))
    for device in devices:
        device.delete()
    return len(devices)


def forget_devices(sender, user, **kwargs):
    """An anonymised account keeps no second-factor device (members_area's account_anonymised
    signal, decision 0031)."""
    reset_devices(user)
