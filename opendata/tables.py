"""A dataset's rows written as a CSV file for French spreadsheets and as JSON, with the same
fields and values."""

import io

from django.utils import timezone

from core.spreadsheets import write_french_csv

from . import conf, links
from .columns import csv_cell, json_value, local


def csv_text(dataset, records):
    """The header (the fields' names), then one line per record."""
    names = [column.name for column in dataset.columns]
    out = io.StringIO()
    write_french_csv(
        out, [names, *([csv_cell(record[name]) for name in names] for record in records)]
    )
    return out.getvalue()


def json_document(request, dataset, records, modified):
    return {
        "jeu_de_donnees": dataset.slug,
        "titre": str(dataset.title),
        "licence": conf.get("OPENDATA_LICENSE_URL"),
        "producteur": conf.get("OPENDATA_PUBLISHER_NAME"),
        "schema": links.schema(request, dataset),
        "date_de_mise_a_jour": local(modified).isoformat() if modified else None,
        "date_de_generation": local(timezone.now()).isoformat(),
        "nombre": len(records),
        "donnees": [
            {name: json_value(value) for name, value in record.items()} for record in records
        ],
    }
