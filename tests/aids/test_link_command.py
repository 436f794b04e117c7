"""`manage.py link_aid_fundings`: the matching rule, unique matches only, the translations'
rows, the revisions (published or kept as a draft), the rows left to link, idempotence."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from aids.factories import AidIndexPageFactory, AidPageFactory, FunderFactory
from aids.funding_links import candidates, matches, normalise, plan_links
from core.translation import translate
from sheets.factories import ExperienceIndexPageFactory, ExperienceSheetPageFactory
from sheets.models import ExperienceFunding, ExperienceSheetPage

pytestmark = pytest.mark.django_db


def run(*args):
    output = StringIO()
    call_command("link_aid_fundings", *args, stdout=output)
    return output.getvalue()


@pytest.fixture
def aids(home_page):
    index = AidIndexPageFactory(parent=home_page)
    ademe = FunderFactory(name="Agence de la transition écologique", short_name="ADEME")
    region = FunderFactory(name="Région Pays de la Loire", short_name="Région")
    return {
        "chaleur": AidPageFactory(parent=index, title="Fonds chaleur", funder=ademe),
        "renov": AidPageFactory(parent=index, title="Rénovation énergétique", funder=region),
        "renov_ademe": AidPageFactory(parent=index, title="Rénovation", funder=ademe),
        "renov_ademe_2": AidPageFactory(
            parent=index, title="Rénovation des écoles", slug="renov-ecoles", funder=ademe
        ),
    }


def sheet_with(index, title, *funders):
    sheet = ExperienceSheetPageFactory(parent=index, title=title)
    sheet.fundings = [
        ExperienceFunding(funder=funder, amount=Decimal("1000"), sort_order=n)
        for n, funder in enumerate(funders)
    ]
    sheet.save_revision().publish()
    return ExperienceSheetPage.objects.get(pk=sheet.pk)


@pytest.fixture
def sheets_index(home_page, english_home_page, locales):
    index = ExperienceIndexPageFactory(parent=home_page)
    translate(index, locales["en"], {"title": "Experience sheets"})
    return index


def test_normalise_drops_case_accents_and_punctuation():
    assert normalise("ADEME (Fonds  chaleur)") == " ademe fonds chaleur "
    assert normalise("Région — Rénovation énergétique") == " region renovation energetique "
    assert normalise("") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ADEME (fonds chaleur)", ["chaleur"]),
        ("Fonds Chaleur — Agence de la transition écologique", ["chaleur"]),
        ("fonds chaleur", []),  # no funder named
        ("ADEME", []),  # no aid named
        ("ADEME fonds chaleureux", []),  # whole words only
        ("Région : rénovation énergétique", ["renov"]),
        ("ADEME rénovation des écoles", ["renov_ademe", "renov_ademe_2"]),  # ambiguous
    ],
)
def test_the_rule(aids, text, expected):
    found = matches(text, candidates())
    assert {aid.pk for aid in found} == {aids[name].pk for name in expected}


def test_links_rows_publishes_and_lists_the_rest(aids, sheets_index, locales):
    sheet = sheet_with(
        sheets_index, "L'école", "ADEME (fonds chaleur)", "Mairie", "ADEME rénovation des écoles"
    )
    english = translate(
        sheet,
        locales["en"],
        {
            "title": "The school",
            "fundings": [{"funder": "ADEME (heat fund)"}, {"funder": "Town"}, {"funder": "x"}],
        },
    )
    revisions = sheet.revisions.count()

    dry = run("--dry-run")
    assert "À relier : 1 ligne(s)." in dry
    assert not ExperienceFunding.objects.filter(aid__isnull=False).exists()

    output = run()
    assert "Reliées : 1 ligne(s)." in output
    assert "« L'école » — ADEME (fonds chaleur) → Fonds chaleur" in output
    assert "À relier à la main : 2 ligne(s)." in output
    assert f"http://testserver/admin/pages/{sheet.pk}/edit/" in output
    assert "plusieurs aides possibles : Rénovation, Rénovation des écoles" in output
    assert "The school" not in output  # translations follow their source

    sheet.refresh_from_db()
    assert sheet.revisions.count() == revisions + 1 and not sheet.has_unpublished_changes
    chaleur = aids["chaleur"]
    live = sheet.get_latest_revision_as_object()
    assert [row.aid_id for row in live.fundings.all()] == [chaleur.pk, None, None]
    english_rows = ExperienceFunding.objects.filter(page=english).order_by("sort_order")
    assert [row.aid_id for row in english_rows] == [chaleur.pk, None, None]

    again = run()
    assert "Reliées : 0 ligne(s)." in again
    assert sheet.revisions.count() == revisions + 1


def test_a_sheet_with_a_draft_keeps_it_and_shows_the_link(aids, sheets_index):
    sheet = sheet_with(sheets_index, "La salle", "Région - Rénovation énergétique")
    draft = sheet.get_latest_revision_as_object()
    draft.summary = "Un brouillon en cours."
    draft.save_revision()
    run()
    sheet.refresh_from_db()
    assert sheet.has_unpublished_changes
    assert sheet.fundings.get().aid_id == aids["renov"].pk  # the live page
    latest = sheet.get_latest_revision_as_object()
    assert latest.summary == "Un brouillon en cours."
    assert latest.fundings.all()[0].aid_id == aids["renov"].pk


def test_rows_already_linked_are_left_alone(aids, sheets_index):
    sheet = sheet_with(sheets_index, "La cantine", "ADEME (fonds chaleur)")
    ExperienceFunding.objects.filter(page=sheet).update(aid=aids["renov"])
    assert plan_links().linked == [] and plan_links().left == []
    run()
    assert sheet.fundings.get().aid_id == aids["renov"].pk
