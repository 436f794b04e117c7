"""The open data: the catalogue, each dataset as CSV and JSON with its schema (in French, the
source language of the content, whatever the visitor's), and the page that presents them."""

import json

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils import translation

from . import conf, links
from .catalogue import catalogue as catalogue_document
from .datasets import DATASETS
from .datasets.base import Source
from .responses import data_response
from .schema import table_schema
from .tables import csv_text, json_document


def _dataset(slug):
    dataset = DATASETS.get(slug)
    if dataset is None:
        raise Http404("Jeu de données inconnu.")
    return dataset


def _json(document):
    return json.dumps(document, ensure_ascii=False, indent=1)


def data_file(request, slug, extension):
    dataset = _dataset(slug)
    with translation.override(settings.LANGUAGE_CODE):
        source = Source(request)
        records = dataset.records(source)
        modified = dataset.modified(source)
        if extension == "csv":
            body, content_type = csv_text(dataset, records), "text/csv; charset=utf-8"
        else:
            body = _json(json_document(request, dataset, records, modified))
            content_type = "application/json; charset=utf-8"
    return data_response(
        request, body, content_type, modified, filename=f"{dataset.slug}.{extension}"
    )


def schema(request, slug):
    dataset = _dataset(slug)
    with translation.override(settings.LANGUAGE_CODE):
        body = _json(table_schema(request, dataset))
    return data_response(request, body, "application/json; charset=utf-8")


def catalogue(request):
    with translation.override(settings.LANGUAGE_CODE):
        source = Source(request)
        modified = {slug: dataset.modified(source) for slug, dataset in DATASETS.items()}
        body = _json(catalogue_document(request, DATASETS.values(), modified))
    dates = [date for date in modified.values() if date]
    return data_response(
        request, body, "application/ld+json; charset=utf-8", max(dates) if dates else None
    )


def index(request):
    """The page for people: what is published, in which formats, under which licence, and how
    to reuse it."""
    datasets = [
        {
            "dataset": dataset,
            "files": [
                (links.FORMATS[extension][1], links.data_file(request, dataset, extension))
                for extension in links.FORMATS
            ],
            "schema": links.schema(request, dataset),
        }
        for dataset in DATASETS.values()
    ]
    return render(
        request,
        "opendata/index.html",
        {
            "datasets": datasets,
            "catalogue_url": links.catalogue(request),
            "license_url": conf.get("OPENDATA_LICENSE_URL"),
            "license_name": conf.get("OPENDATA_LICENSE_NAME"),
        },
    )
