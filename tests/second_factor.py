"""Test helpers for the admin's second factor: a session verified the way django-otp's own
login() records it, and the code an authenticator application would show."""

import django_otp
from django.test import RequestFactory
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def verified_login(client, user):
    """Signs `user` in on `client` with a confirmed TOTP device verified in this session."""
    client.force_login(user)
    device = TOTPDevice.objects.create(user=user, name="Test", confirmed=True)
    request = RequestFactory().get("/")
    request.user = user
    request.session = client.session
    django_otp.login(request, device)
    request.session.save()
    return device


def current_code(device, steps=0):
    """The code the application shows now (or `steps` time steps later)."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=steps)
    return f"{code:0{device.digits}d}"
