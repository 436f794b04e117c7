"""A dataset's schema as a Table Schema (frictionless data), the format of schema.data.gouv.fr:
each column's name, French title, type and description, how booleans and missing values are
written, and the key."""

from . import conf, links
from .columns import FALSE, LIST_SEPARATOR, TRUE


def field(column):
    description = {
        "name": column.name,
        "title": str(column.title),
        "type": column.type,
        "description": str(column.description),
    }
    if column.type == "boolean":
        description.update(trueValues=[TRUE], falseValues=[FALSE])
    if column.type == "datetime":
        description["format"] = "any"  # ISO 8601 with the offset of Paris time
    constraints = {}
    if column.required:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    if constraints:
        description["constraints"] = constraints
    return description


def table_schema(request, dataset):
    key = dataset.columns[0].name
    return {
        "$schema": "https://frictionlessdata.io/schemas/table-schema.json",
        "name": dataset.slug,
        "title": str(dataset.title),
        "description": str(dataset.description),
        "path": links.schema(request, dataset),
        "licenses": [
            {
                "name": "etalab-2.0",
                "title": conf.get("OPENDATA_LICENSE_NAME"),
                "path": conf.get("OPENDATA_LICENSE_URL"),
            }
        ],
        "missingValues": [""],
        "fields": [field(column) for column in dataset.columns],
        "primaryKey": key,
        "x-notes": (
            "CSV : UTF-8 avec indicateur d'ordre des octets, séparateur point-virgule, point "
            "décimal, une ligne d'en-tête avec les noms des champs. Les listes tiennent dans une "
            f"cellule, séparées par « {LIST_SEPARATOR.strip()} ». Une cellule de texte qui commencerait "
            "par =, +, - ou @ est précédée d'une apostrophe, pour qu'un tableur ne la lise pas "
            "comme une formule."
        ),
    }
