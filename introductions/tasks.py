"""The e-mails of a request's steps, sent by the task queue. Each task takes the request's id
and reads it afresh. Who is told what: the contact and the facilitators of a new request; the
requester of the answer. Only the e-mail to the requester after the contact accepted carries
the contact's details, and only those the contact chose to share."""

from django_tasks import task

from members_area.emails import absolute_url
from members_area.notices import facilitators

from .models import EventKind, IntroductionRequest
from .notifications import member, send


def _request(pk):
    queryset = IntroductionRequest.objects.select_related(
        "requester", "contact", "organisation", "commune"
    )
    return queryset.filter(pk=pk).first()


def _context(request):
    return {"req": request, "request_url": absolute_url(request.get_absolute_url())}


@task()
def tell_request_made(request_id):
    """To the contact (when they have an account) and the facilitators; when the sheet's
    contact has no account, the requester learns that the facilitator takes it over."""
    request = _request(request_id)
    if request is None:
        return 0
    context = _context(request)
    sent = send("request_to_contact", member(request.contact), context)
    sent += send("request_to_facilitators", facilitators(), context)
    if request.contact_id is None:
        sent += send("handed_over", member(request.requester), context)
    return sent


@task()
def tell_accepted(request_id):
    request = _request(request_id)
    if request is None:
        return 0
    return send("accepted", member(request.requester), _context(request))


@task()
def tell_declined(request_id):
    request = _request(request_id)
    if request is None:
        return 0
    context = _context(request)
    sent = send("declined", member(request.requester), context)
    return sent + send("declined_to_facilitators", facilitators(), context)


@task()
def tell_introduced(request_id):
    request = _request(request_id)
    if request is None:
        return 0
    note = request.events.filter(kind=EventKind.INTRODUCED).order_by("-created_at", "-pk").first()
    context = {**_context(request), "note": note.note if note else ""}
    return send("introduced", member(request.requester), context)
