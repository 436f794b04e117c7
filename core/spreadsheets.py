"""Spreadsheet formulas out of CSV exports (CSV injection): a cell that starts with =, +, -, @,
a tab or a carriage return runs as a formula when the file is opened in a spreadsheet, so it
gets a leading apostrophe. `neutralise` serves the exports the plugins write, and
`write_french_csv` the CSV files they offer to French spreadsheets; the middleware, listed by
the site, rewrites Wagtail's own CSV exports (reports, redirects, form submissions)."""

import codecs
import csv
from decimal import Decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A byte order mark: Excel then reads the file as UTF-8, not as Windows-1252.
BOM = "\ufeff"


def neutralise(value) -> str:
    """`value` as text a spreadsheet shows as typed, never as a formula."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def spreadsheet_cell(value) -> str:
    """A number as written (-0.77 is a number to a spreadsheet, not a formula); anything else
    neutralised."""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    return neutralise(value)


def write_french_csv(file, rows):
    """`rows` written to `file` the way French spreadsheets open them: a byte order mark, then
    semicolon-separated lines, every text cell neutralised."""
    file.write(BOM)
    writer = csv.writer(file, delimiter=";")
    for row in rows:
        writer.writerow([spreadsheet_cell(cell) for cell in row])


class _Line:
    """What csv.writer writes to: the row it formatted, handed back."""

    def write(self, line):
        return line


def neutralised_csv(chunks, encoding="utf-8"):
    """The rows of a streamed CSV (bytes, Excel's dialect) with every cell neutralised."""
    writer = csv.writer(_Line())
    for row in csv.reader(_lines(chunks, encoding)):
        yield writer.writerow([neutralise(cell) for cell in row]).encode(encoding)


def _lines(chunks, encoding):
    """Text lines, each with its end, whatever the chunks' boundaries."""
    decoder = codecs.getincrementaldecoder(encoding)()
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk)
        *lines, pending = pending.split("\n")
        for line in lines:
            yield line + "\n"
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending


class SpreadsheetFormulaMiddleware:
    """Wagtail's admin listings export `?export=csv` with cells as stored (its XLSX exports mark
    formulas as text already): their rows are rewritten through `neutralised_csv`."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.GET.get("export") == "csv"
            and response.streaming
            and response.get("Content-Type", "").startswith("text/csv")
        ):
            response.streaming_content = neutralised_csv(
                response.streaming_content, response.charset
            )
        return response
