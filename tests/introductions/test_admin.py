"""The facilitator's side in Wagtail's admin: the list of requests (filters by status and
year, read-only, closed to members) and the dashboard panel of introductions made per year."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from introductions.dashboard import made_per_year
from introductions.factories import IntroductionRequestFactory
from introductions.models import IntroductionRequest, Status
from tests.introductions.conftest import client_of

INDEX = "introductions_requests:index"


def dated(intro, year, introduced=True):
    moment = timezone.make_aware(datetime.datetime(year, 6, 15, 10))
    IntroductionRequest.objects.filter(pk=intro.pk).update(
        created_at=moment, introduced_at=moment if introduced else None
    )


@pytest.fixture
def requests_of_years(sheet):
    made = []
    for year, status in [
        (2024, Status.ACCEPTED),
        (2024, Status.INTRODUCED),
        (2025, Status.ACCEPTED),
        (2025, Status.CLOSED),
        (2025, Status.DECLINED),
    ]:
        intro = IntroductionRequestFactory(sheet=sheet, status=status)
        dated(intro, year, introduced=status in (Status.ACCEPTED, Status.INTRODUCED))
        made.append(intro)
    return made


def test_introductions_made_per_year(requests_of_years):
    assert made_per_year() == [(2025, 1), (2024, 2)]


def test_the_list_filters_by_status_and_year(admin_client, requests_of_years):
    url = reverse(INDEX)
    page = admin_client.get(url).content.decode()
    assert page.count(requests_of_years[0].get_absolute_url()) >= 1
    assert "Mises en relation" in page
    closed = admin_client.get(url, {"status": Status.CLOSED})
    assert len(closed.context["object_list"]) == 1
    of_2024 = admin_client.get(url, {"year": "2024"})
    assert {i.pk for i in of_2024.context["object_list"]} == {
        requests_of_years[0].pk,
        requests_of_years[1].pk,
    }


def test_the_list_is_read_only(admin_client, requests_of_years):
    assert admin_client.get(reverse("introductions_requests:add")).status_code in (302, 403)
    edit = reverse("introductions_requests:edit", args=[requests_of_years[0].pk])
    assert admin_client.get(edit).status_code in (302, 403)


@pytest.mark.parametrize("kind", ["anonymous", "non_member", "lapsed", "requester", "contact"])
def test_the_list_is_closed_to_everyone_else(users, intro, kind):
    response = client_of(users[kind]).get(reverse(INDEX))
    assert response.status_code in (302, 403)
    assert intro.sheet_title not in response.content.decode()


def test_the_dashboard_panel_shows_the_figures(admin_client, requests_of_years):
    page = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Mises en relation réalisées" in page
    assert '<th scope="row">2024</th><td>2</td>' in page
    assert "1 demande attend l’équipe d’animation." in page
