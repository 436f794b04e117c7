"""The renewal reminders: 60 and 15 days (MEMBERSHIP_REMINDER_DAYS) before an organisation's
membership ends, its members and the facilitators are told. A ReminderLog row, unique per
organisation, end date and delay, is written before the e-mails go: a second run, or two runs
at once, sends nothing more. A run that comes late sends only the most urgent reminder due."""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils import timezone

from members_area.emails import absolute_url
from members_area.models import MemberOrganisation
from members_area.notices import facilitators

from . import conf, emails
from .applications import ReminderLog
from .pages import JoinPage


@dataclass
class Due:
    organisation: MemberOrganisation
    days_before: int


def due_reminders(today=None):
    """The reminders to send today: for each organisation ending within the longest delay,
    the most urgent delay reached that has not been sent for its current end date."""
    today = today or timezone.localdate()
    delays = sorted(conf.get("MEMBERSHIP_REMINDER_DAYS"))
    organisations = MemberOrganisation.objects.filter(
        active_until__gte=today, active_until__lte=today + timedelta(days=max(delays))
    ).order_by("active_until", "name")
    sent = set(
        ReminderLog.objects.filter(organisation__in=organisations).values_list(
            "organisation_id", "active_until", "days_before"
        )
    )
    due = []
    for organisation in organisations:
        days_left = (organisation.active_until - today).days
        urgent = next(d for d in delays if days_left <= d)
        if (organisation.pk, organisation.active_until, urgent) not in sent:
            due.append(Due(organisation, urgent))
    return due


def recipients(organisation):
    """The organisation's active members with an address, then the facilitators."""
    members = (
        get_user_model()
        .objects.filter(member_profile__organisation=organisation, is_active=True)
        .exclude(email="")
    )
    return list(members), facilitators()


def _claim(item):
    """Writes the log row before sending; False when a run already did (unique constraint)."""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(
                organisation=item.organisation,
                active_until=item.organisation.active_until,
                days_before=item.days_before,
            )
    except IntegrityError:
        return False
    return True


def renewal_url():
    page = JoinPage.objects.live().filter(locale__language_code="fr").first()
    page = page or JoinPage.objects.live().first()
    if page is None:
        return absolute_url("/")
    return page.get_full_url() + page.reverse_subpage("form")


def send_reminders(*, dry_run=False, today=None):
    """Sends the due reminders; returns [(organisation, days, e-mails sent)]."""
    report = []
    link = renewal_url()
    for item in due_reminders(today):
        members, team = recipients(item.organisation)
        if dry_run:
            report.append((item.organisation, item.days_before, len(members) + len(team)))
            continue
        if not _claim(item):
            continue
        context = {
            "organisation": item.organisation,
            "end": item.organisation.active_until,
            "days": (item.organisation.active_until - (today or timezone.localdate())).days,
            "renewal_url": link,
        }
        sent = emails.send_to_users("renewal_reminder", members, context)
        sent += emails.send_to_users("renewal_notice", team, context)
        report.append((item.organisation, item.days_before, sent))
    return report
