"""Failed sign-ins per e-mail address, read from django-axes' records (its public model)."""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.db.models import Max, Sum
from django.utils import timezone


def username_from_credentials(request, credentials):
    """AXES_USERNAME_CALLABLE: the e-mail address as the site stores it (trimmed, lower case),
    so that changing the case of a letter does not start a fresh count."""
    if credentials:
        value = credentials.get("username")
    else:
        value = getattr(request, "POST", {}).get("username")
    return value.strip().lower() if isinstance(value, str) else value


def account_failures(username, request=None):
    """(failures, newest): how many failures this e-mail address has had from any address
    within axes' cool-off, and the newest record's id (which an unlock link carries, so that it
    works once)."""
    if not username:
        return 0, None
    attempts = AccessAttempt.objects.filter(username=username)
    cool_off = get_cool_off(request)
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    totals = attempts.aggregate(failures=Sum("failures_since_start"), newest=Max("pk"))
    return totals["failures"] or 0, totals["newest"]
