"""Places and the waiting list (registrations.places): within the capacity, then the waiting
list in order; a cancelled place goes to the first waiting, who is told; refusals save nothing."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from registrations import places
from registrations.models import CancelledBy, Registration, Status
from tests.registrations.conftest import visitor

pytestmark = pytest.mark.django_db


def _register(event, *numbers, **kwargs):
    return places.register(event, [visitor(n) for n in numbers], **kwargs)


def test_places_then_waiting_list_in_order(event, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = _register(event, 1, 2, 3, 4, 5)
    assert [r.status for r in made] == [Status.CONFIRMED] * 3 + [Status.WAITING] * 2
    assert places.places_left(event) == 0
    subjects = [m.subject for m in mail.outbox]
    assert subjects.count(f"Inscription confirmée : {event.title}") == 3
    assert subjects.count(f"Liste d'attente : {event.title}") == 2
    assert "(rang 2)" in mail.outbox[-1].body


def test_a_cancelled_place_goes_to_the_first_waiting(event, django_capture_on_commit_callbacks):
    first, _second, _third, waiting, later = _register(event, 1, 2, 3, 4, 5)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        promoted = places.cancel(first)
    assert promoted == waiting
    waiting.refresh_from_db()
    later.refresh_from_db()
    first.refresh_from_db()
    assert waiting.status == Status.CONFIRMED and waiting.sent_schedule
    assert later.status == Status.WAITING
    assert first.status == Status.CANCELLED and first.cancelled_by == CancelledBy.PERSON
    assert sorted(m.subject.split(" :")[0] for m in mail.outbox) == [
        "Inscription annulée",
        "Une place s'est libérée",
    ]
    assert mail.outbox[0].to == [first.email]


def test_cancelling_twice_does_nothing(event):
    (registration,) = _register(event, 1)
    places.cancel(registration)
    assert places.cancel(registration) is None


def test_without_waiting_list_a_full_event_refuses_and_saves_nothing(event):
    event.waiting_list = False
    event.save()
    _register(event, 1, 2)
    with pytest.raises(places.RegistrationRefused, match="1 place"):
        _register(event, 3, 4)
    assert Registration.objects.count() == 2


def test_the_same_address_cannot_register_twice(event):
    _register(event, 1)
    with pytest.raises(places.RegistrationRefused, match="déjà inscrit"):
        places.register(event, [visitor(1, email="CAMILLE.visiteur1@exemple.fr ")])
    with pytest.raises(places.RegistrationRefused, match="deux fois"):
        places.register(event, [visitor(7), visitor(7)])
    assert Registration.objects.count() == 1


def test_after_cancelling_one_may_register_again(event):
    (registration,) = _register(event, 1)
    places.cancel(registration)
    (again,) = _register(event, 1)
    assert again.status == Status.CONFIRMED and again.uid != registration.uid


@pytest.mark.parametrize(
    "change",
    [
        {"registration_opens_at": timezone.now() + datetime.timedelta(days=1)},
        {"registration_closes_at": timezone.now() - datetime.timedelta(hours=1)},
        {"is_cancelled": True},
        {"registration_mode": "none"},
    ],
)
def test_closed_registrations_refuse(event, change):
    for field, value in change.items():
        setattr(event, field, value)
    event.save()
    with pytest.raises(places.RegistrationRefused, match="pas ouvertes"):
        _register(event, 1)


def test_registrations_close_when_the_event_starts(event):
    with pytest.raises(places.RegistrationRefused):
        _register(event, 1, now=event.start + datetime.timedelta(minutes=1))


def test_raising_the_capacity_promotes_the_waiting_list(event):
    made = _register(event, 1, 2, 3, 4, 5)
    event.capacity = 4
    event.save_revision().publish()
    statuses = [Registration.objects.get(pk=r.pk).status for r in made]
    assert statuses == [Status.CONFIRMED] * 4 + [Status.WAITING]


def test_a_colleague_registered_by_a_member(
    event, member, colleague, django_capture_on_commit_callbacks
):
    people = [
        {"user": member, "first_name": "Hélène", "last_name": "Durand", "email": member.email},
        {"user": colleague, "first_name": "Marc", "last_name": "Lefèvre", "email": colleague.email},
    ]
    with django_capture_on_commit_callbacks(execute=True):
        made = places.register(event, people, registered_by=member)
    assert [r.registered_by for r in made] == [member, member]
    assert "Hélène Durand vous a inscrit" in mail.outbox[1].body.replace("·e", "")
