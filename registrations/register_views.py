"""The registration page of an event, /inscriptions/<event id>/: an active member registers in
one click with their profile (and colleagues, and the questions); anyone else, when the event is
open to all, with the visitor's form (honeypot, rate limit per address). Every registration goes
through registrations.places; a submission key makes a double click register once. A closed,
cancelled, past or full event gets a page saying so."""

from axes.helpers import get_client_ip_address
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.navigation import active_locale
from core.rate_limit import allow
from members_area import permissions
from members_area.gates import not_member
from sheets.models import EventPage, RegistrationMode

from . import availability, conf, people, places
from .forms import MemberForm, VisitorForm
from .models import Registration
from .ranks import with_rank


def shown_event(request, event, page):
    """The event's live page in the request's language: `page` itself, a translation of the
    source `event`, else `page`."""
    locale = active_locale(request)
    if page.locale_id == locale.pk:
        return page
    translated = (
        EventPage.objects.live()
        .public()
        .filter(translation_key=event.translation_key, locale_id=locale.pk)
    )
    return translated.first() or page


def already_made(key):
    """The registrations saved with this submission key (the same form sent twice)."""
    if key is None:
        return []
    return list(Registration.objects.filter(submission_key=key).order_by("pk"))


def done(request, shown, made):
    """What the person sees once registered: each person's status, the rank of those waiting."""
    pks = [registration.pk for registration in made]
    registrations = list(with_rank(Registration.objects.filter(pk__in=pks)).order_by("pk"))
    return render(
        request, "registrations/registered.html", {"event": shown, "registrations": registrations}
    )


def _page(request, template_context, status):
    return render(request, "registrations/register.html", template_context, status=status)


def _save(request, context, event, persons, registered_by=None):
    """Registers `persons`; on a refusal, the form again with its reason, nothing lost."""
    form = context["form"]
    key = form.cleaned_data.get("submission_key")
    answers, language = form.answers(), (get_language() or "fr")[:10]
    persons = [{**person, "answers": answers, "language": language} for person in persons]
    try:
        made = places.register(event, persons, registered_by=registered_by, submission_key=key)
    except (places.RegistrationRefused, IntegrityError) as refusal:
        made = already_made(key)  # the same form, sent again while the first was saved
        if made:
            return done(request, context["event"], made)
        if isinstance(refusal, IntegrityError):
            raise
        form.add_error(None, str(refusal))
        return _page(request, context, 409)
    return done(request, context["event"], made)


def _visitor(request, event, shown, questions, room):
    initial = {}
    if request.user.is_authenticated:  # a signed-in account that is not a member's
        user = request.user
        initial = {"first_name": user.first_name, "last_name": user.last_name, "email": user.email}
    form = VisitorForm(request.POST or None, questions=questions, initial=initial)
    context = {"event": shown, "source": event, "form": form, "is_member": False, "places": room}
    if request.method != "POST":
        return _page(request, context, 200)
    if not form.is_valid():
        return _page(request, context, 400)
    if form.is_bot():  # told the same as a person; nothing saved
        return done(request, shown, [])
    made = already_made(form.cleaned_data.get("submission_key"))
    if made:
        return done(request, shown, made)
    address = get_client_ip_address(request) or "unknown"
    if not allow("registrations", address, conf.get("REGISTRATIONS_PER_HOUR")):
        form.add_error(
            None,
            _(
                "Trop d'inscriptions ont été envoyées depuis votre connexion en peu de temps. "
                "Réessayez dans une heure : ce que vous avez saisi est conservé ci-dessous."
            ),
        )
        return _page(request, context, 429)
    return _save(request, context, event, [form.person()])


def _member(request, event, shown, questions, room):
    user = request.user
    mine = people.registration_of(user, event)
    form = MemberForm(
        request.POST or None,
        questions=questions,
        colleagues=people.colleagues_of(user, event),
        include_self=mine is None,
    )
    profile = permissions.member_profile(user)
    context = {
        "event": shown,
        "source": event,
        "form": form,
        "is_member": True,
        "places": room,
        "profile": profile,
        "mine": mine,
    }
    if request.method != "POST":
        return _page(request, context, 200)
    if not form.is_valid():
        return _page(request, context, 400)
    made = already_made(form.cleaned_data.get("submission_key"))
    if made:
        return done(request, shown, made)
    persons = [] if mine else [{**people.person_of(user, profile), "registered_by": None}]
    persons += [people.person_of(c, c.member_profile) for c in form.cleaned_data["colleagues"]]
    return _save(request, context, event, persons, registered_by=user)


@never_cache
def register(request, event_id):
    page = get_object_or_404(EventPage.objects.live().public(), pk=event_id)
    event = places.source_event(page)
    shown = shown_event(request, event, page)
    room = availability.places_of(event)  # shown on the form: a full event's waiting list
    reason = availability.unavailable_reason(event, places=room)
    if reason:
        status = 200 if request.method in ("GET", "HEAD") else 409
        context = {"event": shown, "reason": reason}
        return render(request, "registrations/unavailable.html", context, status=status)
    member = permissions.is_active_member(request.user)
    if event.registration_mode == RegistrationMode.MEMBERS and not member:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return not_member(request)
    questions = list(shown.registration_questions.all())
    if member:
        return _member(request, event, shown, questions, room)
    return _visitor(request, event, shown, questions, room)
