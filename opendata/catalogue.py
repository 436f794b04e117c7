"""The DCAT catalogue of the datasets in JSON-LD (DCAT 2 with the DCAT-AP terms
data.gouv.fr's harvester reads): each dataset a dcat:Dataset under the Licence Ouverte 2.0,
with one dcat:Distribution per file format, each conforming to the dataset's Table Schema."""

from django.conf import settings
from django.urls import reverse

from . import conf, links
from .columns import local

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dct:modified": {"@type": "xsd:dateTime"},
    "dct:issued": {"@type": "xsd:dateTime"},
}
LANGUAGE = "http://publications.europa.eu/resource/authority/language/FRA"
FREQUENCY = "http://purl.org/cld/freq/continuous"  # refreshed on each publication


def text(value):
    return {"@value": str(value), "@language": settings.LANGUAGE_CODE}


def publisher():
    return {"@type": "foaf:Organization", "foaf:name": conf.get("OPENDATA_PUBLISHER_NAME")}


def contact_point():
    point = {"@type": "vcard:Organization", "vcard:fn": conf.get("OPENDATA_PUBLISHER_NAME")}
    email = conf.get("OPENDATA_CONTACT_EMAIL")
    if email:
        point["vcard:hasEmail"] = {"@id": f"mailto:{email}"}
    return point


def license_ref():
    return {"@id": conf.get("OPENDATA_LICENSE_URL")}


def distribution(request, dataset, extension, modified):
    media_type, format_name = links.FORMATS[extension]
    url = links.data_file(request, dataset, extension)
    return {
        "@id": url,
        "@type": "dcat:Distribution",
        "dct:title": text(f"{dataset.title} ({format_name})"),
        "dcat:accessURL": {"@id": url},
        "dcat:downloadURL": {"@id": url},
        "dcat:mediaType": media_type,
        "dct:format": format_name,
        "dct:license": license_ref(),
        "dct:conformsTo": {"@id": links.schema(request, dataset)},
        **({"dct:modified": local(modified).isoformat()} if modified else {}),
    }


def dataset_node(request, dataset, modified, landing_page):
    node = {
        "@id": f"{landing_page}#{dataset.slug}",
        "@type": "dcat:Dataset",
        "dct:identifier": dataset.slug,
        "dct:title": text(dataset.title),
        "dct:description": text(dataset.description),
        "dcat:keyword": [text(keyword) for keyword in dataset.keywords],
        "dct:license": license_ref(),
        "dct:publisher": publisher(),
        "dcat:contactPoint": contact_point(),
        "dct:language": {"@id": LANGUAGE},
        "dct:accrualPeriodicity": {"@id": FREQUENCY},
        "dcat:landingPage": {"@id": landing_page},
        "dct:conformsTo": {"@id": links.schema(request, dataset)},
        "dcat:distribution": [
            distribution(request, dataset, extension, modified) for extension in links.FORMATS
        ],
    }
    if modified:
        node["dct:modified"] = local(modified).isoformat()
    return node


def catalogue(request, datasets, modified):
    """`modified` is {slug: datetime or None}."""
    landing_page = request.build_absolute_uri(reverse("opendata_pages:index"))
    dates = [date for date in modified.values() if date]
    document = {
        "@context": CONTEXT,
        "@id": links.catalogue(request),
        "@type": "dcat:Catalog",
        "dct:title": text("Données ouvertes du réseau des collectivités mayennaises"),
        "dct:description": text(
            "Les fiches expériences, fiches techniques, rencontres, aides et communes "
            "publiées par le réseau, en CSV et en JSON, sous Licence Ouverte 2.0."
        ),
        "dct:publisher": publisher(),
        "dct:license": license_ref(),
        "dct:language": {"@id": LANGUAGE},
        "foaf:homepage": {"@id": request.build_absolute_uri("/")},
        "dcat:dataset": [
            dataset_node(request, dataset, modified[dataset.slug], landing_page)
            for dataset in datasets
        ],
    }
    if dates:
        document["dct:modified"] = local(max(dates)).isoformat()
    return document
