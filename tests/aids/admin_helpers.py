"""Shared set-up of the aids' admin tests: the directory with two funders, two themes and two
aids, an editor who may edit and publish under it, and files to upload."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import GroupPagePermission, Locale

from aids import spreadsheet
from aids.factories import AidIndexPageFactory, AidPageFactory, FunderFactory
from sheets.factories import ThemeFactory
from tests.factories import UserFactory
from tests.second_factor import verified_login


@pytest.fixture
def directory(home_page):
    index = AidIndexPageFactory(parent=home_page)
    energie = ThemeFactory(name="Énergie", slug="energie")
    eau = ThemeFactory(name="Eau", slug="eau")
    ademe = FunderFactory(name="Agence de la transition écologique", short_name="ADEME")
    region = FunderFactory(name="Région Pays de la Loire", short_name="Région")
    FunderFactory(name="Banque des Territoires")
    chaleur = AidPageFactory(
        parent=index,
        title="Fonds chaleur",
        slug="fonds-chaleur",
        funder=ademe,
        themes=[energie],
        rate_min=Decimal("20"),
        rate_max=Decimal("60"),
        population_max=3500,
        closes_on=datetime.date(2030, 6, 30),
        last_checked=datetime.date(2026, 1, 15),
    )
    chaleur.save_revision().publish()
    eau_aid = AidPageFactory(
        parent=index, title="Économies d'eau", slug="economies-eau", funder=region, themes=[eau]
    )
    eau_aid.save_revision().publish()
    return index


@pytest.fixture
def editor_client(directory):
    """A staff editor who may add, change and publish pages under the directory only."""
    user = UserFactory(email="editrice@exemple.fr", is_staff=True)
    group = Group.objects.create(name="Animation des aides")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group, page=directory, permission=Permission.objects.get(codename=codename)
        )
    user.groups.add(group)
    client = Client()
    verified_login(client, user)
    return client


def exported_rows(locale_code="fr"):
    """The directory as the export writes it, as dicts by column."""
    aids = spreadsheet.export_queryset(Locale.objects.get(language_code=locale_code))
    lines = list(spreadsheet.rows(aids))
    return [dict(zip(lines[0], line, strict=True)) for line in lines[1:]]


def csv_file(rows, name="aides.csv", columns=None, delimiter=";"):
    columns = columns or spreadsheet.COLUMNS
    output = io.StringIO()
    writer = csv.writer(output, delimiter=delimiter)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(column, "") for column in columns])
    return SimpleUploadedFile(name, output.getvalue().encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, name="aides.xlsx", columns=None):
    columns = columns or spreadsheet.COLUMNS
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(columns)
    for row in rows:
        sheet.append([row.get(column, "") for column in columns])
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile(name, output.getvalue())


def new_row(**values):
    """A valid row for a new aid."""
    row = {
        "slug": "pret-renovation",
        "title": "Prêt rénovation",
        "funder": "Banque des Territoires",
        "kind": "pret",
        "themes": "energie|eau",
        "description": "Un prêt à taux bas.\n\nPour les bâtiments publics.",
        "for_communes": "oui",
        "population_min": "",
        "population_max": "10 000",
        "for_intercommunalities": "oui",
        "for_associations": "non",
        "rate_min": "",
        "rate_max": "",
        "amount_min": "10 000",
        "amount_max": "1 000 000,50",
        "eligible_expenses": "",
        "how_to_apply": "",
        "opens_on": "2026-01-01",
        "closes_on": "31/12/2030",
        "recurrence": "Permanente",
        "status": "active",
        "source_url": "https://www.banquedesterritoires.fr/",
        "last_checked": "2026-11-02",
    }
    row.update(values)
    return row
