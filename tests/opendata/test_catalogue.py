"""The DCAT catalogue: JSON-LD that rdflib reads into DCAT triples (every term expands to the
DCAT, Dublin Core or FOAF vocabulary), one dcat:Dataset per dataset under the Licence Ouverte
2.0, each with a CSV and a JSON distribution whose URLs answer."""

import json

import pytest
from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF

from .conftest import DATASETS

pytestmark = pytest.mark.django_db

ETALAB = URIRef("https://www.etalab.gouv.fr/licence-ouverte-open-licence/")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
KNOWN = (str(DCAT), str(DCTERMS), str(FOAF), str(VCARD), str(RDF))


def catalogue(client):
    response = client.get("/donnees/catalogue.jsonld")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/ld+json; charset=utf-8"
    return response


def test_the_context_names_the_dcat_vocabularies(tree, client):
    document = json.loads(catalogue(client).content)
    context = document["@context"]
    assert context["dcat"] == "http://www.w3.org/ns/dcat#"
    assert context["dct"] == "http://purl.org/dc/terms/"
    assert context["foaf"] == "http://xmlns.com/foaf/0.1/"
    assert context["vcard"] == "http://www.w3.org/2006/vcard/ns#"
    assert document["@type"] == "dcat:Catalog"


def test_the_catalogue_reads_as_dcat(tree, client):
    graph = Graph().parse(data=catalogue(client).content, format="json-ld")
    # Every predicate expanded to a vocabulary: no term left out of the context.
    assert {str(p) for p in graph.predicates()} and all(
        str(p).startswith(KNOWN) for p in graph.predicates()
    )
    (catalog,) = graph.subjects(RDF.type, DCAT.Catalog)
    datasets = set(graph.objects(catalog, DCAT.dataset))
    assert set(graph.subjects(RDF.type, DCAT.Dataset)) == datasets
    assert {str(graph.value(d, DCTERMS.identifier)) for d in datasets} == set(DATASETS)
    for dataset in datasets:
        assert graph.value(dataset, DCTERMS.license) == ETALAB
        assert graph.value(dataset, DCTERMS.title).language == "fr"
        assert graph.value(dataset, DCTERMS.description)
        assert graph.value(dataset, DCTERMS.modified) is not None
        assert list(graph.objects(dataset, DCAT.keyword))
        publisher = graph.value(dataset, DCTERMS.publisher)
        assert graph.value(publisher, FOAF.name)
        formats = set()
        for distribution in graph.objects(dataset, DCAT.distribution):
            assert (distribution, RDF.type, DCAT.Distribution) in graph
            assert graph.value(distribution, DCTERMS.license) == ETALAB
            assert graph.value(distribution, DCAT.downloadURL) is not None
            assert graph.value(distribution, DCTERMS.conformsTo) is not None
            formats.add(
                (
                    str(graph.value(distribution, DCTERMS.format)),
                    str(graph.value(distribution, DCAT.mediaType)),
                )
            )
        assert formats == {("CSV", "text/csv"), ("JSON", "application/json")}


def test_every_url_of_the_catalogue_answers(tree, client):
    graph = Graph().parse(data=catalogue(client).content, format="json-ld")
    urls = {
        str(url)
        for predicate in (DCAT.downloadURL, DCTERMS.conformsTo, DCAT.landingPage)
        for url in graph.objects(None, predicate)
    }
    assert len(urls) == 2 * len(DATASETS) + len(DATASETS) + 1
    for url in urls:
        path = url.removeprefix("http://testserver").split("#")[0]
        assert client.get(path).status_code == 200, url
