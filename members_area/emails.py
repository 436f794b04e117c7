"""E-mails the member area sends (invitations); password reset uses Django's own view."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string

from members_area import conf


def send_invitation(invitation, token, request=None):
    """Sends the one-time link. The token exists in clear only in this e-mail."""
    path = invitation.accept_url(token)
    if request is not None:
        url = request.build_absolute_uri(path)
    else:
        url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
    context = {
        "invitation": invitation,
        "url": url,
        "valid_days": conf.get("MEMBERS_INVITATION_VALID_DAYS"),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    subject = render_to_string("members_area/emails/invitation_subject.txt", context)
    body = render_to_string("members_area/emails/invitation_body.txt", context)
    send_mail(" ".join(subject.split()), body, None, [invitation.email])
