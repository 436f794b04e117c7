"""Registrations on the demo's events (registrations.yaml): members and visitors with a place,
on the waiting list or cancelled, their answers, and on past events whether they came.

Built with the registrations plugin's factory and saved in one bulk insert, not through its
actions: loading the demo sends no e-mail and queues no task. Each registration's invitation UID
is derived from its event and person, which finds it on a later load: what a load made is left
alone. Dates are spread between the opening of registrations and the event (or today).
"""

import datetime
import uuid

from django.utils import timezone
from wagtail.models import Locale

from registrations.factories import RegistrationFactory
from registrations.invitations import schedule_of
from registrations.models import CancelledBy, Registration, Status
from registrations.personal_data import anonymise
from registrations.retention import expired
from sheets.models import EventAttachment, EventPage

from .data import read
from .posts import members

# Fixed once: a demo registration's UID is uuid5(DEMO_REGISTRATIONS, "<event slug>:<person>").
DEMO_REGISTRATIONS = uuid.UUID("070b8278-baa8-48a0-ac00-92d7cd577699")
VISITOR_DOMAIN = "exemple.fr"
# Registrations open this long before an event that sets no opening date.
DEFAULT_WINDOW = datetime.timedelta(days=45)
MIN_WINDOW = datetime.timedelta(days=15)
# In the data file's order: who cancelled registered first, the waiting list last.
STATUSES = (
    ("cancelled", Status.CANCELLED),
    ("confirmed", Status.CONFIRMED),
    ("waiting", Status.WAITING),
)


def uid_of(slug: str, ref: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_REGISTRATIONS, f"{slug}:{ref}")


def entry(value) -> dict:
    """A person of an event's lists: a member's e-mail or a visitor's key, or a mapping."""
    return {"who": value} if isinstance(value, str) else value


def people(block):
    """(status, entry) of everyone registered for one event, in the order they registered."""
    return [(status, entry(value)) for key, status in STATUSES for value in block.get(key, [])]


def moments(event, count, now):
    """`count` registration dates in the order people registered: one every few days between
    the opening of registrations (at least two weeks before the last one) and the event (or
    today, for an upcoming one), during the day."""
    last = min(event.registration_closes_at or event.start, now) - datetime.timedelta(hours=1)
    first = event.registration_opens_at or event.start - DEFAULT_WINDOW
    first = min(first, last - MIN_WINDOW)
    step = (last - first) / (count + 1)
    days = [timezone.localtime(first + step * (k + 1)) for k in range(count)]
    return sorted(
        min(day.replace(hour=8 + k * 5 % 12, minute=k * 17 % 60, second=0, microsecond=0), last)
        for k, day in enumerate(days)
    )


def answers(event_questions, given) -> list:
    """One answer per question, as the form stores them: {question, answer}; a choice left out
    in the data is the first choice, a text left out is empty."""
    result = []
    for question in event_questions:
        default = question.choice_list()[0] if question.kind == "choice" else ""
        result.append({"question": question.label, "answer": given.get(question.label, default)})
    return result


