"""What the plugin holds about a person (decision 0031): the applications sent with their
e-mail address, in their data-rights export, and forgotten when their account is closed."""

from .applications import ApplicationPerson, MembershipApplication
from .retention import anonymise


def _date(value):
    return value.strftime("%Y-%m-%d") if value else None


def applications_of(user):
    if not user.email:
        return {}
    applications = MembershipApplication.objects.filter(
        email__iexact=user.email, anonymised_at__isnull=True
    ).select_related("commune")
    rows = [
        {
            "for": application.applicant_name,
            "kind": application.get_kind_display(),
            "first_name": application.first_name,
            "last_name": application.last_name,
            "function": application.function,
            "phone": application.phone,
            "message": application.message,
            "status": application.get_status_display(),
            "sent_at": _date(application.submitted_at),
            "decided_at": _date(application.decided_at),
        }
        for application in applications
    ]
    return {"membership_applications": rows} if rows else {}


def forget(sender, user, old_email, **kwargs):
    """account_anonymised receiver: the applications sent with the closed account's address lose
    their personal data, and the person is struck from the lists of people to invite."""
    if not old_email:
        return
    for application in MembershipApplication.objects.filter(email__iexact=old_email):
        anonymise(application)
    ApplicationPerson.objects.filter(email__iexact=old_email).delete()
