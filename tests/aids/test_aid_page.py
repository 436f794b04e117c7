"""An aid's page: its facts, the projects of the network that obtained it (live, public sheets
only, with their amounts), the notice of an expired aid, which stays online."""

import pytest
from wagtail.models import PageViewRestriction

from .conftest import days, make_aid, make_sheet

pytestmark = pytest.mark.django_db


def test_facts_and_projects(tree, client):
    tree.ademe.website = "https://www.ademe.fr/"
    tree.ademe.save()
    page = tree.fonds_chaleur
    page.source_url = "https://agirpourlatransition.ademe.fr/zephyrin"
    page.save_revision().publish()
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    for text in (
        "Agence de la transition écologique",
        'href="https://www.ademe.fr/"',
        "Subvention",
        "de 20 à 40 %",
        "Communes de 3\u00a0500 habitants au plus",
        "Source officielle",
        "Informations vérifiées à la source le",
        "Obtenue par 1 projet du réseau",
        "Chaufferie bois de Bais",
        tree.sheet.url,
        "42\u00a0000 €",
    ):
        assert text in html, text
    assert "clôturée depuis" not in html


def test_only_live_public_sheets_are_named_or_counted(tree, client):
    draft = make_sheet(tree, "Brouillon koala", fundings=[("ADEME", 5, tree.fonds_chaleur)])
    draft.refresh_from_db()
    draft.unpublish()
    private = make_sheet(
        tree, "Réseau secret suricate", fundings=[("ADEME", 7, tree.fonds_chaleur)]
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    html = client.get(tree.fonds_chaleur.url).content.decode()
    assert "Obtenue par 1 projet du réseau" in html
    assert "koala" not in html
    assert "suricate" not in html
    listing = client.get(tree.aids.url)
    counts = {aid.title: aid.network_count for aid in listing.context["aids"]}
    assert counts["Fonds chaleur zéphyrin"] == 1


def test_several_projects_and_no_amount(tree, client):
    make_sheet(tree, "Réseau de chaleur de Gorron", fundings=[("ADEME", None, tree.fonds_chaleur)])
    html = client.get(tree.fonds_chaleur.url).content.decode()
    assert "Obtenue par 2 projets du réseau" in html
    assert "Réseau de chaleur de Gorron" in html


def test_expired_aid_stays_online_with_a_notice_and_linked_from_the_sheet(tree, client):
    aid = make_aid(tree, "Appel clos pangolin", closes_on=days(20))
    sheet = make_sheet(tree, "Toiture solaire de Bais", fundings=[("Région", 3000, aid)])
    aid.closes_on = days(-1)
    aid.save_revision().publish()
    response = client.get(aid.url)
    assert response.status_code == 200
    assert "Cette aide est clôturée depuis le" in response.content.decode()
    assert "Appel clos pangolin" not in [a.title for a in client.get(tree.aids.url).context["aids"]]
    assert aid.url in client.get(sheet.url).content.decode()
