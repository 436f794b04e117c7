"""The introductions' section of the yearly activity report: the introductions made in a year,
as the dashboard's panel counts them, in one query; and the first year of a request."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from introductions import activity_report
from introductions.factories import IntroductionRequestFactory
from introductions.models import IntroductionRequest, Status

pytestmark = pytest.mark.django_db


@pytest.fixture
def requests_of_years(sheet):
    """Made: two in 2024, one in 2025. Not made: a request closed and one declined in 2025."""
    for year, status in [
        (2024, Status.ACCEPTED),
        (2024, Status.INTRODUCED),
        (2025, Status.ACCEPTED),
        (2025, Status.CLOSED),
        (2025, Status.DECLINED),
    ]:
        intro = IntroductionRequestFactory(sheet=sheet, status=status)
        moment = timezone.make_aware(datetime.datetime(year, 6, 15, 10))
        made = status in (Status.ACCEPTED, Status.INTRODUCED)
        IntroductionRequest.objects.filter(pk=intro.pk).update(
            created_at=moment, introduced_at=moment if made else None
        )


def test_the_section(requests_of_years):
    with CaptureQueriesContext(connection) as queries:
        sections = {year: activity_report.section(year) for year in (2023, 2024, 2025)}
    assert len(queries) == 3
    made = {year: section["figures"][0]["value"] for year, section in sections.items()}
    assert made == {2023: 0, 2024: 2, 2025: 1}
    assert sections[2024]["key"] == "introductions"
    assert sections[2024]["figures"][0]["label"] == "Mises en relation réalisées"


def test_the_first_year_is_the_first_request(requests_of_years):
    assert activity_report.first_year() == 2024


def test_no_first_year_without_requests(db):
    assert activity_report.first_year() is None
