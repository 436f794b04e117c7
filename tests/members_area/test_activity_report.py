"""The member area's section of the yearly activity report: the reserved documents added in a
year and their downloads per member organisation (the downloads of accounts without one on a
line of their own), in two queries whatever the number of downloads."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from members_area import activity_report
from members_area.models import Resource
from tests.factories import (
    DownloadLogFactory,
    MemberFactory,
    MemberOrganisationFactory,
    ResourceFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def moment(year, month=6):
    return timezone.make_aware(datetime.datetime(year, month, 15, 10))


def added_in(resource, year):
    Resource.objects.filter(pk=resource.pk).update(created_at=moment(year))
    return resource


@pytest.fixture
def downloads(db):
    """2024: two documents added; Bais downloads 3 times (two people), Évron twice, Craon once,
    staff once, a closed account once. 2025: a document added, Bais downloads once. The first
    document was added in 2022."""
    old = added_in(ResourceFactory(title="Guide de l'éclairage"), 2022)
    first = added_in(ResourceFactory(title="Cahier des charges"), 2024)
    second = added_in(ResourceFactory(title="Délibération type"), 2024)
    added_in(ResourceFactory(title="Étude de faisabilité"), 2025)
    bais = MemberOrganisationFactory(name="Commune de Bais")
    evron = MemberOrganisationFactory(name="Commune d'Évron")
    craon = MemberOrganisationFactory(name="Commune de Craon")
    elue, technicien = MemberFactory(organisation=bais), MemberFactory(organisation=bais)
    for user, resource, month in [
        (elue, first, 1),
        (elue, second, 2),
        (technicien, old, 3),
        (MemberFactory(organisation=evron), first, 4),
        (MemberFactory(organisation=evron), first, 5),
        (MemberFactory(organisation=craon), second, 6),
        (UserFactory(is_staff=True), first, 7),
        (None, second, 8),
        (elue, first, 12),
    ]:
        DownloadLogFactory(user=user, resource=resource, downloaded_at=moment(2024, month))
    DownloadLogFactory(user=elue, resource=first, downloaded_at=moment(2025, 1))
    return bais


def test_downloads_per_organisation(downloads):
    assert activity_report.downloads_per_organisation(2024) == [
        ("Commune de Bais", 4),
        ("Commune d'Évron", 2),
        ("Commune de Craon", 1),
        (None, 2),
    ]
    assert activity_report.downloads_per_organisation(2025) == [("Commune de Bais", 1)]
    assert activity_report.downloads_per_organisation(2023) == []


def test_the_section(downloads):
    section = activity_report.section(2024)
    assert section["key"] == "documents"
    assert [(f["label"], f["value"]) for f in section["figures"]] == [
        ("Documents ajoutés", 2),
        ("Téléchargements", 9),
        ("Collectivités adhérentes ayant téléchargé", 3),
    ]
    assert section["table"] == {
        "columns": ["Collectivité", "Téléchargements"],
        "rows": [
            ["Commune de Bais", 4],
            ["Commune d'Évron", 2],
            ["Commune de Craon", 1],
            ["Sans collectivité adhérente (équipe, comptes fermés)", 2],
        ],
    }


def test_the_first_year_is_the_first_document_added(downloads):
    assert activity_report.first_year() == 2022


def test_no_first_year_without_documents(db):
    assert activity_report.first_year() is None


def test_two_queries_whatever_the_number_of_downloads(downloads):
    with CaptureQueriesContext(connection) as few:
        activity_report.section(2024)
    resource = ResourceFactory(title="Plan de financement")
    for n in range(8):
        organisation = MemberOrganisationFactory(name=f"Commune n° {n}")
        DownloadLogFactory.create_batch(
            2,
            user=MemberFactory(organisation=organisation),
            resource=resource,
            downloaded_at=moment(2024, 9),
        )
    with CaptureQueriesContext(connection) as many:
        section = activity_report.section(2024)
    assert len(section["table"]["rows"]) == 12
    assert len(few) == len(many) == 2
