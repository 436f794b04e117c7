"""The public content's section of the yearly activity report: the sheets and events first
published in a year, in the default language only (a translation is not counted twice), in one
query; and the first year it has something to count."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from core.translation import translate
from sheets import activity_report
from sheets.factories import (
    EventPageFactory,
    ExperienceSheetPageFactory,
    TechnicalSheetPageFactory,
)

pytestmark = pytest.mark.django_db


def published_in(page, year, month=6):
    moment = timezone.make_aware(datetime.datetime(year, month, 15, 10))
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)
    return page


@pytest.fixture
def published(tree, english_home_page, locales):
    """2024: two experience sheets, a technical sheet (and its English translation, published
    the same year) and an event starting in 2019. 2025: an experience sheet. Never published: a
    draft experience sheet. The index pages, published in 2024, are not counted."""
    for index in (tree.experiences, tree.technical, tree.events):
        published_in(index, 2024)
    for _n in range(2):
        published_in(ExperienceSheetPageFactory(parent=tree.experiences), 2024)
    published_in(ExperienceSheetPageFactory(parent=tree.experiences), 2025)
    ExperienceSheetPageFactory(parent=tree.experiences, live=False, first_published_at=None)
    technical = published_in(TechnicalSheetPageFactory(parent=tree.technical), 2024)
    translate(tree.technical, locales["en"], {"title": "Technical sheets"})
    published_in(translate(technical, locales["en"], {"title": "Technical sheet"}), 2024)
    start = timezone.make_aware(datetime.datetime(2019, 4, 2, 14))
    published_in(EventPageFactory(parent=tree.events, start=start), 2024)
    return tree


def test_the_figures_of_a_year(published):
    assert activity_report.figures(2024) == {
        "experience_sheets": 2,
        "technical_sheets": 1,
        "events": 1,
    }
    assert activity_report.figures(2025) == {
        "experience_sheets": 1,
        "technical_sheets": 0,
        "events": 0,
    }


def test_the_section(published):
    section = activity_report.section(2024)
    assert section["key"] == "publications"
    assert [(f["label"], f["value"]) for f in section["figures"]] == [
        ("Fiches expérience publiées", 2),
        ("Fiches techniques publiées", 1),
        ("Rendez-vous annoncés dans l'agenda", 1),
    ]


def test_the_first_year_is_the_earliest_publication_or_event(published):
    assert activity_report.first_year() == 2019


def test_no_first_year_without_content(tree):
    assert activity_report.first_year() is None


def test_one_query_whatever_the_number_of_pages(published, tree):
    with CaptureQueriesContext(connection) as few:
        activity_report.section(2024)
    for _n in range(10):
        published_in(ExperienceSheetPageFactory(parent=tree.experiences), 2024)
    with CaptureQueriesContext(connection) as many:
        counted = activity_report.figures(2024)
    assert counted["experience_sheets"] == 12
    assert len(few) == len(many) == 1
