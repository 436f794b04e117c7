"""The listing filter helper and the demo builder's small converters."""

import pytest
from django.test import RequestFactory

from sheets.demo import funding_kind, paragraphs, pdf_bytes
from sheets.filters import YearRangeFilter, filter_listing
from sheets.models import ExperienceSheetPage, FundingKind


def test_paragraphs_escape_html():
    html = paragraphs("Un <b>budget</b> & des aides.\n\nSecond paragraphe.")
    assert html == ("<p>Un &lt;b&gt;budget&lt;/b&gt; &amp; des aides.</p><p>Second paragraphe.</p>")
    assert paragraphs("") == ""


@pytest.mark.parametrize(
    "kind,funder,expected",
    [
        ("subvention", "ADEME", FundingKind.GRANT),
        ("DETR", "DETR", FundingKind.STATE),
        ("fonds vert", "Fonds vert", FundingKind.STATE),
        ("prêt", "Commune", FundingKind.LOAN),
        ("certificats d'économies d'énergie", "CEE", FundingKind.ENERGY_CERTIFICATES),
        ("fonds européens (LEADER)", "GAL", FundingKind.EUROPEAN),
        ("subvention", "Fonds européens (FEDER)", FundingKind.EUROPEAN),
        ("autofinancement", "Commune", FundingKind.SELF),
        ("mécénat", "Fondation", FundingKind.OTHER),
    ],
)
def test_funding_kind(kind, funder, expected):
    assert funding_kind(kind, funder) == expected


def test_pdf_is_a_pdf():
    data = pdf_bytes("Bilan (2024) – Évron", ["Ligne é à ç"])
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")


@pytest.mark.django_db
def test_year_range_counts_every_year_a_project_runs(tree):
    from sheets.factories import ExperienceSheetPageFactory

    ExperienceSheetPageFactory(parent=tree.experiences, year_start=2014, year_end=2016)
    request = RequestFactory().get("/", {"year": "2015"})
    listing = filter_listing(
        request, ExperienceSheetPage.objects.order_by("pk"), [YearRangeFilter()]
    )
    assert listing.count == 1
    options = {o.value: o.count for o in listing.facets[0].options}
    assert options == {"2016": 1, "2015": 1, "2014": 1}
    assert listing.facets[0].selected.value == "2015"
