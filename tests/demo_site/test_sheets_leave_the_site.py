"""The demo's sheets leave the site (issue 27): the open data's page, files and catalogue, a
sheet's PDF and a theme's booklet, and the public API answer for the demo's content."""

import csv
import io
import json

import pytest
from django.test import Client
from pypdf import PdfReader

from opendata.datasets import DATASETS
from sheets.models import ExperienceSheetPage, Theme

pytestmark = pytest.mark.django_db


def test_every_dataset_of_the_demo_answers_in_csv_json_and_schema(demo_db):
    client = Client()
    assert client.get("/donnees/").status_code == 200
    assert client.get("/en/donnees/").status_code == 200
    catalogue = json.loads(client.get("/donnees/catalogue.jsonld").content)
    assert "dcat" in json.dumps(catalogue["@context"])
    for slug in DATASETS:
        rows = json.loads(client.get(f"/donnees/{slug}.json").content)
        text = client.get(f"/donnees/{slug}.csv").content.decode("utf-8-sig")
        table = list(csv.reader(io.StringIO(text), delimiter=";"))
        assert len(table) - 1 == len(rows["donnees"]) > 0, slug
        assert client.get(f"/donnees/{slug}/schema.json").status_code == 200


def test_a_demo_sheet_and_its_theme_print(demo_db):
    client = Client()
    sheet = ExperienceSheetPage.objects.live().public().filter(locale__language_code="fr").first()
    pdf = PdfReader(io.BytesIO(client.get(f"/impression/fiche/{sheet.pk}.pdf").getvalue()))
    assert pdf.metadata.title == sheet.title
    theme = Theme.objects.filter(pk__in=sheet.themes.values("pk")).first()
    booklet = client.get(f"/impression/theme/{theme.pk}.pdf")
    assert booklet.status_code == 200
    assert booklet["Content-Type"] == "application/pdf"


def test_the_public_api_lists_the_demo_sheets(demo_db):
    answer = Client().get("/api/v2/pages/?type=sheets.ExperienceSheetPage&fields=*")
    assert answer.status_code == 200
    items = answer.json()["items"]
    assert items
    assert not [name for item in items for name in item if name.startswith("contact")]
