"""The listing filter helper: facets, counts and options."""

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import timezone

from sheets.factories import ExperienceSheetPageFactory
from sheets.filters import (
    ChoiceFilter,
    CommuneFilter,
    Facet,
    Option,
    ThemeFilter,
    YearRangeFilter,
    facet_counts,
    filter_listing,
)
from sheets.models import ExperienceSheetPage, ExperienceStatus


@pytest.mark.django_db
def test_year_range_counts_every_year_a_project_runs(tree):
    ExperienceSheetPageFactory(parent=tree.experiences, year_start=2014, year_end=2016)
    request = RequestFactory().get("/", {"year": "2015"})
    listing = filter_listing(
        request, ExperienceSheetPage.objects.order_by("pk"), [YearRangeFilter()]
    )
    assert listing.count == 1
    options = {o.value: o.count for o in listing.facets[0].options}
    assert options == {"2016": 1, "2015": 1, "2014": 1}
    assert listing.facets[0].selected.value == "2015"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        {},
        {"theme": "energie"},
        {"status": "realise"},
        {"theme": "energie", "status": "realise"},
        {"theme": "economies-d-eau", "year": "2016", "commune": "gorron"},
        {"year": "2015"},
    ],
)
def test_one_counting_query_agrees_with_counting_each_facet_alone(tree, query):
    """facet_counts() counts every facet in one query; each facet must count what its own query over
    the results of the OTHER filters would, and the total what the filtered list holds."""
    for n, (commune, themes, status, start, end) in enumerate(
        [
            (tree.bais, [tree.energie], ExperienceStatus.DONE, 2012, 2014),
            (tree.bais, [tree.energie, tree.eau], ExperienceStatus.ONGOING, 2020, None),
            (tree.gorron, [tree.eau], ExperienceStatus.DONE, 2015, 2017),
            (tree.gorron, [tree.eau, tree.energie], ExperienceStatus.DONE, 2016, 2016),
            (tree.gorron, [], ExperienceStatus.PLANNED, 2026, None),
        ]
    ):
        ExperienceSheetPageFactory(
            parent=tree.experiences,
            title=f"Fiche {n}",
            commune=commune,
            themes=themes,
            status=status,
            year_start=start,
            year_end=end,
        )
    filters = [
        ThemeFilter(),
        CommuneFilter(),
        ChoiceFilter("status", "État", ExperienceStatus.choices),
        YearRangeFilter(),
    ]
    sheets = ExperienceSheetPage.objects.all()
    values = {
        spec.param: spec.clean(query[spec.param], sheets.model)
        for spec in filters
        if spec.param in query
    }
    counts, total = facet_counts(sheets, filters, values)

    def filtered(excluding=None):
        result = sheets
        for spec in filters:
            if spec.param in values and spec.param != excluding:
                result = spec.apply(result, values[spec.param])
        return result

    assert total == filtered().count()
    for spec in filters:
        others = filtered(excluding=spec.param)
        options = spec.options_from_counts(counts[spec.param], values.get(spec.param), sheets.model)
        for option in options:
            value = spec.clean(option.value, sheets.model)
            assert option.count == spec.apply(others, value).distinct().count(), (
                spec.param,
                option,
            )
        offered = {option.value for option in options if option.count}
        expected = set()
        for sheet in others:
            if spec.param == "theme":
                expected |= {t.slug for t in sheet.themes.all()}
            elif spec.param == "commune":
                expected.add(sheet.commune.slug)
            elif spec.param == "status":
                expected.add(sheet.status)
            else:
                last = sheet.year_end or max(sheet.year_start, timezone.localdate().year)
                expected |= {str(y) for y in range(sheet.year_start, last + 1)}
        assert offered == expected, spec.param


@pytest.mark.django_db
def test_counts_each_sheet_once_when_the_listing_joins_a_many_to_many(tree):
    """A listing filtered through a many-to-many relation repeats a sheet once per matching
    link: its counts still count objects, not rows."""
    for themes, status in [
        ([tree.energie, tree.eau], ExperienceStatus.DONE),
        ([tree.energie, tree.eau], ExperienceStatus.ONGOING),
        ([tree.eau], ExperienceStatus.DONE),
    ]:
        ExperienceSheetPageFactory(
            parent=tree.experiences, commune=tree.bais, themes=themes, status=status
        )
    plain = ExperienceSheetPage.objects.all()
    joined = ExperienceSheetPage.objects.filter(themes__in=[tree.energie, tree.eau])
    assert plain.count() == 3
    assert joined.count() == 5 and joined.distinct().count() == 3

    filters = [CommuneFilter(), ChoiceFilter("status", "État", ExperienceStatus.choices)]
    counts, total = facet_counts(joined, filters, {"status": ExperienceStatus.DONE})
    assert total == 2
    assert counts["commune"] == {str(tree.bais.pk): 2}
    assert counts["status"] == {ExperienceStatus.DONE: 2, ExperienceStatus.ONGOING: 1}


def test_filter_options_are_escaped_and_keep_the_chosen_one():
    facet = Facet(
        param="commune",
        label="Commune",
        options=[
            Option(value='a"b', label="<Bais & Évron>", count=3, selected=True),
            Option(value="laval", label="Laval", count=1234),
        ],
    )
    html = render_to_string("sheets/includes/filter_options.html", {"options": facet.options})
    assert html == (
        '<option value="a&quot;b" selected>&lt;Bais &amp; Évron&gt; (3)</option>\n'
        '<option value="laval">Laval (1234)</option>'
    )
