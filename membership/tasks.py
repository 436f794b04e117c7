"""The e-mails of an application, sent through the task queue: they take ids and read the
application when they run."""

from django.urls import NoReverseMatch, reverse
from django_tasks import task

from members_area.emails import absolute_url
from members_area.notices import facilitators

from . import emails
from .applications import MembershipApplication


def admin_url(application):
    try:
        return absolute_url(reverse("membership_applications:inspect", args=[application.pk]))
    except NoReverseMatch:
        return ""


def _application(pk):
    return (
        MembershipApplication.objects.select_related("commune", "organisation")
        .prefetch_related("people")
        .filter(pk=pk)
        .first()
    )


@task()
def notify_application_received(application_id):
    """The confirmation to the applicant and the notice to the facilitators."""
    application = _application(application_id)
    if application is None:
        return 0
    context = {"application": application, "admin_url": admin_url(application)}
    sent = emails.send_one("application_received", application.email, context, application.language)
    return sent + emails.send_to_users("application_notice", facilitators(), context)


@task()
def notify_decision(application_id, invited=0):
    """Tells the applicant that the application was approved (what comes next) or declined
    (with the facilitator's message)."""
    application = _application(application_id)
    if application is None or application.is_pending:
        return 0
    template = f"application_{application.status}"
    context = {"application": application, "invited": invited}
    return emails.send_one(template, application.email, context, application.language)
