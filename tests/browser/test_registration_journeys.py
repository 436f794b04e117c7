"""The three journeys of issue 23, in Chromium on the demo site, each public page audited by
axe-core, the e-mails read from Django's outbox (the site runs in this process) and their
calendar part parsed with icalendar, as a calendar client reads it:

1. a member registers with a colleague in one click, sees it on the event and in "Mes
   inscriptions", then cancels: the places are free again;
2. a visitor joins the waiting list of the full event; a person with a place cancels through the
   signed link of their confirmation e-mail, and the visitor gets the place and the invitation;
3. the facilitator moves an event in the editor: everyone with a place receives the invitation
   updated, same UID and SEQUENCE raised by one, and the event's page shows the new date.
"""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone, translation
from playwright.sync_api import expect

from core.formats import long_date
from registrations import emails, links, people, places
from registrations.invitations import REQUEST, uid_of
from registrations.models import Registration, Status
from sheets.models import EventPage, QuestionKind, RegistrationMode
from sheets.models.event import upcoming_q
from tests.browser.helpers import invitation_in, mails, sign_in_admin, sign_in_member
from tests.browser.test_key_pages import audit

pytestmark = pytest.mark.browser

CANCEL_LINK = re.compile(r"https?://[^/\s]+(/inscriptions/annuler/[^\s]+/)")
VISITOR = {
    "Prénom": "Solène",
    "Nom": "Chevreul",
    "Adresse e-mail": "solene.chevreul@exemple.fr",
    "Collectivité ou structure": "Commune de Cossé-en-Champagne",
    "Fonction": "Adjointe à l'alimentation",
}


def check(page, label, problems):
    """axe-core on the page: serious and critical violations are collected for the end."""
    blocking, results = audit(page, f"fr-registrations-{label}-1280")
    if blocking:
        problems[label] = "\n".join(results.generate_report(v["id"]) for v in blocking)


def upcoming_events():
    """The French events to come that take registrations on the site, soonest first."""
    return (
        EventPage.objects.live()
        .public()
        .filter(upcoming_q(timezone.now()), locale__language_code="fr", is_cancelled=False)
        .exclude(registration_mode=RegistrationMode.NONE)
        .order_by("start")
    )


def places_text(left, capacity):
    return f"Il reste {left} place{'s' if left > 1 else ''} sur {capacity}."


def answer_required_questions(form, event):
    """The event's required questions answered (the last choice of a list, "Non" to yes/no)."""
    for question in event.registration_questions.filter(required=True):
        label = re.compile("^" + re.escape(question.label))
        if question.kind == QuestionKind.TEXT:
            form.get_by_label(label).fill("Rien de particulier.")
            continue
        choice = question.choice_list()[-1] if question.kind == QuestionKind.CHOICE else "Non"
        form.get_by_role("group", name=label).get_by_label(choice, exact=True).check()


# --- 1. A member registers with a colleague, then cancels ------------------------------------


def event_for(member):
    """An event open now, with places left for two, for which the member and a colleague of
    their organisation are not registered yet (chosen from the demo's data, never by title)."""
    now = timezone.now()
    for event in upcoming_events().filter(capacity__isnull=False):
        left = places.places_left(event)
        if not event.registration_is_open(now) or left < 3:
            continue
        colleague = people.colleagues_of(member, event).first()
        if colleague is not None and people.registration_of(member, event) is None:
            return event, colleague, left
    raise AssertionError("no event of the demo is open with places for the member")


