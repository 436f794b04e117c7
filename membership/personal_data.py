"""What the plugin holds about a person, for their data-rights export (decision 0031): the
applications sent with their e-mail address."""

from .applications import MembershipApplication


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
