"""The directory as a spreadsheet: its columns (one row per aid, keyed by slug), how an aid's
values are written to them, and how CSV and XLSX files are written and read back as text rows."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
from django.utils.translation import gettext as _

from core.spreadsheets import FORMULA_STARTS, neutralise

from .models import AidPage

# The columns, in the order of the export; an import must have exactly these, in any order.
COLUMNS = [
    "slug",
    "title",
    "funder",
    "kind",
    "themes",
    "description",
    "for_communes",
    "population_min",
    "population_max",
    "for_intercommunalities",
    "for_associations",
    "rate_min",
    "rate_max",
    "amount_min",
    "amount_max",
    "eligible_expenses",
    "how_to_apply",
    "opens_on",
    "closes_on",
    "recurrence",
    "status",
    "source_url",
    "last_checked",
]
BOOLEANS = {"for_communes", "for_intercommunalities", "for_associations"}
DATES = {"opens_on", "closes_on", "last_checked"}
INTEGERS = {"population_min", "population_max"}
DECIMALS = {"rate_min", "rate_max", "amount_min", "amount_max"}
CHOICES = {"kind", "recurrence", "status"}
RICH_TEXTS = {"description", "eligible_expenses", "how_to_apply"}
THEMES_SEPARATOR = "|"
YES, NO = "oui", "non"

MAX_FILE_SIZE = 2 * 1024 * 1024  # bytes
MAX_ROWS = 2000
EXTENSIONS = (".csv", ".xlsx")


class SpreadsheetError(Exception):
    """The file as a whole cannot be read: its message is shown to the facilitator."""


def cell_value(aid, column):
    """Aid `aid`'s value in `column` as the export writes it (text, or a number in XLSX)."""
    if column == "funder":
        return aid.funder.name
    if column == "themes":
        return THEMES_SEPARATOR.join(sorted(theme.slug for theme in aid.themes.all()))
    value = getattr(aid, column)
    if column in BOOLEANS:
        return YES if value else NO
    if value is None:
        return ""
    if column in DATES:
        return value.isoformat()
    return value


def export_queryset(locale):
    """Every aid of `locale`, in a fixed number of queries."""
    return (
        AidPage.objects.filter(locale=locale)
        .select_related("funder")
        .prefetch_related("themes")
        .order_by("slug", "pk")
    )


def rows(aids):
    """The header, then one row per aid."""
    yield list(COLUMNS)
    for aid in aids:
        yield [cell_value(aid, column) for column in COLUMNS]


def write_csv(aids):
    """The CSV file (UTF-8 with a BOM and semicolons, as a French spreadsheet opens it)."""
    output = io.StringIO()
    output.write("\ufeff")
    writer = csv.writer(output, delimiter=";")
    for row in rows(aids):
        writer.writerow([neutralise(value) for value in row])
    return output.getvalue().encode("utf-8")


def write_xlsx(aids):
    """The XLSX file: texts as texts (never formulas), numbers as numbers."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Aides"))
    for row in rows(aids):
        sheet.append([v if isinstance(v, Decimal | int) else neutralise(v) for v in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def unneutralise(text):
    """The text before `neutralise`: its leading apostrophe before a formula sign removed."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


def as_text(value):
    """A cell read from a file, as text (XLSX numbers and dates included)."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return unneutralise(str(value).strip())


def read_file(uploaded):
    """The rows of an uploaded CSV or XLSX file: a list of (line number, {column: text}).
    Raises SpreadsheetError with a message for the facilitator when the file cannot be used."""
    name = (uploaded.name or "").lower()
    if not name.endswith(EXTENSIONS):
        raise SpreadsheetError(_("Le fichier doit être au format CSV (.csv) ou Excel (.xlsx)."))
    if uploaded.size > MAX_FILE_SIZE:
        raise SpreadsheetError(
            _("Le fichier dépasse %(size)s Mo : découpez-le en plusieurs fichiers.")
            % {"size": MAX_FILE_SIZE // (1024 * 1024)}
        )
    content = uploaded.read()
    if not content.strip():
        raise SpreadsheetError(_("Le fichier est vide."))
    lines = read_xlsx(content) if name.endswith(".xlsx") else read_csv(content)
    return with_header(lines)


def read_csv(content):
    """The CSV's lines as lists of texts: UTF-8 (or Windows' Latin-1), comma or semicolon."""
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = content.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        return [
            [as_text(cell) for cell in line]
            for line in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    except csv.Error as error:
        raise SpreadsheetError(
            _("Le fichier CSV est mal formé : %(error)s") % {"error": error}
        ) from error


def read_xlsx(content):
    """The first sheet's lines as lists of texts."""
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        sheet = workbook.worksheets[0]
        lines = []
        for line in sheet.iter_rows(values_only=True):
            lines.append([as_text(cell) for cell in line])
            if len(lines) > MAX_ROWS + 1:
                break
        workbook.close()
    # openpyxl raises many kinds of errors on a damaged or disguised file: all mean "unreadable".
    except Exception as error:  # noqa: BLE001
        raise SpreadsheetError(
            _("Le fichier Excel est illisible : enregistrez-le au format .xlsx et réessayez.")
        ) from error
    return lines


def with_header(lines):
    """Lines as (line number, {column: text}) checked against COLUMNS, empty lines skipped."""
    if not lines or not any(lines[0]):
        raise SpreadsheetError(_("Le fichier est vide."))
    header = [cell.strip().lower() for cell in lines[0]]
    while header and not header[-1]:
        header.pop()
    missing = [column for column in COLUMNS if column not in header]
    unknown = [column for column in header if column not in COLUMNS]
    if missing or unknown:
        parts = []
        if missing:
            parts.append(_("colonnes manquantes : %(columns)s") % {"columns": ", ".join(missing)})
        if unknown:
            parts.append(_("colonnes inconnues : %(columns)s") % {"columns": ", ".join(unknown)})
        raise SpreadsheetError(
            _("La première ligne doit nommer les colonnes de l'export (%(details)s).")
            % {"details": " ; ".join(parts)}
        )
    if len(set(header)) != len(header):
        raise SpreadsheetError(_("Une colonne est nommée deux fois sur la première ligne."))
    records = []
    for number, line in enumerate(lines[1:], start=2):
        if not any(cell.strip() for cell in line):
            continue
        values = {column: (line[i] if i < len(line) else "") for i, column in enumerate(header)}
        records.append((number, values))
    if not records:
        raise SpreadsheetError(_("Le fichier ne contient aucune aide sous ses en-têtes."))
    if len(records) > MAX_ROWS:
        raise SpreadsheetError(
            _("Le fichier compte plus de %(count)s aides : découpez-le en plusieurs fichiers.")
            % {"count": MAX_ROWS}
        )
    return records