def test_a_member_registers_with_a_colleague_and_cancels(new_page, demo_site):
    problems = {}
    user = get_user_model().objects.get(email=demo_site.narrow_member)
    event, colleague, left = event_for(user)
    name, colleague_name = user.get_full_name(), colleague.get_full_name()

    page = new_page()
    sign_in_member(page, user.email, demo_site.member_password)
    page.goto(demo_site.urls["fr"]["events"])
    page.get_by_role("link", name=event.title).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(event.title)
    box = page.locator(".registration-box")
    expect(box).to_contain_text(places_text(left, event.capacity))
    expect(box).to_contain_text("Vous n’êtes pas inscrit·e à ce rendez-vous.")
    form = box.locator("form.registration-form")
    expect(form).to_contain_text(name)  # the profile, never retyped
    check(page, "event-member", problems)

    # One click (and the event's required questions), a colleague with her.
    answer_required_questions(form, event)
    form.get_by_label(colleague_name).check()
    form.get_by_role("button", name="M’inscrire").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Inscription enregistrée")
    results = page.locator(".registration-results")
    expect(results).to_contain_text(f"{name} : inscription confirmée.")
    expect(results).to_contain_text(f"{colleague_name} : inscription confirmée.")
    check(page, "registered", problems)
    confirmation = mails(user.email, "Inscription confirmée")
    assert len(confirmation) == 1 and mails(colleague.email, "Inscription confirmée")
    method, invitation = invitation_in(confirmation[0])
    assert method == REQUEST and invitation.decoded("SEQUENCE") == 0

    # Her status on the event's page, her colleague's, the places taken.
    page.get_by_role("link", name="Revenir au rendez-vous").click()
    expect(box).to_contain_text("Vous êtes inscrit·e à ce rendez-vous.")
    expect(box).to_contain_text(places_text(left - 2, event.capacity))
    expect(box.locator(".registration-colleagues")).to_contain_text(f"{colleague_name}, inscrit·e")
    check(page, "event-member-registered", problems)

    # "Mes inscriptions" on her dashboard; she cancels from there, through the cancel page.
    page.goto("/adherents/")
    mine = page.get_by_role("region", name="Mes inscriptions")
    expect(mine.locator("li").filter(has_text=event.title)).to_contain_text("inscrit·e")
    mine.get_by_role("link", name=f"Annuler : {event.title}").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Annuler mon inscription")
    check(page, "cancel", problems)
    page.get_by_role("button", name="Annuler mon inscription").click()
    expect(page.locator(".messages")).to_contain_text("Votre inscription est annulée.")
    expect(page.locator("main")).to_contain_text(f"L’inscription de {name} est annulée.")
    cancelled = mails(user.email, "Inscription annulée")
    assert len(cancelled) == 1
    method, withdrawn = invitation_in(cancelled[0])
    assert method == "CANCEL" and withdrawn["UID"] == invitation["UID"]
    assert withdrawn.decoded("SEQUENCE") == 1

    # Her place is free again; she cancels her colleague's from the event's page too.
    page.goto(event.url)
    expect(box).to_contain_text("Vous n’êtes pas inscrit·e à ce rendez-vous.")
    expect(box).to_contain_text(places_text(left - 1, event.capacity))
    box.get_by_role("button", name=f"Annuler : {colleague_name}").click()
    expect(page.locator(".messages")).to_contain_text(f"L'inscription de {colleague_name}")
    expect(box).to_contain_text(places_text(left, event.capacity))
    assert places.places_left(event) == left

    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())


# --- 2. A visitor on the waiting list gets a freed place ---------------------------------------


def full_event():
    """The upcoming event open to all whose places are taken, with people waiting."""
    for event in upcoming_events().filter(registration_mode=RegistrationMode.OPEN):
        if places.places_left(event) == 0 and event.registrations.waiting().exists():
            return event
    raise AssertionError("the demo has no full event with a waiting list")


