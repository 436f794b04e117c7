"""A person's data rights (decision 0031): everything the site holds about an account (the
export), and the one way an account is closed (anonymisation), used alike by the member's own
page, the facilitator's admin and the inactivity command."""

import logging

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from guardian.models import UserObjectPermission
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from wagtail.users.models import UserProfile

from . import conf, emails, extensions, permissions
from .models import (
    AccountRecord,
    DownloadLog,
    Invitation,
    MemberProfile,
    ResourceUserPermission,
)
from .signals import account_anonymised

logger = logging.getLogger(__name__)

# An anonymised account keeps its row (its contributions and download log still point at it)
# but nothing that says who it was: this name, and an address no mail can reach (RFC 2606).
FORMER_MEMBER_NAME = "Ancien membre"
ANONYMOUS_EMAIL_DOMAIN = "anonyme.invalid"
EXPORT_FORMAT = "reseau-donnees-personnelles/1"
# django-axes' sign-in records, when the site uses it: (model, what the export calls them).
AXES_LOGS = (
    ("AccessLog", "sign_ins"),
    ("AccessFailureLog", "failed_sign_ins"),
    ("AccessAttempt", "sign_in_lockout_counters"),
)


def account_record(user):
    return AccountRecord.objects.get_or_create(user=user)[0]


def is_anonymised(user) -> bool:
    return user.email.endswith("@" + ANONYMOUS_EMAIL_DOMAIN)


def user_language(user) -> str:
    """The language of the person's e-mails: that of their last sign-in, else the admin's
    preference (staff), else the site's source language (French)."""
    known = {code for code, _name in settings.LANGUAGES}
    record = AccountRecord.objects.filter(user=user).first()
    if record and record.language in known:
        return record.language
    profile = UserProfile.objects.filter(user=user).first()
    if profile and profile.preferred_language in known:
        return profile.preferred_language
    return settings.LANGUAGE_CODE


def remember_sign_in(sender, request, user, **kwargs):
    """user_logged_in receiver: the sign-in's language, and a fresh start for the inactivity
    rule (a returning person is warned again after another period of silence)."""
    AccountRecord.objects.update_or_create(
        user=user,
        defaults={"language": translation.get_language() or "", "inactivity_warned_at": None},
    )


def _date(value):
    return value.isoformat() if value else None


def _axes_models():
    if not apps.is_installed("axes"):
        return []
    return [(apps.get_model("axes", name), key) for name, key in AXES_LOGS]


def _sign_in_records(user):
    records = {}
    for model, key in _axes_models():
        rows = model.objects.filter(username__iexact=user.email).order_by("-attempt_time")
        records[key] = [
            {
                "date": _date(row.attempt_time),
                "ip_address": row.ip_address,
                "browser": row.user_agent,
                **(
                    {"signed_out_at": _date(row.logout_time)} if hasattr(row, "logout_time") else {}
                ),
            }
            for row in rows
        ]
    return records


def _membership(user):
    profile = MemberProfile.objects.select_related("organisation").filter(user=user).first()
    if profile is None:
        return None
    organisation = profile.organisation
    return {
        "organisation": organisation.name,
        "organisation_kind": organisation.get_kind_display(),
        "member_since": organisation.member_since,
        "membership_valid_until": _date(organisation.active_until),
        "role": profile.get_role_display(),
        "function": profile.function,
    }


def _resources(user):
    """Titles of the resources this person may open now, and their downloads: a download of a
    resource they may no longer open keeps its date, not its title (nothing reserved leaks)."""
    viewable = permissions.viewable_resources(user)
    titles = dict(viewable.order_by("title").values_list("pk", "title"))
    personal = ResourceUserPermission.objects.filter(user=user).values_list(
        "content_object_id", flat=True
    )
    downloads = DownloadLog.objects.filter(user=user).order_by("-downloaded_at")
    return {
        "resources_you_may_open": sorted(titles.values()),
        "resources_granted_to_you_personally": sorted(
            titles[pk] for pk in set(personal) if pk in titles
        ),
        "downloads": [
            {"date": _date(log.downloaded_at), "resource": titles.get(log.resource_id)}
            for log in downloads.only("downloaded_at", "resource_id")
        ],
    }


