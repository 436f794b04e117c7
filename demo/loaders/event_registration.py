"""The registration settings of a demo event (events.yaml): who registers on the site, the
places, the waiting list, the opening and closing dates and the questions asked.

The dates are written in days before the event, so that they move with an upcoming event.
An event loaded before the registrations existed (on the site: nobody, no question) takes the
settings on the next load; an event already set up (perhaps by an editor) keeps its own.
"""

import datetime

from registrations.invitations import schedule_of
from sheets.models import EventQuestion, RegistrationMode

from .text import paragraphs


def _before(start, days):
    return None if days is None else start - datetime.timedelta(days=days)


def registration_dates(item, start) -> dict:
    """When registrations open and close, counted back from `start`."""
    return {
        "registration_opens_at": _before(start, item.get("registration_opens_days_before")),
        "registration_closes_at": _before(start, item.get("registration_closes_days_before")),
    }


def registration_settings(item, start) -> dict:
    """The EventPage fields of events.yaml's registration settings (the default: none)."""
    return {
        "registration_mode": item.get("registration_mode", RegistrationMode.NONE),
        "capacity": item.get("capacity"),
        "waiting_list": item.get("waiting_list", True),
        **registration_dates(item, start),
    }


def questions(item) -> list:
    """The questions asked when registering, as unsaved rows for the page."""
    return [
        EventQuestion(
            label=data["label"],
            kind=data.get("kind", "text"),
            choices="\n".join(data.get("choices", [])),
            required=data.get("required", False),
            sort_order=order,
        )
        for order, data in enumerate(item.get("registration_questions", []))
    ]


def configure(event, item) -> bool:
    """Gives `event` its settings of events.yaml if it takes no registration yet and has no
    question (the caller publishes); True if it did."""
    mode = item.get("registration_mode", RegistrationMode.NONE)
    if mode == RegistrationMode.NONE or event.takes_registrations:
        return False
    if event.registration_questions.exists():
        return False
    for name, value in registration_settings(item, event.start).items():
        setattr(event, name, value)
    if event.is_upcoming:
        event.registration = paragraphs(item.get("registration", ""))
    event.registration_questions = questions(item)
    return True


def follow_start(event, item) -> None:
    """After an upcoming event was moved back to its offset from today: its opening and closing
    dates move with it, and the invitations the demo's registrations hold are the new date's, so
    that publishing sends nobody an update (nothing changed for them: it is the demo that keeps
    its events upcoming)."""
    if event.takes_registrations:
        for name, value in registration_dates(item, event.start).items():
            setattr(event, name, value)
    sent = event.registrations.confirmed().exclude(sent_schedule="")
    sent.update(sent_schedule=schedule_of(event))
