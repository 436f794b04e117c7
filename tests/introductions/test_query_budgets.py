"""A fixed number of SQL queries per page whatever the content: "Mes mises en relation" with 3
or 30 requests, a request's page with a short or a long history, the sheet with its box, and
the facilitator's list and panel."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from introductions.factories import IntroductionEventFactory, IntroductionRequestFactory
from introductions.models import EventKind, Status
from sheets.factories import ExperienceSheetPageFactory
from tests.introductions.conftest import client_of


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_requests(sheet, requester, contact, n):
    for number in range(n):
        IntroductionRequestFactory(
            sheet=sheet, requester=requester, status=Status.CLOSED, message=f"Demande {number}"
        )
        IntroductionRequestFactory(sheet=sheet, contact=contact, status=Status.CLOSED)


def test_my_requests(sheet, requester, contact, django_assert_max_num_queries):
    client, url = client_of(requester), reverse("introductions:mine")
    add_requests(sheet, requester, contact, 3)
    count(client, url)  # warm up: what is made once and kept
    with django_assert_max_num_queries(12) as few:
        client.get(url)
    add_requests(sheet, requester, contact, 27)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url)


def test_a_request_page(intro, requester, contact, staff, django_assert_max_num_queries):
    for user in (requester, contact, staff):
        client, url = client_of(user), intro.get_absolute_url()
        count(client, url)
        with django_assert_max_num_queries(15) as few:
            client.get(url)
        for _ in range(15):
            IntroductionEventFactory(request=intro, actor=staff, kind=EventKind.CLOSED, note="x")
            IntroductionEventFactory(request=intro, actor=contact, kind=EventKind.DECLINED)
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get(url)


def test_the_sheet_with_its_box(sheet, requester, contact):
    client = client_of(requester)
    count(client, sheet.url)
    few = count(client, sheet.url)
    for _ in range(10):
        other = ExperienceSheetPageFactory(parent=sheet.get_parent())
        IntroductionRequestFactory(sheet=other, requester=requester, status=Status.CLOSED)
        IntroductionRequestFactory(sheet=sheet, requester=requester, status=Status.CLOSED)
    count(client, sheet.url)  # the new sheets emptied the page's fragment cache: warm it again
    assert count(client, sheet.url) <= few


def test_the_admin_list_and_panel(admin_client, sheet, requester):
    for _ in range(3):
        IntroductionRequestFactory(sheet=sheet, status=Status.ACCEPTED)
    urls = [reverse("introductions_requests:index"), reverse("wagtailadmin_home")]
    before = [count(admin_client, url) for url in urls]
    before = [count(admin_client, url) for url in urls]
    for _ in range(27):
        IntroductionRequestFactory(sheet=sheet, status=Status.INTRODUCED)
    assert [count(admin_client, url) for url in urls] == before
