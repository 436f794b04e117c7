"""The facilitator's decision on an application. Approving creates the member organisation, or
renews it (one more year from the later of today and its current end), and invites the contact
person and the people named, through the member area's own invitations; declining keeps the
facilitator's message. Each decision e-mails the applicant once the transaction commits."""

import functools
import logging
import smtplib

from django.db import transaction
from django.utils import timezone

from members_area.emails import send_invitation
from members_area.models import Invitation, MemberOrganisation, MemberProfile

from .applications import ApplicationKind, ApplicationStatus, MembershipApplication
from .tasks import notify_decision

logger = logging.getLogger(__name__)

ORGANISATION_KINDS = {
    ApplicationKind.COMMUNE: MemberOrganisation.Kind.COMMUNE,
    ApplicationKind.EPCI: MemberOrganisation.Kind.EPCI,
    ApplicationKind.COUNCIL: MemberOrganisation.Kind.COUNCIL,
}
ARTICLES = {"Le ": "du ", "Les ": "des ", "La ": "de La ", "L'": "de L'"}


def commune_organisation_name(commune_name):
    """ "Commune de Bais", "Commune d'Ernée", "Commune du Bourgneuf-la-Forêt"."""
    for article, replacement in ARTICLES.items():
        if commune_name.startswith(article):
            return f"Commune {replacement}{commune_name[len(article) :]}"
    if commune_name[:1].lower() in "aeiouyhéèêîôâ":
        return f"Commune d'{commune_name}"
    return f"Commune de {commune_name}"


def organisation_name(application):
    if application.kind == ApplicationKind.COMMUNE and application.commune_id:
        return commune_organisation_name(application.commune.name)
    return application.applicant_name


def existing_organisation(application):
    """The organisation this application renews, if it is already known."""
    if application.kind == ApplicationKind.COMMUNE and application.commune_id:
        found = MemberOrganisation.objects.filter(
            commune_id=application.commune_id, kind=MemberOrganisation.Kind.COMMUNE
        ).first()
        if found:
            return found
    return MemberOrganisation.objects.filter(name=organisation_name(application)).first()


def one_year_after(day):
    """The same day a year later (28 February for a 29 February)."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def new_end(organisation, today=None):
    """One year from the later of today and the current end of the membership."""
    today = today or timezone.localdate()
    current = organisation.active_until if organisation is not None else None
    return one_year_after(max(today, current or today))


def membership_for(application, today=None):
    """Creates or renews the organisation; returns it."""
    today = today or timezone.localdate()
    organisation = existing_organisation(application)
    end = new_end(organisation, today)
    if organisation is None:
        organisation = MemberOrganisation(
            name=organisation_name(application),
            kind=ORGANISATION_KINDS[application.kind],
            commune=application.commune if application.kind == ApplicationKind.COMMUNE else None,
            member_since=today.year,
        )
    elif organisation.commune_id is None and application.kind == ApplicationKind.COMMUNE:
        organisation.commune = application.commune
    organisation.active_until = end
    organisation.save()
    return organisation


def people_to_invite(application):
    """(email, first name, last name, role, function) of the contact person and the others,
    without duplicates nor people who already have a member account."""
    rows = [
        (
            application.email,
            application.first_name,
            application.last_name,
            application.role,
            application.function,
        )
    ]
    for person in application.people.all():
        first, _space, last = person.name.partition(" ")
        rows.append((person.email, first, last, person.role, ""))
    members = {
        email.lower()
        for email in MemberProfile.objects.filter(
            user__email__in=[row[0] for row in rows]
        ).values_list("user__email", flat=True)
    }
    seen, people = set(), []
    for row in rows:
        email = row[0].strip().lower()
        if email in seen or email in members:
            continue
        seen.add(email)
        people.append((email, *row[1:]))
    return people


def send_invitations(invitations, request):
    """Sends each invitation (after the commit); a mail server that fails is logged, and the
    facilitator can resend it from the Invitations list."""
    for invitation, token in invitations:
        try:
            send_invitation(invitation, token, request)
        except (OSError, smtplib.SMTPException):
            logger.warning(
                "Could not send the invitation %s (mail server unavailable)", invitation.pk
            )


def _claim(application_pk):
    """The application, locked, if it is still pending; None once decided."""
    return (
        MembershipApplication.objects.select_for_update()
        .filter(pk=application_pk, status=ApplicationStatus.PENDING)
        .first()
    )


def _decide(application, status, user, message):
    application.status = status
    application.decided_at = timezone.now()
    application.decided_by = user
    application.decision_message = message
    application.save()


@transaction.atomic
def approve(application_pk, user, message="", request=None):
    """Approves a pending application: (application, invitations made), or None when it was
    already decided (a second click)."""
    application = _claim(application_pk)
    if application is None:
        return None
    application.organisation = membership_for(application)
    _decide(application, ApplicationStatus.APPROVED, user, message)
    invitations = []
    for email, first_name, last_name, role, function in people_to_invite(application):
        invitation = Invitation(
            email=email,
            first_name=first_name[:150],
            last_name=last_name[:150],
            organisation=application.organisation,
            role=role,
            function=function,
            invited_by=user,
        )
        token = invitation.new_token()
        invitation.save()
        invitations.append((invitation, token))
    transaction.on_commit(functools.partial(send_invitations, invitations, request))
    transaction.on_commit(
        functools.partial(notify_decision.enqueue, application.pk, len(invitations))
    )
    return application, invitations


@transaction.atomic
def decline(application_pk, user, message):
    """Declines a pending application with the facilitator's message; None when it was already
    decided."""
    application = _claim(application_pk)
    if application is None:
        return None
    _decide(application, ApplicationStatus.DECLINED, user, message)
    transaction.on_commit(functools.partial(notify_decision.enqueue, application.pk))
    return application


def preview_end(application):
    """The end date an approval would give, for the confirmation page."""
    return new_end(existing_organisation(application))
