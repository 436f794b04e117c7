"""The contributors' list and a sheet's page read a fixed number of queries, whatever the
number of sheets and where each stands."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from contributions import drafts, workflow
from sheets.models import ExperienceSheetPage

from .conftest import client_of

pytestmark = pytest.mark.django_db


def make_sheets(contributor, organisation, theme, count):
    for number in range(count):
        cleaned = {
            "title": f"Projet {number}",
            "main_theme": theme,
            "themes": [theme],
            "status": "realise",
            "year_start": 2020,
            "summary": "Un résumé.",
        }
        page = drafts.create_experience(contributor, organisation, cleaned, [])
        if number % 2:
            workflow.submit(page, contributor)


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_list_reads_a_fixed_number_of_queries(contributor, bais, theme):
    client = client_of(contributor)
    make_sheets(contributor, bais, theme, 2)
    queries(client, reverse("contributions:index"))  # sessions, content types: read once
    few = queries(client, reverse("contributions:index"))
    make_sheets(contributor, bais, theme, 6)
    assert queries(client, reverse("contributions:index")) == few
    assert few <= 14


def test_a_sheets_page_reads_a_fixed_number_of_queries(
    contributor, bais, theme, django_assert_max_num_queries
):
    client = client_of(contributor)
    make_sheets(contributor, bais, theme, 1)
    page = ExperienceSheetPage.objects.get()
    client.get(reverse("contributions:index"))  # sessions, content types: read once
    with django_assert_max_num_queries(24):
        assert client.get(reverse("contributions:detail", args=[page.pk])).status_code == 200
