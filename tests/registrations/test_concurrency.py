"""Two people never take the last place: threads, each with its own database connection,
register at the same moment for the one place left (PostgreSQL, where the event's row is
locked with SELECT ... FOR UPDATE; SQLite lets one writer at a time anyway)."""

import threading

import pytest
from django.db import connection, connections

from registrations import places
from registrations.models import Registration, Status
from tests.registrations.conftest import visitor

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="concurrent writers need PostgreSQL (SQLite locks the whole database)",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

THREADS = 6


def register_at_once(event, count):
    """Each thread registers one visitor, all released together; returns what each got."""
    start = threading.Barrier(count)
    outcomes = [None] * count

    def register(n):
        try:
            start.wait()
            (registration,) = places.register(event, [visitor(n)])
            outcomes[n] = registration.status
        except places.RegistrationRefused:
            outcomes[n] = "refused"
        except Exception as error:  # noqa: BLE001 - shown by the test's assertion
            outcomes[n] = repr(error)
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=register, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


@pytest.fixture
def last_place(event):
    """The event with one place left of its three."""
    places.register(event, [visitor(100), visitor(101)])
    return event


def test_one_gets_the_last_place_the_others_wait(last_place):
    outcomes = register_at_once(last_place, THREADS)
    assert outcomes.count(Status.CONFIRMED) == 1, outcomes
    assert outcomes.count(Status.WAITING) == THREADS - 1
    assert last_place.registrations.confirmed().count() == 3
    ranks = list(last_place.registrations.waiting().values_list("email", flat=True))
    assert len(ranks) == THREADS - 1


def test_without_waiting_list_the_others_are_refused(last_place):
    last_place.waiting_list = False
    last_place.save()
    outcomes = register_at_once(last_place, THREADS)
    assert outcomes.count(Status.CONFIRMED) == 1, outcomes
    assert outcomes.count("refused") == THREADS - 1
    assert Registration.objects.filter(event=last_place).count() == 3
