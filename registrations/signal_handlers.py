"""What publishing an event does to its registrations (connected in RegistrationsConfig.ready()):
a new date, time or place sends everyone with a place the updated invitation (SEQUENCE raised);
an event marked cancelled cancels every registration (METHOD:CANCEL for those with a place); a
raised capacity gives the new places to the waiting list."""

from django.db import transaction
from wagtail.signals import page_published

from members_area.signals import account_anonymised
from sheets.models import EventPage

from . import personal_data, places, tasks
from .invitations import schedule_of


def _queue(name, pk):
    transaction.on_commit(lambda: tasks.queue(name, pk))


def send_updates(event):
    """Everyone with a place whose invitation gave another date or place gets the new one."""
    schedule = schedule_of(event)
    changed = event.registrations.confirmed().exclude(sent_schedule="")
    for registration in changed.exclude(sent_schedule=schedule).select_for_update():
        registration.sequence += 1
        registration.sent_schedule = schedule
        registration.save(update_fields=["sequence", "sent_schedule"])
        _queue("updated", registration.pk)


def event_published(sender, instance, **kwargs):
    """page_published of an EventPage (registrations point to the source language's page, so
    a translation published has none)."""
    with transaction.atomic():
        if not instance.registrations.exists():
            return
        if instance.is_cancelled:
            places.cancel_event(instance)
            return
        send_updates(instance)
        places.promote(instance)


def connect():
    page_published.connect(event_published, sender=EventPage, dispatch_uid="registrations-pub")
    account_anonymised.connect(personal_data.forget, dispatch_uid="registrations-forget")
