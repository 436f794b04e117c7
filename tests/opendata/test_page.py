"""The page that presents the open data, in French and in English, and the footer's link."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_french_page_lists_every_dataset_and_the_licence(tree, client):
    response = client.get("/donnees/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Données ouvertes</h1>" in html
    for slug in ("fiches-experiences", "fiches-techniques", "rencontres", "aides", "communes"):
        assert f'href="http://testserver/donnees/{slug}.csv"' in html
        assert f'href="http://testserver/donnees/{slug}.json"' in html
        assert f'href="http://testserver/donnees/{slug}/schema.json"' in html
    assert "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" in html
    assert 'href="http://testserver/donnees/catalogue.jsonld"' in html
    assert "<code>commune_code_insee</code>" in html


def test_the_english_page(tree, client, english_home_page):
    response = client.get("/en/donnees/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Open data</h1>" in html
    assert 'href="http://testserver/donnees/communes.csv"' in html
    assert 'lang="fr"' in html


def test_the_footer_links_to_it(tree, client):
    html = client.get("/").content.decode()
    assert 'href="/donnees/">Données ouvertes</a>' in html
