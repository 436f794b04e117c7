"""The report as a CSV file for French spreadsheets: UTF-8 with a byte order mark, semicolons,
one line per figure (Rubrique;Indicateur;Valeur); a table gives one line per row and value
column ("Commune de Bais – Téléchargements"). Cells are kept from running as formulas."""

from django.http import HttpResponse
from django.utils.translation import gettext as _

from core.spreadsheets import write_french_csv


def rows(sections):
    """The header, then the lines of each section, figures first."""
    yield [_("Rubrique"), _("Indicateur"), _("Valeur")]
    for section in sections:
        title = section["title"]
        for figure in section.get("figures", []):
            yield [title, figure["label"], figure["value"]]
        table = section.get("table")
        if not table:
            continue
        _label_column, *value_columns = table["columns"]
        for label, *values in table["rows"]:
            for column, value in zip(value_columns, values, strict=False):
                yield [title, f"{label} – {column}", value]


def csv_response(year, sections):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="rapport-activite-{year}.csv"'
    write_french_csv(response, rows(sections))
    return response
