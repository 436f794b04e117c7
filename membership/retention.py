"""How long an application's personal data is kept: once decided, MEMBERSHIP_APPLICATION_
RETENTION_MONTHS (12) months, then the names, addresses, phone, messages, the people named and
the deliberation are erased; what remains (kind, commune, dates, status) counts applications
without naming anyone. A pending application is kept until the facilitator decides."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from . import conf
from .applications import ApplicationPerson, MembershipApplication

ERASED = {
    "first_name": "",
    "last_name": "",
    "function": "",
    "email": "",
    "phone": "",
    "message": "",
    "decision_message": "",
}


def expired(now=None):
    """Decided applications past the retention period, not yet anonymised."""
    now = now or timezone.now()
    months = conf.get("MEMBERSHIP_APPLICATION_RETENTION_MONTHS")
    return MembershipApplication.objects.filter(
        decided_at__lt=now - timedelta(days=round(months * 30.44)), anonymised_at__isnull=True
    )


def anonymise(application):
    with transaction.atomic():
        if application.deliberation:
            application.deliberation.delete(save=False)
        ApplicationPerson.objects.filter(application=application).delete()
        for field, value in ERASED.items():
            setattr(application, field, value)
        application.deliberation = ""
        application.anonymised_at = timezone.now()
        application.save()


def anonymise_expired(*, dry_run=False, now=None):
    """Anonymises every expired application; returns how many (would be) anonymised."""
    applications = list(expired(now))
    if not dry_run:
        for application in applications:
            anonymise(application)
    return len(applications)
