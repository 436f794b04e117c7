"""CSV exports never hand a spreadsheet a formula: the shared rule (core.spreadsheets), the
members area's download log, and Wagtail's own admin exports through the middleware."""

import csv
import io

import pytest

from core.spreadsheets import neutralise, neutralised_csv

FORMULA = '=HYPERLINK("http://pirate.exemple","Cliquez")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 2 43 00 00 00", "'+33 2 43 00 00 00"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Commune de Bais", "Commune de Bais"),
        ("a=b", "a=b"),
        ("", ""),
        (None, ""),
        (12, "12"),
    ],
)
def test_cells_starting_like_a_formula_get_an_apostrophe(value, expected):
    assert neutralise(value) == expected


def test_a_streamed_csv_is_rewritten_whatever_its_chunks():
    source = io.StringIO()
    writer = csv.writer(source)
    rows = [["Titre", "Auteur"], [FORMULA, "Lise"], ["deux\nlignes", "-1"], ["é", "@x"]]
    writer.writerows(rows)
    data = source.getvalue().encode()
    chunks = [data[i : i + 7] for i in range(0, len(data), 7)]  # cuts rows and characters
    out = b"".join(neutralised_csv(chunks)).decode()
    assert list(csv.reader(io.StringIO(out))) == [
        ["Titre", "Auteur"],
        ["'" + FORMULA, "Lise"],
        ["deux\nlignes", "'-1"],
        ["é", "'@x"],
    ]


@pytest.mark.django_db
def test_wagtail_report_exports_are_neutralised(admin_client, home_page):
    home_page.title = FORMULA
    home_page.save_revision().publish()
    response = admin_client.get("/admin/reports/aging-pages/?export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows for cell in row]
    assert "'" + FORMULA in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


@pytest.mark.django_db
def test_other_responses_are_left_alone(admin_client, home_page):
    response = admin_client.get("/admin/reports/aging-pages/")
    assert response.status_code == 200
    assert not response.streaming
