"""The datasets as CSV and JSON: the same fields and values, the schema's fields as the CSV's
header, French spreadsheets' conventions, an unknown dataset a 404.

The network is built once for the module (tests/module_world.py)."""

import csv
import io
import json

import pytest

from opendata.columns import LIST_SEPARATOR
from tests.module_world import shared_tree

from .conftest import DATASETS, build_tree

pytestmark = pytest.mark.django_db


# The network to publish, once for the module, rolled back at its end.
world_tree, tree = shared_tree(build_tree)


BOM = "\ufeff"


def read_csv(response):
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text[len(BOM) :]), delimiter=";"))


def cast(value, field):
    """A CSV cell read back as its schema's type says, as the JSON holds it."""
    if value == "":
        return None
    kind = field["type"]
    if kind == "integer":
        return int(value)
    if kind == "number":
        return float(value)
    if kind == "boolean":
        return {
            **dict.fromkeys(field["trueValues"], True),
            **dict.fromkeys(field["falseValues"], False),
        }[value]
    return value


def files(client, slug):
    data = client.get(f"/donnees/{slug}.json")
    table = client.get(f"/donnees/{slug}.csv")
    schema = client.get(f"/donnees/{slug}/schema.json")
    for response in (data, table, schema):
        assert response.status_code == 200
    return json.loads(data.content), read_csv(table), json.loads(schema.content)


@pytest.mark.parametrize("slug", DATASETS)
def test_the_csv_round_trips_to_the_json_values(tree, client, slug):
    data, rows, schema = files(client, slug)
    header, *lines = rows
    fields = schema["fields"]
    assert header == [field["name"] for field in fields]
    assert data["nombre"] == len(lines) == len(data["donnees"]) > 0
    for line, record in zip(lines, data["donnees"], strict=True):
        assert list(record) == header
        assert [cast(cell, f) for cell, f in zip(line, fields, strict=True)] == list(
            record.values()
        )


@pytest.mark.parametrize("slug", DATASETS)
def test_each_field_is_documented(tree, client, slug):
    schema = json.loads(client.get(f"/donnees/{slug}/schema.json").content)
    for field in schema["fields"]:
        assert field["name"].isidentifier() and field["name"] == field["name"].lower()
        assert field["title"] and field["description"]
        assert field["type"] in {"string", "integer", "number", "boolean", "date", "datetime"}
    assert schema["primaryKey"] == schema["fields"][0]["name"]
    assert schema["licenses"][0]["name"] == "etalab-2.0"


def test_the_json_says_its_licence_schema_and_dates(tree, client):
    data = json.loads(client.get("/donnees/fiches-experiences.json").content)
    assert data["licence"] == "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"
    assert data["schema"] == "http://testserver/donnees/fiches-experiences/schema.json"
    assert data["date_de_mise_a_jour"] and data["date_de_generation"]


def test_an_experience_sheet_as_published(tree, client):
    data = json.loads(client.get("/donnees/fiches-experiences.json").content)
    (record,) = data["donnees"]
    assert record["titre"] == "Chaufferie bois de Bais"
    assert record["url"] == "http://localhost/fiches/chaufferie-bois-de-bais/"
    assert record["commune_code_insee"] == "53016"
    assert record["themes"] == f"Énergie{LIST_SEPARATOR}Eau"
    assert record["theme_principal"] == "Énergie"
    assert record["chiffres_cles"] == "12 000 kWh/an économisés"
    assert record["financeurs"] == "ADEME"
    assert record["montant_financements"] == 12000
    assert record["etat"] == "realise"
    assert record["contexte"] == "Une école des années 1970, mal isolée, chauffée au fioul."


def test_communes_with_their_figures(tree, client):
    data = json.loads(client.get("/donnees/communes.json").content)
    bais = next(c for c in data["donnees"] if c["code_insee"] == "53016")
    assert bais["population"] == 1472
    assert bais["superficie_km2"] == 35.12
    assert bais["densite"] == 42
    assert bais["fiches_experiences"] == 1
    assert bais["rencontres"] == 2
    assert bais["url"] == "http://localhost/communes/bais/"
    laval = next(c for c in data["donnees"] if c["code_insee"] == "53130")
    assert laval["fiches_experiences"] == laval["rencontres"] == 0


def test_french_spreadsheet_conventions(tree, client):
    response = client.get("/donnees/communes.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="communes.csv"'
    header = response.content.decode("utf-8")[1:].splitlines()[0]
    assert header.startswith("code_insee;nom;url;")


def test_a_text_that_looks_like_a_formula_is_neutralised_but_numbers_are_not(tree, client):
    tree.sheet.title = "=HYPERLINK(1)"
    tree.sheet.save_revision().publish()
    tree.bais.longitude = "-0.50000"
    tree.bais.save()
    rows = read_csv(client.get("/donnees/fiches-experiences.csv"))
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["titre"] == "'=HYPERLINK(1)"
    assert record["longitude"] == "-0.50000"


def test_an_unknown_dataset_is_a_404(tree, client):
    assert client.get("/donnees/inconnu.csv").status_code == 404
    assert client.get("/donnees/inconnu.json").status_code == 404
    assert client.get("/donnees/inconnu/schema.json").status_code == 404
    assert client.get("/donnees/communes.xlsx").status_code == 404


def test_files_are_public_and_conditional(tree, client):
    response = client.get("/donnees/communes.csv")
    assert "public" in response["Cache-Control"]
    assert response["Last-Modified"]
    again = client.get("/donnees/communes.csv", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
