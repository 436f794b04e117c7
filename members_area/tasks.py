"""Background work of the member area: telling the facilitators that a file is missing,
and the unlock e-mail of a locked account."""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django_tasks import task
from wagtail.documents import get_document_model

from .emails import send_unlock_link
from .models import Resource
from .unlock import make_token

logger = logging.getLogger(__name__)


def facilitators():
    """Who is told: the active staff accounts (the facilitation team) that have an address."""
    return list(
        get_user_model()
        .objects.filter(is_active=True, is_staff=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )


def _admin_url(name, pk):
    try:
        path = reverse(name, args=[pk])
    except NoReverseMatch:
        return ""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def _missing(kind, pk):
    """The record and what the e-mail says of it, or None when it is gone."""
    if kind == "resource":
        record = Resource.objects.filter(pk=pk).first()
        admin = "wagtailsnippets_members_area_resource:edit"
        since = record and record.file_missing_since
    else:
        record = get_document_model().objects.filter(pk=pk).first()
        admin = "wagtaildocs:edit"
        since = None
    if record is None:
        return None
    return {
        "title": record.title,
        "file_name": record.file.name,
        "kind": kind,
        "since": since,
        "admin_url": _admin_url(admin, pk),
    }


@task()
def tell_facilitators_file_missing(kind, pk):
    """One e-mail (text and HTML) to the facilitators, in the site's language. A mail server
    that fails is logged, not raised: the mark stays on the record and `check_files` lists it."""
    with translation.override(settings.LANGUAGE_CODE):
        context = _missing(kind, pk)
        recipients = facilitators()
        if context is None or not recipients:
            return 0
        subject = render_to_string("members_area/emails/missing_file_subject.txt", context)
        message = EmailMultiAlternatives(
            " ".join(subject.split()),
            render_to_string("members_area/emails/missing_file_body.txt", context),
            to=recipients,
        )
        message.attach_alternative(
            render_to_string("members_area/emails/missing_file_body.html", context), "text/html"
        )
    try:
        return message.send()
    except (OSError, smtplib.SMTPException):
        logger.exception("Could not tell the facilitators that %s %s has no file", kind, pk)
        return 0


@task()
def send_unlock_email(username, newest):
    """Sends the unlock link to the active account with this e-mail address; nothing when
    there is none (the lock-out page is the same either way)."""
    model = get_user_model()
    lookup = {f"{model.USERNAME_FIELD}__iexact": username, "is_active": True}
    user = model.objects.filter(**lookup).first()
    if user is None:
        return False
    send_unlock_link(user, make_token(username, newest))
    return True