def test_a_visitor_on_the_waiting_list_gets_the_place_a_person_frees(new_page, demo_site):
    problems = {}
    event = full_event()
    rank = event.registrations.waiting().count() + 1

    visitor = new_page()
    visitor.goto(event.url)
    box = visitor.locator(".registration-box")
    expect(box).to_contain_text("Complet – liste d’attente")
    box.get_by_role("link", name=re.compile("^S’inscrire sur la liste d’attente")).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(f"S’inscrire : {event.title}")
    expect(visitor.locator("main")).to_contain_text("Complet – liste d’attente")
    check(visitor, "register-visitor", problems)
    for label, value in VISITOR.items():
        visitor.get_by_label(re.compile(f"^{label}")).fill(value)
    answer_required_questions(visitor.locator("form.registration-form"), event)
    visitor.get_by_role("button", name="S’inscrire sur la liste d’attente").click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text("Inscription enregistrée")
    expect(visitor.locator(".registration-results")).to_contain_text(
        f"{VISITOR['Prénom']} {VISITOR['Nom']} : le rendez-vous est complet, inscription sur la "
        f"liste d’attente (rang {rank})."
    )
    check(visitor, "registered-waiting", problems)
    email = VISITOR["Adresse e-mail"]
    (waiting,) = mails(email, "Liste d'attente")
    assert f"(rang {rank})" in waiting.body
    assert invitation_in(waiting) == (None, None)  # no place, no invitation yet

    # Those waiting before her give up; then a person with a place cancels, through the link
    # of her confirmation e-mail (the demo sent none: it is made as the site makes it).
    for ahead in event.registrations.waiting().exclude(email=email):
        places.cancel(ahead)
    holder = event.registrations.confirmed().filter(user=None).order_by("pk").first()
    confirmation = emails.message("registered", holder, REQUEST)
    link = CANCEL_LINK.search(confirmation.body).group(1)
    assert link == f"/inscriptions/annuler/{links.token(holder)}/"
    person = new_page()
    person.goto(link)
    expect(person.get_by_role("heading", level=1)).to_have_text("Annuler mon inscription")
    expect(person.locator("main")).to_contain_text(holder.full_name)
    person.get_by_role("button", name="Annuler mon inscription").click()
    expect(person.locator(".messages")).to_contain_text("Votre inscription est annulée.")

    # The place is hers: "Une place s'est libérée", with the invitation for her calendar.
    registration = Registration.objects.get(event=event, email=email)
    assert registration.status == Status.CONFIRMED
    (promoted,) = mails(email, "Une place s'est libérée")
    assert event.title in promoted.subject
    method, invitation = invitation_in(promoted)
    assert method == REQUEST
    assert str(invitation["UID"]) == uid_of(registration)
    assert invitation.decoded("SEQUENCE") == 0
    assert invitation.decoded("DTSTART") == event.start
    assert str(invitation["ATTENDEE"]) == f"mailto:{email}"
    assert places.places_left(event) == 0

    assert not problems, "\n\n".join(f"== {label}\n{text}" for label, text in problems.items())


# --- 3. The facilitator moves an event -----------------------------------------------------------


def event_to_move():
    """The furthest upcoming event where people hold a place and someone else does not (who
    cancelled, or waits), away from the full event of the journey above."""
    for event in upcoming_events().reverse():
        registrations = event.registrations
        if places.places_left(event) == 0 or not registrations.confirmed().exists():
            continue
        if registrations.exclude(status=Status.CONFIRMED).exists():
            return event
    raise AssertionError("the demo has no upcoming event with registrations")


def test_the_facilitator_moves_an_event_and_the_invitations_follow(new_page, demo_site):
    event = event_to_move()
    holders = list(event.registrations.confirmed())
    # What each one's calendar holds: the invitation of their confirmation e-mail.
    held = {r.email: invitation_in(emails.message("registered", r, REQUEST))[1] for r in holders}
    moved_from = timezone.localtime(event.start)
    start = moved_from + datetime.timedelta(days=7)
    end = timezone.localtime(event.end) + datetime.timedelta(days=7) if event.end else None

    admin = new_page()
    sign_in_admin(admin, demo_site.admin_email, demo_site.admin_password)
    admin.goto(f"/admin/pages/{event.pk}/edit/")
    expect(admin.locator("#id_title")).to_have_value(event.title)
    admin.locator("#id_start").fill(start.strftime("%d/%m/%Y %H:%M"))
    if end:
        admin.locator("#id_end").fill(end.strftime("%d/%m/%Y %H:%M"))
    admin.locator("#id_title").click()  # closes the date picker
    admin.locator("footer .w-dropdown__toggle, .footer .w-dropdown__toggle").last.click()
    admin.locator('button[name="action-publish"]').click()
    expect(admin.locator(".messages")).to_contain_text(event.title)
    event.refresh_from_db()
    assert event.start == start

    # Everyone with a place: one update, the same UID, SEQUENCE raised by one, the new date.
    for registration in holders:
        (update,) = mails(registration.email, "Changement de date ou de lieu")
        method, invitation = invitation_in(update)
        before = held[registration.email]
        assert method == REQUEST
        assert invitation["UID"] == before["UID"]
        assert invitation.decoded("SEQUENCE") == before.decoded("SEQUENCE") + 1
        assert invitation.decoded("DTSTART") == start
        assert end is None or invitation.decoded("DTEND") == end
    # Nobody else: the waiting list and those who cancelled have no invitation to update.
    updated = [m.to for m in mail.outbox if m.subject.startswith("Changement de date")]
    assert sorted(updated) == sorted([r.email] for r in holders)

    # The event's page gives the new date.
    visitor = new_page()
    visitor.goto(event.url)
    facts = visitor.locator(".event__facts")
    with translation.override("fr"):
        expect(facts).to_contain_text(long_date(start, weekday=True))
        expect(facts).not_to_contain_text(long_date(moved_from, weekday=True))
