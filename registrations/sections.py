"""What the registrations add to other plugins' pages through their hooks.

On an event's page (`sheets_event_page_sections`, in its "S'inscrire" section): the places left
and the registration dates, the same for every visitor, so that the page the front cache keeps
is the same for all of them (registrations.cache_purge forgets it when the places change); for
an active member, their own status with a cancel button, and the one-click form. On the member
dashboard (`members_area_dashboard_sections`): "Mes inscriptions"."""

from django.urls import reverse
from django.utils import timezone

from core.navigation import active_locale
from members_area import permissions
from sheets.models import EventPage, RegistrationMode
from sheets.models.event import past_q, upcoming_q

from . import availability, links, people, places
from .forms import MemberForm
from .models import Registration, Status
from .ranks import with_rank

PAST_SHOWN = 10


def _member_part(request, page, event, public):
    """The member's status on the event, the registrations they made for colleagues, and the
    one-click form while one may register."""
    user = request.user
    mine = people.registration_of(user, event)
    part = {
        "profile": permissions.member_profile(user),
        "mine": mine,
        "for_colleagues": people.registered_colleagues(user, event),
        "next": request.get_full_path(),
    }
    if public["reason"] is None and not public["places"].refuses:
        colleagues = people.colleagues_of(user, event)
        questions = page.registration_questions.all()
        form = MemberForm(questions=questions, colleagues=colleagues, include_self=mine is None)
        if mine is None or form.fields["colleagues"].queryset.exists():
            part["form"] = form
    return part


def event_section(request, page):
    """The registration part of an event page that takes registrations on the site, while it
    is to come and not cancelled (nothing for a page not saved yet: the editor's preview)."""
    if not page.takes_registrations or page.is_cancelled or not page.is_upcoming or not page.pk:
        return None
    event = places.source_event(page)
    opens = event.registration_opens_at
    public = {
        "title": page.title,
        "register_url": reverse("registrations:register", args=[page.pk]),
        "places": availability.places_of(event),
        "reason": availability.closed_reason(event),
        "opens": availability.when(opens) if opens else "",
        "closes": availability.when(availability.closes_at(event)),
        "members_only": event.registration_mode == RegistrationMode.MEMBERS,
    }
    context = {**public, "is_member": False}
    user = getattr(request, "user", None)
    if permissions.is_active_member(user):
        context.update(is_member=True, **_member_part(request, page, event, public))
    elif user is not None and user.is_authenticated:
        context["signed_in"] = True
    return {
        "template": "registrations/includes/event_section.html",
        "context": context,
        "order": 0,
        "slot": "registration",
    }


def _in_language(registrations, locale):
    """Sets `shown_event` on each registration: its event in `locale` when it is translated
    there, else the event itself (one query at most)."""
    keys = {r.event.translation_key for r in registrations if r.event.locale_id != locale.pk}
    pages = {}
    if keys:
        translated = EventPage.objects.live().filter(translation_key__in=keys, locale_id=locale.pk)
        pages = {page.translation_key: page for page in translated}
    for registration in registrations:
        registration.shown_event = pages.get(registration.event.translation_key, registration.event)
    return registrations


def dashboard_section(request):
    """The dashboard's "Mes inscriptions": the coming ones (status, rank, cancel link), the
    last past ones (attendance)."""
    now, locale = timezone.now(), active_locale(request)
    mine = Registration.objects.filter(user_id=request.user.pk, event__live=True)
    mine = mine.select_related("event")
    coming = EventPage.objects.filter(upcoming_q(now)).values("pk")
    past = EventPage.objects.filter(past_q(now)).values("pk")
    upcoming = list(with_rank(mine.active().filter(event_id__in=coming)).order_by("event__start"))
    for registration in upcoming:
        registration.cancel_url = reverse("registrations:cancel", args=[links.token(registration)])
    attended = mine.filter(status=Status.CONFIRMED, event_id__in=past)
    recent = list(attended.order_by("-event__start")[:PAST_SHOWN])
    return {
        "template": "registrations/includes/dashboard.html",
        "context": {
            "upcoming": _in_language(upcoming, locale),
            "past": _in_language(recent, locale),
        },
        "order": 5,
    }