def export(user) -> dict:
    """Everything the site holds about `user`, as plain data for a JSON file."""
    record = AccountRecord.objects.filter(user=user).first()
    groups = Group.objects.filter(user=user).select_related("working_group").order_by("name")
    invitations = Invitation.objects.filter(email__iexact=user.email).select_related("organisation")
    return {
        "format": EXPORT_FORMAT,
        "generated_at": _date(timezone.now()),
        "notice": _(
            "Toutes les données que le site du réseau détient sur votre compte. Les documents "
            "réservés sont nommés seulement s'ils vous sont ouverts aujourd'hui."
        ),
        "account": {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "active": user.is_active,
            "staff": user.is_staff,
            "joined_at": _date(user.date_joined),
            "last_sign_in_at": _date(user.last_login),
            "language_of_last_sign_in": record.language if record else "",
            "inactivity_warning_sent_at": _date(record.inactivity_warned_at) if record else None,
        },
        "membership": _membership(user),
        "groups": [group.name for group in groups],
        "working_groups": [
            group.working_group.name for group in groups if hasattr(group, "working_group")
        ],
        **_resources(user),
        "invitations": [
            {
                "organisation": invitation.organisation.name,
                "role": invitation.get_role_display(),
                "function": invitation.function,
                "first_name": invitation.first_name,
                "last_name": invitation.last_name,
                "sent_at": _date(invitation.created_at),
                "valid_until": _date(invitation.expires_at),
                "accepted_at": _date(invitation.accepted_at),
            }
            for invitation in invitations
        ],
        **_sign_in_records(user),
        "site_editing": {
            "page_revisions": Revision.objects.filter(user=user).count(),
            "logged_actions": PageLogEntry.objects.filter(user=user).count(),
        },
        **extensions.personal_data(user),
    }


def _scrub_log_labels(objects):
    """The admin's history keeps each object's name at the time (Wagtail's log entries): the
    entries about this person's account, membership and invitations lose it."""
    for model, pks in objects.items():
        if pks:
            ModelLogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(model),
                object_id__in=[str(pk) for pk in pks],
            ).update(label=FORMER_MEMBER_NAME)


@transaction.atomic
def anonymise(user):
    """Closes the account for good, keeping its row: name and e-mail replaced, no password, no
    access, no membership or grant, no sign-in records; its edits and download log stay,
    attributed to "Ancien membre" (a pseudonym: the row's id). Returns the old address."""
    old_email = user.email
    profiles = list(MemberProfile.objects.filter(user=user))
    invitations = Invitation.objects.filter(email__iexact=old_email)
    _scrub_log_labels(
        {
            get_user_model(): [user.pk],
            MemberProfile: [profile.pk for profile in profiles],
            Invitation: list(invitations.values_list("pk", flat=True)),
        }
    )
    for profile in profiles:
        profile.delete()  # also takes them out of their organisation's group
    user.groups.clear()
    ResourceUserPermission.objects.filter(user=user).delete()
    UserObjectPermission.objects.filter(user=user).delete()
    user.user_permissions.clear()
    invitations.delete()
    for model, _key in _axes_models():
        model.objects.filter(username__iexact=old_email).delete()
    for profile in UserProfile.objects.filter(user=user):
        if profile.avatar:
            profile.avatar.delete(save=False)
        profile.delete()
    user.first_name = ""
    user.last_name = FORMER_MEMBER_NAME
    user.email = f"ancien-membre-{user.pk}@{ANONYMOUS_EMAIL_DOMAIN}"
    user.set_unusable_password()  # also ends every open session (Django checks the hash)
    user.is_active = user.is_staff = user.is_superuser = False
    user.last_login = None
    user.save()
    AccountRecord.objects.update_or_create(
        user=user,
        defaults={"language": "", "inactivity_warned_at": None, "anonymised_at": timezone.now()},
    )
    account_anonymised.send(sender=get_user_model(), user=user, old_email=old_email)
    logger.info("Account %s anonymised", user.pk)
    return old_email


def close_account(user, *, by_inactivity=False) -> bool:
    """Tells the person at the address the account still has, then anonymises it. The account
    is closed even when the mail server fails; returns whether the e-mail left."""
    sent = emails.send_plain(
        "account_closed",
        {
            "first_name": user.first_name,
            "by_inactivity": by_inactivity,
            "months": conf.get("MEMBERS_INACTIVITY_ANONYMISE_MONTHS"),
        },
        user.email,
        user_language(user),
    )
    anonymise(user)
    return sent
