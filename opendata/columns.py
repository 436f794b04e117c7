"""A dataset's columns: a machine name (the CSV header and the JSON key), a French title and
description (the schema's), a Table Schema type, and how a row's value is read; and how a value
is written to the CSV and to the JSON, the same for every dataset. Titles and descriptions are
French, like the data they describe, and not translated (decision 0052)."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils import timezone

# How a boolean is written in the CSV (the schema's trueValues and falseValues).
TRUE, FALSE = "oui", "non"
# Between the items of a list written in one cell (themes, funders, key figures).
LIST_SEPARATOR = " | "


@dataclass(frozen=True)
class Column:
    name: str
    title: str
    type: str  # Table Schema: string, integer, number, boolean, date, datetime
    description: str
    read: Any  # row -> value (str, int, Decimal, bool, date, datetime or None)
    enum: tuple = field(default=())  # the allowed codes, for a coded string
    required: bool = False

    def value(self, row):
        """The row's value, a date-time in the site's time zone, an empty text as None."""
        value = self.read(row)
        if value == "":
            return None
        if isinstance(value, datetime.datetime):
            return local(value)
        return value


# The page's number, the first column of every page dataset (row[0] is the page).
PAGE_ID = Column(
    "identifiant",
    "Identifiant",
    "integer",
    "Numéro de la page sur le site, stable.",
    lambda row: row[0].pk,
    required=True,
)
# The publication dates every page dataset ends with.
FIRST_PUBLISHED = Column(
    "premiere_publication",
    "Première publication",
    "datetime",
    "Date et heure de la première publication.",
    lambda row: row[0].first_published_at,
)
LAST_PUBLISHED = Column(
    "mise_a_jour",
    "Dernière publication",
    "datetime",
    "Date et heure de la dernière publication.",
    lambda row: row[0].last_published_at,
)


def local(moment):
    """A date-time in the site's time zone, to the second (written with its offset)."""
    return timezone.localtime(moment).replace(microsecond=0)


def csv_cell(value):
    """A value as the CSV writes it: empty when missing, oui/non, ISO 8601 dates; numbers and
    texts are left to core.spreadsheets.write_french_csv."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return TRUE if value else FALSE
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def json_value(value):
    """A value as the JSON writes it: null when missing, ISO 8601 dates, decimals as numbers."""
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def joined(items):
    """Several texts in one cell."""
    return LIST_SEPARATOR.join(str(item) for item in items if item)
