"""A fixed number of SQL queries per page whatever the number of registrations: the event page
(for a visitor and for a member who registered colleagues), the registration page (visitor's and
member's forms) and the member dashboard's "Mes inscriptions", with 2 then 20 registrations."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from registrations.factories import RegistrationFactory
from registrations.models import Status
from sheets.factories import EventPageFactory
from tests.factories import MemberFactory
from tests.registrations.flow import add_questions, client_of, register_url

pytestmark = pytest.mark.django_db

# What each page costs with 2 registrations (a little room for the frame's own changes); with 20
# it may cost no more.
BUDGETS = {
    ("event_page", "anonymous"): 20,
    ("event_page", "member"): 28,
    ("register_page", "anonymous"): 13,
    ("register_page", "member"): 18,
    "dashboard": 20,
}


@pytest.fixture
def roomy(event):
    """The event with room for everyone, and its questions."""
    event.capacity = 100
    event.save()
    add_questions(event)
    return event


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_registrations(event, member, n):
    """`n` registrations: visitors, members, colleagues the member registered, some waiting."""
    for number in range(n):
        status = Status.WAITING if number % 4 == 3 else Status.CONFIRMED
        registered_by = member if number % 2 else None
        RegistrationFactory(event=event, status=status, registered_by=registered_by)
        MemberFactory(organisation=member.member_profile.organisation, email=f"c{number}@bais.fr")


def assert_constant(client, url, roomy, member, budget, django_assert_max_num_queries):
    add_registrations(roomy, member, 2)
    count(client, url)  # warm up: what is made once and kept
    with django_assert_max_num_queries(budget) as few:
        client.get(url)
    add_registrations(roomy, member, 18)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_the_event_page(roomy, member, who, django_assert_max_num_queries):
    client = client_of(member if who == "member" else None)
    budget = BUDGETS["event_page", who]
    assert_constant(client, roomy.url, roomy, member, budget, django_assert_max_num_queries)


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_the_registration_page(roomy, member, who, django_assert_max_num_queries):
    client, url = client_of(member if who == "member" else None), register_url(roomy)
    budget = BUDGETS["register_page", who]
    assert_constant(client, url, roomy, member, budget, django_assert_max_num_queries)


def test_the_dashboard(event, member, django_assert_max_num_queries):
    client, url = client_of(member), reverse("members_area:dashboard")
    agenda = event.get_parent()

    def add(n):
        for number in range(n):
            days = number + 5 if number % 2 else -(number + 5)
            start = timezone.now() + datetime.timedelta(days=days)
            other = EventPageFactory(parent=agenda, start=start, end=None)
            RegistrationFactory(event=other, user=member, attended=number % 3 == 0)

    add(2)
    count(client, url)
    with django_assert_max_num_queries(BUDGETS["dashboard"]) as few:
        client.get(url)
    add(18)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)
