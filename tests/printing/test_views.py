"""The PDFs served: the live revision's stored file, made once when missing; a new
publication makes a new file; 404 for what is not live and public; a fixed number of queries."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction

from printing.models import SheetPrint, ThemeBooklet
from sheets.factories import ExperienceSheetPageFactory, TechnicalSheetPageFactory

from .conftest import RESERVED_DOCUMENT, read_pdf

pytestmark = pytest.mark.django_db


def pdf_url(page):
    return reverse("printing:sheet", kwargs={"page_id": page.pk})


def body(response):
    return b"".join(response.streaming_content)


def test_served_inline_and_kept_per_revision(client, sheet):
    response = client.get(pdf_url(sheet))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="renovation-ecole.pdf"'
    assert "public" in response["Cache-Control"]
    first = SheetPrint.objects.get(page=sheet)
    assert first.revision_id == sheet.live_revision_id
    client.get(pdf_url(sheet))  # served from the stored file
    assert SheetPrint.objects.filter(page=sheet).count() == 1

    sheet.title = "Nouvelle école passive"
    sheet.save_revision().publish()
    _reader, text = read_pdf(body(client.get(pdf_url(sheet))))
    assert "Nouvelle école passive" in text
    assert SheetPrint.objects.filter(page=sheet).count() == 2


def test_publishing_queues_the_pdf(sheet, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        revision = sheet.save_revision()
        revision.publish()
    assert SheetPrint.objects.filter(revision=revision).exists()


def test_english_sheet_served_in_english(client, english_sheet):
    reader, _text = read_pdf(body(client.get(pdf_url(english_sheet))))
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_not_found_when_not_live_or_restricted(client, sheet):
    draft = ExperienceSheetPageFactory.build(title="Brouillon", live=False, commune=sheet.commune)
    sheet.get_parent().add_child(instance=draft)
    assert client.get(pdf_url(draft)).status_code == 404
    assert client.get(pdf_url(sheet.get_parent())).status_code == 404  # not a sheet
    assert client.get("/impression/fiche/999999.pdf").status_code == 404
    PageViewRestriction.objects.create(page=sheet, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(pdf_url(sheet)).status_code == 404
    sheet.unpublish()
    assert client.get(pdf_url(sheet)).status_code == 404


def test_member_sees_the_same_pdf(admin_client, sheet):
    _reader, text = read_pdf(body(admin_client.get(pdf_url(sheet))))
    assert RESERVED_DOCUMENT not in text


def test_stored_pdf_queries_are_fixed(client, sheet, django_assert_max_num_queries):
    client.get(pdf_url(sheet))
    with django_assert_max_num_queries(4):
        assert client.get(pdf_url(sheet)).status_code == 200


def test_booklet_has_every_sheet_of_the_theme(client, sheet, technical, energy):
    url = reverse("printing:booklet", kwargs={"theme_id": energy.pk})
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'inline; filename="energie.pdf"'
    reader, text = read_pdf(body(response))
    assert reader.metadata.title == "Livret « Énergie »"
    assert sheet.title in text and technical.title in text
    assert "Sommaire" in text
    assert [item.title for item in reader.outline][:2] == [sheet.title, technical.title]
    client.get(url)
    assert ThemeBooklet.objects.count() == 1
    technical.title = "Audit énergétique, pas à pas"
    technical.save_revision().publish()
    _reader, text = read_pdf(body(client.get(url)))
    assert "pas à pas" in text
    assert ThemeBooklet.objects.count() == 2


def test_booklet_of_a_theme_without_sheets_is_not_found(client, energy):
    url = reverse("printing:booklet", kwargs={"theme_id": energy.pk})
    assert client.get(url).status_code == 404
    assert client.get("/impression/theme/999999.pdf").status_code == 404


def test_links_on_the_pages(client, sheet, technical):
    assert pdf_url(sheet) in client.get(sheet.url).content.decode()
    assert pdf_url(technical) in client.get(technical.url).content.decode()


def test_regenerate_and_prune(client, sheet, technical, energy):
    assert call("regenerate_prints") == "PDF de fiches fabriqués : 2."
    assert call("regenerate_prints") == "PDF de fiches fabriqués : 0."
    sheet.save_revision().publish()
    client.get(reverse("printing:booklet", kwargs={"theme_id": energy.pk}))
    out = call("regenerate_prints", "--prune")
    assert out.splitlines() == ["Fichiers PDF supprimés : 1.", "PDF de fiches fabriqués : 1."]
    assert SheetPrint.objects.count() == 2 and ThemeBooklet.objects.count() == 1
    assert call("regenerate_prints", "--all").endswith("fabriqués : 2.")
    assert SheetPrint.objects.count() == 2 and ThemeBooklet.objects.count() == 0


def call(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue().strip()


def test_live_page_without_revision_is_made_for_the_request(client, sheet):
    type(sheet).objects.filter(pk=sheet.pk).update(live_revision=None)
    response = client.get(pdf_url(sheet))
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'inline; filename="renovation-ecole.pdf"'
    assert read_pdf(response.content)[0].metadata.title == sheet.title
    assert not SheetPrint.objects.exists()


def test_stored_booklet_queries_do_not_grow(client, sheet, technical, energy):
    url = reverse("printing:booklet", kwargs={"theme_id": energy.pk})
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    index = technical.get_parent()
    for n in range(3):
        TechnicalSheetPageFactory(parent=index, title=f"Fiche {n}", themes=[energy])
    client.get(url)
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200
    assert len(large) == len(small) <= 6


def test_booklet_leaves_out_restricted_sheets(client, sheet, technical, energy):
    PageViewRestriction.objects.create(page=technical, restriction_type=PageViewRestriction.LOGIN)
    url = reverse("printing:booklet", kwargs={"theme_id": energy.pk})
    _reader, text = read_pdf(body(client.get(url)))
    assert sheet.title in text and technical.title not in text


def test_lost_file_is_made_again(client, sheet):
    client.get(pdf_url(sheet))
    item = SheetPrint.objects.get(page=sheet)
    item.file.storage.delete(item.file.name)
    response = client.get(pdf_url(sheet))
    assert read_pdf(body(response))[0].metadata.title == sheet.title
    assert SheetPrint.objects.get(page=sheet).pk != item.pk
