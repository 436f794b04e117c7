"""The export: every aid of a language, one row each, in CSV and XLSX; imported back, it
changes nothing."""

import csv
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from aids import spreadsheet
from aids.factories import AidPageFactory
from aids.models import AidPage
from tests.aids import admin_helpers

# The shared fixtures.
directory = admin_helpers.directory

EXPORT_URL = "/admin/aids/export/"

pytestmark = pytest.mark.django_db


def test_the_choices_are_shown(admin_client, directory):
    response = admin_client.get(EXPORT_URL)
    assert response.status_code == 200
    assert 'name="format"' in response.content.decode()


def test_csv_export_has_every_column(admin_client, directory):
    response = admin_client.get(EXPORT_URL, {"format": "csv", "locale": "fr"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="aides-fr-' in response["Content-Disposition"]
    text = response.content.decode("utf-8-sig")
    lines = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert lines[0] == spreadsheet.COLUMNS
    row = dict(zip(lines[0], lines[2], strict=True))
    assert row["slug"] == "fonds-chaleur"
    assert row["funder"] == "Agence de la transition écologique"
    assert row["themes"] == "energie"
    assert row["for_communes"] == "oui" and row["for_associations"] == "non"
    assert row["rate_max"] == "60.00" and row["population_max"] == "3500"
    assert row["closes_on"] == "2030-06-30" and row["opens_on"] == ""


def test_formulas_are_neutralised(admin_client, directory):
    aid = AidPage.objects.get(slug="fonds-chaleur")
    aid.title = "=HYPERLINK(1)"
    aid.save()
    response = admin_client.get(EXPORT_URL, {"format": "csv"})
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")


def test_bad_choices_are_a_400_not_a_500(admin_client, directory):
    assert admin_client.get(EXPORT_URL, {"format": "pdf"}).status_code == 400
    assert admin_client.get(EXPORT_URL, {"format": "csv", "locale": "xx"}).status_code == 400


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_round_trip_changes_nothing(admin_client, directory, kind):
    aid = AidPage.objects.get(slug="economies-eau")
    aid.title = "=1+1 l'eau"
    aid.eligible_expenses = '<p>Les <a href="https://exemple.fr">compteurs</a>.</p>'
    aid.opens_on = aid.closes_on
    aid.save()
    exported = admin_client.get(EXPORT_URL, {"format": kind, "locale": "fr"})
    upload = SimpleUploadedFile(f"aides.{kind}", exported.content)
    response = admin_client.post("/admin/aids/import/", {"file": upload})
    plan = response.context["plan"]
    assert (len(plan.to_create), len(plan.to_update), len(plan.rejected)) == (0, 0, 0), (
        [row.changes for row in plan.to_update],
        [row.reasons for row in plan.rejected],
    )
    assert len(plan.unchanged) == 2


def test_xlsx_export_keeps_numbers_as_numbers(admin_client, directory):
    response = admin_client.get(EXPORT_URL, {"format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).worksheets[0]
    header = [cell.value for cell in sheet[1]]
    row = {column: cell.value for column, cell in zip(header, sheet[3], strict=True)}
    assert row["slug"] == "fonds-chaleur" and row["rate_max"] == 60


@pytest.mark.parametrize("count", [3, 30])
def test_export_queries_are_constant(admin_client, directory, count, django_assert_max_num_queries):
    for _ in range(count):
        AidPageFactory(parent=directory)
    with django_assert_max_num_queries(12):
        response = admin_client.get(EXPORT_URL, {"format": "xlsx"})
    assert response.status_code == 200
