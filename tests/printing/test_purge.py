"""A sheet's publication purges its PDF and its themes' booklets from the front cache, and
queues the new revision's PDF."""

from contextlib import contextmanager

import pytest
from django.urls import reverse

from printing.models import SheetPrint
from tests.sheets.test_cache_purge import PURGED, ROOT

pytestmark = pytest.mark.django_db


@pytest.fixture
def purged(settings, django_capture_on_commit_callbacks):
    """`with purged() as urls:` the URLs purged meanwhile (tests.sheets' recording backend)."""
    settings.WAGTAILFRONTENDCACHE = {
        "recorder": {"BACKEND": "tests.sheets.test_cache_purge.RecordingBackend"}
    }

    @contextmanager
    def recorder():
        PURGED.clear()
        urls = set()
        with django_capture_on_commit_callbacks(execute=True):
            yield urls
        urls.update(PURGED)
        PURGED.clear()

    return recorder


def test_publication_purges_the_pdfs(purged, sheet, energy):
    with purged() as urls:
        revision = sheet.save_revision()
        revision.publish()
    assert ROOT + reverse("printing:sheet", kwargs={"page_id": sheet.pk}) in urls
    assert ROOT + reverse("printing:booklet", kwargs={"theme_id": energy.pk}) in urls
    assert SheetPrint.objects.filter(revision=revision).exists()


def test_unpublication_purges_the_pdf(purged, sheet):
    with purged() as urls:
        sheet.unpublish()
    assert ROOT + reverse("printing:sheet", kwargs={"page_id": sheet.pk}) in urls


def test_publication_makes_no_pdf_when_switched_off(
    settings, sheet, django_capture_on_commit_callbacks
):
    settings.PRINTING_ON_PUBLISH = False
    with django_capture_on_commit_callbacks(execute=True):
        revision = sheet.save_revision()
        revision.publish()
    assert not SheetPrint.objects.filter(revision=revision).exists()
