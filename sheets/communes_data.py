"""The official facts of the communes of Mayenne, read from the data file the project ships
(sheets/data/communes_mayenne.csv: sources and licence in its header, docs/communes-data.md)."""

import csv
from decimal import Decimal
from pathlib import Path

from django.db import transaction
from django.utils.text import slugify

from .models import Commune

DATA_FILE = Path(__file__).resolve().parent / "data" / "communes_mayenne.csv"

# Official facts: the file is their reference, so a reload overwrites them. The map position is
# set on creation only, where an editor may since have moved it to the town hall.
FACTS = ("name", "postal_code", "population", "population_year", "area", "area_year")
FACTS += ("epci", "epci_siren", "canton")


def read_rows(path=DATA_FILE):
    """The file's rows as dicts, its `#` header lines skipped."""
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


def facts(row):
    return {
        "name": row["name"],
        "postal_code": row["postal_code"],
        "population": int(row["population"]),
        "population_year": int(row["population_year"]),
        "area": Decimal(row["area_km2"]),
        "area_year": int(row["area_year"]),
        "epci": row["epci"],
        "epci_siren": row["epci_siren"],
        "canton": row["canton"],
    }


@transaction.atomic
def load_communes(path=DATA_FILE):
    """Creates the communes missing from the database and refreshes the facts of the others,
    matched by INSEE code; returns (created, updated)."""
    existing = {commune.insee_code: commune for commune in Commune.objects.all()}
    slugs = {commune.slug for commune in existing.values()}
    created = updated = 0
    for row in read_rows(path):
        values = facts(row)
        commune = existing.get(row["insee_code"])
        if commune is None:
            slug = slugify(row["name"])
            if slug in slugs:
                slug = f"{slug}-{row['insee_code']}"
            slugs.add(slug)
            Commune.objects.create(
                insee_code=row["insee_code"],
                slug=slug,
                latitude=Decimal(row["latitude"]),
                longitude=Decimal(row["longitude"]),
                **values,
            )
            created += 1
        elif any(getattr(commune, field) != value for field, value in values.items()):
            for field, value in values.items():
                setattr(commune, field, value)
            commune.save()
            updated += 1
    return created, updated
