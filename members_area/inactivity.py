"""Accounts nobody uses any more (decision 0031): warned by e-mail after 23 months without a
sign-in, anonymised after 24 and at least 30 days after the warning (figures in conf.py). Run
daily by `manage.py expire_inactive_accounts`; an e-mail that cannot leave is tried again the
next day."""

import calendar
import logging
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone

from . import conf, emails, personal_data
from .models import AccountRecord

logger = logging.getLogger(__name__)


def shift_months(moment, months):
    """`moment` moved by a number of calendar months (negative: back), the day clamped to the
    month's length (31 March minus one month is 28 or 29 February)."""
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


@dataclass
class Outcome:
    warned: int = 0
    anonymised: int = 0
    failed: int = 0


def inactive_users(now):
    """Accounts not anonymised whose last sign-in (or creation, if never) is at least the warning
    delay ago, with `last_seen` and their record."""
    warn_before = shift_months(now, -conf.get("MEMBERS_INACTIVITY_WARNING_MONTHS"))
    anonymised = AccountRecord.objects.filter(anonymised_at__isnull=False).values("user_id")
    return (
        get_user_model()
        .objects.annotate(last_seen=Coalesce("last_login", "date_joined"))
        .filter(last_seen__lte=warn_before)
        .exclude(
            Q(pk__in=anonymised) | Q(email__endswith="@" + personal_data.ANONYMOUS_EMAIL_DOMAIN)
        )
        .order_by("pk")
    )


def _warn(user, record, now, deadline, outcome):
    context = {
        "first_name": user.first_name,
        "last_activity": timezone.localtime(user.last_seen),
        "deadline": timezone.localtime(deadline),
        "staff": user.is_staff or user.is_superuser,
        "login_path": reverse("members_area:login"),
    }
    language = personal_data.user_language(user)
    if emails.send_plain("inactivity_warning", context, user.email, language):
        record.inactivity_warned_at = now
        record.save(update_fields=["inactivity_warned_at"])
        outcome.warned += 1
    else:
        outcome.failed += 1


def expire_inactive_accounts(now=None) -> Outcome:
    """Warns, then anonymises, the accounts nobody has used for too long. Staff are warned but
    never anonymised by this rule (a person decides); a disabled account cannot sign in, so it
    is not warned, only anonymised when its time comes."""
    now = now or timezone.now()
    anonymise_months = conf.get("MEMBERS_INACTIVITY_ANONYMISE_MONTHS")
    notice = timedelta(days=conf.get("MEMBERS_INACTIVITY_NOTICE_DAYS"))
    outcome = Outcome()
    for user in inactive_users(now).iterator(chunk_size=200):
        record = personal_data.account_record(user)
        warned = record.inactivity_warned_at
        due = shift_months(user.last_seen, anonymise_months)
        if user.is_staff or user.is_superuser:
            if warned is None:
                _warn(user, record, now, due, outcome)
            continue
        if not user.is_active:
            if due <= now:
                personal_data.close_account(user, by_inactivity=True)
                outcome.anonymised += 1
            continue
        if warned is None:
            _warn(user, record, now, max(due, now + notice), outcome)
        elif due <= now and warned <= now - notice:
            personal_data.close_account(user, by_inactivity=True)
            outcome.anonymised += 1
    logger.info(
        "Inactive accounts: %s warned, %s anonymised, %s e-mails not sent",
        outcome.warned,
        outcome.anonymised,
        outcome.failed,
    )
    return outcome