class EventBuilder:
    """The registrations of one event of the data file (those not loaded yet)."""

    def __init__(self, event, block, context):
        self.event, self.block, self.context = event, block, context
        self.past = not event.is_upcoming
        self.questions = list(event.registration_questions.all())
        self.schedule = schedule_of(event)
        self.groups = {e["by"] for _status, e in people(block) if e.get("by")}

    def person(self, item) -> dict:
        """Who registered: a member's account, or a visitor's (or a colleague's) details."""
        ref, users, visitors = item["who"], self.context["users"], self.context["visitors"]
        if "@" in ref:
            user = users.get(ref)
            if user is None:
                raise ValueError(f"registrations.yaml: no member account {ref}")
            return {"user": user, "last_name": user.last_name, "role": user.member_profile.function}
        visitor = visitors[ref]
        details = {
            "first_name": visitor["first_name"],
            "last_name": visitor["last_name"],
            "email": f"{ref}@{VISITOR_DOMAIN}",
            "role": visitor.get("role", ""),
            "language": visitor.get("language", "fr"),
        }
        if item.get("by"):
            organisation = users[item["by"]].member_profile.organisation
            return {**details, "organisation": organisation, "registered_by": users[item["by"]]}
        return {**details, "organisation": None, "commune": visitor.get("commune", "")}

    def attendance(self, ref, status):
        if not self.past or status != Status.CONFIRMED:
            return None
        if ref in self.block.get("not_marked", []):
            return None
        return ref not in self.block.get("absent", [])

    def sent_after_event(self, status, attended) -> dict:
        """A past event's reminder and report, as the daily command sent them."""
        if not self.past or status != Status.CONFIRMED:
            return {}
        sent = {"reminded_at": self.event.start - datetime.timedelta(days=2)}
        if attended is not False and self.context["with_report"](self.event):
            sent["report_sent_at"] = min(
                self.event.start + datetime.timedelta(days=7), self.context["now"]
            )
        return sent

    def place(self, status, moment) -> dict:
        """The place's life: confirmed when they registered (the invitation sent), on the
        waiting list, or cancelled two days later (the invitation withdrawn: SEQUENCE 1)."""
        if status == Status.WAITING:
            return {"status": status, "sent_schedule": "", "confirmed_at": None}
        fields = {"status": status, "sent_schedule": self.schedule, "confirmed_at": moment}
        if status == Status.CANCELLED:
            fields["cancelled_by"] = CancelledBy.PERSON
            fields["cancelled_at"] = min(moment + datetime.timedelta(days=2), self.context["now"])
            fields["sequence"] = 1
        return fields

    def registration(self, status, item, moment):
        ref = item["who"]
        group = item.get("by") or (ref if ref in self.groups else None)
        attended = self.attendance(ref, status)
        return RegistrationFactory.build(
            event=self.event,
            uid=uid_of(self.event.slug, ref),
            answers=answers(self.questions, item.get("answers", {})),
            attended=attended,
            submission_key=uid_of(self.event.slug, f"together:{group}") if group else None,
            **self.place(status, moment),
            **self.sent_after_event(status, attended),
            **self.person(item),
        )

    def build(self, done):
        """(registration, its date) for each person not registered yet."""
        everyone = people(self.block)
        dates = moments(self.event, len(everyone), self.context["now"])
        return [
            (self.registration(status, item, moment), moment)
            for (status, item), moment in zip(everyone, dates, strict=True)
            if uid_of(self.event.slug, item["who"]) not in done
        ]


def _context(blocks, now) -> dict:
    data = read("registrations")
    refs = {e["who"] for block in blocks for _status, e in people(block)}
    refs |= {e["by"] for block in blocks for _status, e in people(block) if e.get("by")}
    with_slides = set(EventAttachment.objects.values_list("page_id", flat=True))
    return {
        "now": now,
        "users": members(ref for ref in refs if "@" in ref),
        "visitors": {visitor["key"]: visitor for visitor in data["visitors"]},
        "with_report": lambda event: bool(event.report) or event.pk in with_slides,
    }


def build(stdout):
    """The missing demo registrations; visitors' ones past their retention period are saved
    anonymised, as the daily command would have left them."""
    now = timezone.now()
    blocks = read("registrations")["events"]
    events = EventPage.objects.filter(
        locale=Locale.get_default(), slug__in=[block["event"] for block in blocks]
    )
    events = {e.slug: e for e in events.prefetch_related("registration_questions")}
    uids = [uid_of(b["event"], e["who"]) for b in blocks for _status, e in people(b)]
    done = set(Registration.objects.filter(uid__in=uids).values_list("uid", flat=True))
    made = []
    if len(done) < len(uids):
        context = _context(blocks, now)
        for block in blocks:
            if block["event"] in events:
                made += EventBuilder(events[block["event"]], block, context).build(done)
    created = Registration.objects.bulk_create([registration for registration, _date in made])
    for registration, moment in made:
        registration.created_at = moment  # bulk_create stamped them with today (auto_now_add)
    Registration.objects.bulk_update(created, ["created_at"])
    anonymised = anonymise(expired(now).filter(pk__in=[r.pk for r in created]), now)
    stdout.write(
        f"Inscriptions aux rencontres : {len(created)} créées ({anonymised} de visiteurs "
        f"anonymisées, leur durée de conservation passée), {len(done)} déjà là."
    )
