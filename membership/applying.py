"""Saving an application sent from the join page: once per submission key, within the rate
limit of the sender's address; the e-mails go once the transaction commits."""

import functools

from axes.helpers import get_client_ip_address
from django.db import transaction
from django.utils.translation import get_language

from core.rate_limit import allow
from core.submission import already_posted

from . import conf
from .applications import ApplicationPerson, MembershipApplication
from .tasks import notify_application_received


def client_address(request):
    """The sender's address, read as the sign-in protection reads it (django-axes: behind
    AXES_PROXY_COUNT proxies, from X-Forwarded-For; otherwise REMOTE_ADDR)."""
    return get_client_ip_address(request) or "unknown"


def too_many_applications(request) -> bool:
    """Counts one application from this address; True past the hourly limit."""
    limit = conf.get("MEMBERSHIP_APPLICATIONS_PER_HOUR")
    return not allow("membership-application", client_address(request), limit)


def already_sent(form):
    """The application already saved with this form's submission key, or None."""
    return already_posted(MembershipApplication, form.cleaned_data.get("submission_key"))


@transaction.atomic
def save_application(form, request):
    """Creates the application and the people it names, and enqueues the confirmation and the
    facilitators' notice."""
    application = form.save(commit=False)
    application.submission_key = form.cleaned_data.get("submission_key")
    application.language = (get_language() or "fr")[:10]
    if form.cleaned_data.get("deliberation"):
        application.deliberation = form.cleaned_data["deliberation"]
    application.save()
    ApplicationPerson.objects.bulk_create(
        ApplicationPerson(application=application, **row) for row in form.other_people()
    )
    transaction.on_commit(functools.partial(notify_application_received.enqueue, application.pk))
    return application
