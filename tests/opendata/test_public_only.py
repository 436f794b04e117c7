"""Nothing reserved reaches the open data: no contact person, no members-only document or
report, no page under a view restriction, no draft, no unpublished page, no translation."""

import json

import pytest
from wagtail.models import PageViewRestriction

from core.translation import translate

from .conftest import DATASETS, add_aid, add_event, add_sheet, add_technical

pytestmark = pytest.mark.django_db

# The fixtures' contact person and reserved parts (sheets.factories, conftest.py).
RESERVED = (
    "Claire Dupont",
    "Adjointe aux bâtiments",
    "claire.dupont@mairie.exemple.fr",
    "02 43 00 00 00",
    "Devis confidentiel okapi",
    "Compte rendu réservé tamanoir",
)


def everything(client):
    """Every file of every dataset, and the catalogue, as one text."""
    texts = [client.get("/donnees/catalogue.jsonld").content.decode()]
    for slug in DATASETS:
        for path in (f"/donnees/{slug}.csv", f"/donnees/{slug}.json"):
            response = client.get(path)
            assert response.status_code == 200
            texts.append(response.content.decode())
    return "\n".join(texts)


def titles(client, slug):
    data = json.loads(client.get(f"/donnees/{slug}.json").content)
    return {record["titre"] for record in data["donnees"]}


def test_no_members_only_field_or_content(tree, client):
    text = everything(client)
    for reserved in RESERVED:
        assert reserved not in text
    assert "Compte rendu public ornithorynque." in text  # a public report is there


def test_a_members_only_report_leaves_its_column_empty(tree, client):
    data = json.loads(client.get("/donnees/rencontres.json").content)
    reports = {r["titre"]: r["compte_rendu"] for r in data["donnees"]}
    assert reports == {
        "Visite de la chaufferie": "Compte rendu public ornithorynque.",
        "Rencontre des élus": None,
    }


def test_restricted_draft_and_unpublished_pages_are_left_out(
    tree, client, locales, english_home_page
):
    restricted = add_sheet(tree, "Fiche sous restriction")
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    under_restricted_index = add_event(tree, "Rencontre privée")
    PageViewRestriction.objects.create(page=tree.events, restriction_type="login")
    unpublished = add_aid(tree, "Aide retirée")
    unpublished.unpublish()
    draft = add_technical(tree, "Fiche en brouillon")
    draft.unpublish()
    tree.sheet.title = "Titre en brouillon"
    tree.sheet.save_revision()  # a draft of a live page: the live title stays
    translate(tree.aids, locales["en"], {"title": "Funding"})
    translate(tree.aid, locales["en"], {"title": "Heat fund"})

    assert titles(client, "fiches-experiences") == {"Chaufferie bois de Bais"}
    assert titles(client, "rencontres") == set()
    assert under_restricted_index.title not in everything(client)
    assert titles(client, "aides") == {"Fonds chaleur"}
    assert titles(client, "fiches-techniques") == {"Réussir une chaufferie bois"}
    data = json.loads(client.get("/donnees/communes.json").content)
    bais = next(c for c in data["donnees"] if c["code_insee"] == "53016")
    assert bais["fiches_experiences"] == 1
    assert bais["rencontres"] == 0


def test_a_signed_in_member_gets_the_same_public_data(tree, client, admin_client):
    assert (
        admin_client.get("/donnees/rencontres.csv").content
        == client.get("/donnees/rencontres.csv").content
    )
