"""Communes like mine (sheets.similar_communes): the score, its reasons in French, the ranking,
and only live, public sheets; shown on the commune page and on an experience sheet."""

from decimal import Decimal

import pytest
from wagtail.models import PageViewRestriction

from sheets.factories import CommuneFactory, ExperienceSheetPageFactory
from sheets.models import ExperienceSheetPage
from sheets.similar_communes import comparable_communes, population_band, score
from tests.sheets.test_cache_purge import PURGED

pytestmark = pytest.mark.django_db


def commune(name, insee, population, area, epci="CC des Coëvrons"):
    return CommuneFactory(
        name=name, insee_code=insee, population=population, area=Decimal(area), epci=epci
    )


def public_sheets():
    return ExperienceSheetPage.objects.live().public()


def test_population_bands():
    assert [population_band(n) for n in (None, 120, 500, 1999, 2000, 3499, 9999, 10000)] == [
        None,
        0,
        1,
        2,
        3,
        3,
        4,
        5,
    ]


def test_reasons_are_written_for_the_reader(db):
    mine = commune("Bais", "53016", 2100, "30.00")
    other = commune("Gorron", "53107", 2320, "27.30")
    points, reasons = score(other, mine, shared_themes=3)
    assert reasons == [
        "même intercommunalité",
        "2\xa0320 habitants contre 2\xa0100",
        "densité proche (85 contre 70 hab./km²)",
        "3 thèmes en commun",
    ]
    assert points == 2 + 3 + 2 + 3


def test_ranking_is_deterministic_and_lists_only_live_public_sheets(tree):
    mine = commune("Référence", "53900", 2100, "30.00")
    same = commune("Jumelle", "53901", 2150, "30.00")
    near = commune("Voisine", "53902", 1500, "30.00", epci="Autre")
    far = commune("Grande", "53903", 40000, "30.00", epci="Autre")
    hidden = commune("Cachée", "53904", 2100, "30.00")
    ExperienceSheetPageFactory(parent=tree.experiences, commune=mine, themes=[tree.energie])
    for target, title in ((same, "Jumelle A"), (near, "Voisine A"), (far, "Grande A")):
        ExperienceSheetPageFactory(
            parent=tree.experiences, commune=target, title=title, themes=[tree.energie]
        )
    draft = ExperienceSheetPageFactory(parent=tree.experiences, commune=hidden, title="Brouillon")
    draft.unpublish()
    private = ExperienceSheetPageFactory(parent=tree.experiences, commune=hidden, title="Privée")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    found = comparable_communes(mine, public_sheets())
    assert [c.commune.name for c in found] == ["Jumelle", "Voisine", "Grande"]
    assert [s.title for s in found[0].sheets] == ["Jumelle A"]
    assert "1 thème en commun" in found[0].reasons
    assert "Cachée" not in [c.commune.name for c in found]
    # Only projects sharing a theme, on a sheet: none here for water.
    assert comparable_communes(mine, public_sheets(), themes={"eau"}, same_theme_only=True) == []


def test_commune_page_shows_the_facts_and_the_comparable_communes(tree, anonymous_client):
    bais = tree.bais
    bais.population, bais.population_year = 2100, 2023
    bais.area, bais.area_year, bais.canton = Decimal("30.00"), 2018, "Évron"
    bais.save()
    twin = commune("Jumelle", "53901", 2320, "27.30", epci=bais.epci)
    ExperienceSheetPageFactory(parent=tree.experiences, commune=twin, title="Chaufferie bois")
    html = anonymous_client.get(tree.communes_page.url + "bais/").content.decode()
    for fact in ("2\xa0100 habitants", "30,00 km²", "70 hab./km²", "Évron", "53016", "53160"):
        assert fact in html, fact
    assert "Sources : INSEE, population légale 2023 ; IGN, superficie 2018." in html
    assert "Communes comparables" in html and "Chaufferie bois" in html
    assert "même intercommunalité" in html
    listing = anonymous_client.get(tree.communes_page.url).content.decode()
    assert "Les autres communes de la Mayenne" in listing and "/communes/jumelle/" in listing


def test_experience_sheet_shows_comparable_communes_with_a_close_project(tree, anonymous_client):
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences, commune=tree.bais, themes=[tree.energie]
    )
    twin = commune("Jumelle", "53901", 1100, "30.00", epci=tree.bais.epci)
    ExperienceSheetPageFactory(
        parent=tree.experiences, commune=twin, title="Réseau de chaleur", themes=[tree.energie]
    )
    ExperienceSheetPageFactory(
        parent=tree.experiences, commune=twin, title="Récupérateurs d'eau", themes=[tree.eau]
    )
    html = anonymous_client.get(sheet.url).content.decode()
    assert "Communes comparables qui ont mené un projet proche" in html
    assert "Réseau de chaleur" in html and "Récupérateurs d" not in html


def test_a_sheet_published_or_unpublished_elsewhere_shows_at_once_in_the_cached_section(
    tree, anonymous_client
):
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences, commune=tree.bais, themes=[tree.energie]
    )
    assert "Réseau de chaleur" not in anonymous_client.get(sheet.url).content.decode()
    twin = commune("Jumelle", "53901", 1100, "30.00", epci=tree.bais.epci)
    other = ExperienceSheetPageFactory(
        parent=tree.experiences, commune=twin, title="Réseau de chaleur", themes=[tree.energie]
    )
    assert "Réseau de chaleur" in anonymous_client.get(sheet.url).content.decode()
    PageViewRestriction.objects.create(page=other, restriction_type="login")
    assert "Réseau de chaleur" not in anonymous_client.get(sheet.url).content.decode()
    PageViewRestriction.objects.filter(page=other).delete()
    assert "Réseau de chaleur" in anonymous_client.get(sheet.url).content.decode()
    other.unpublish()
    assert "Réseau de chaleur" not in anonymous_client.get(sheet.url).content.decode()


def test_publishing_a_sheet_purges_every_page_that_may_compare_its_commune(
    tree, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "recorder": {"BACKEND": "tests.sheets.test_cache_purge.RecordingBackend"}
    }
    showing = ExperienceSheetPageFactory(
        parent=tree.experiences, commune=tree.gorron, themes=[tree.energie]
    )
    unrelated = ExperienceSheetPageFactory(
        parent=tree.experiences, commune=tree.gorron, themes=[tree.eau]
    )
    sheet = ExperienceSheetPageFactory(
        parent=tree.experiences, commune=tree.bais, themes=[tree.energie]
    )
    PURGED.clear()
    with django_capture_on_commit_callbacks(execute=True):
        sheet.save_revision().publish()
    urls = {url.removeprefix("http://localhost") for url in PURGED}
    assert {"/communes/bais/", "/communes/gorron/", showing.url} <= urls
    assert unrelated.url not in urls
