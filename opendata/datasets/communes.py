"""Every commune of Mayenne with its official figures (INSEE, IGN) and the network's: how many
public experience sheets it led and public events it hosted."""

from sheets.models import Commune, CommuneIndexPage, EventPage, ExperienceSheetPage
from sheets.models.taxonomy import count_links

from ..columns import Column
from .base import Dataset, last_published

COUNTED = {
    "experiences": (ExperienceSheetPage, "", "commune_id"),
    "events": (EventPage, "", "host_commune_id"),
}


def rows(source):
    counts = count_links(source.locale.pk, COUNTED, source.visible)
    index = source.pages(CommuneIndexPage).first()
    base = source.url(index) if index is not None else None
    result = []
    for commune in Commune.objects.order_by("insee_code"):
        url = (
            base + index.reverse_subpage("commune_detail", kwargs={"slug": commune.slug})
            if base
            else ""
        )
        result.append(
            (
                commune,
                url,
                counts["experiences"].get(commune.pk, 0),
                counts["events"].get(commune.pk, 0),
            )
        )
    return result


def field(name):
    return lambda row: getattr(row[0], name)


COLUMNS = (
    Column(
        "code_insee",
        "Code INSEE",
        "string",
        "Code officiel géographique de la commune.",
        field("insee_code"),
        required=True,
    ),
    Column("nom", "Nom", "string", "Nom de la commune.", field("name")),
    Column(
        "url",
        "Adresse de la page",
        "string",
        "La page de la commune sur le site.",
        lambda row: row[1],
    ),
    Column(
        "code_postal",
        "Code postal",
        "string",
        "Code postal de la commune.",
        field("postal_code"),
    ),
    Column(
        "population",
        "Population",
        "integer",
        "Population municipale (INSEE).",
        field("population"),
    ),
    Column(
        "population_annee",
        "Année de la population",
        "integer",
        "Millésime INSEE de la population légale.",
        field("population_year"),
    ),
    Column(
        "superficie_km2",
        "Superficie (km²)",
        "number",
        "Superficie en kilomètres carrés.",
        field("area"),
    ),
    Column(
        "superficie_annee",
        "Année de la superficie",
        "integer",
        "Année des contours IGN d'où la superficie est calculée.",
        field("area_year"),
    ),
    Column(
        "densite",
        "Densité (hab./km²)",
        "integer",
        "Habitants par kilomètre carré, arrondi ; vide si un chiffre manque.",
        field("density"),
    ),
    Column(
        "intercommunalite",
        "Intercommunalité",
        "string",
        "L'intercommunalité (EPCI) de la commune.",
        field("epci"),
    ),
    Column(
        "intercommunalite_siren",
        "SIREN de l'intercommunalité",
        "string",
        "Numéro SIREN de l'intercommunalité.",
        field("epci_siren"),
    ),
    Column("canton", "Canton", "string", "Canton de la commune.", field("canton")),
    Column(
        "latitude",
        "Latitude",
        "number",
        "Latitude de la mairie ou du centre-bourg (WGS 84).",
        field("latitude"),
    ),
    Column(
        "longitude",
        "Longitude",
        "number",
        "Longitude de la mairie ou du centre-bourg (WGS 84).",
        field("longitude"),
    ),
    Column(
        "fiches_experiences",
        "Fiches expériences",
        "integer",
        "Nombre de fiches expériences publiques de la commune sur le site.",
        lambda row: row[2],
    ),
    Column(
        "rencontres",
        "Rencontres accueillies",
        "integer",
        "Nombre de rencontres publiques que la commune a accueillies.",
        lambda row: row[3],
    ),
)

DATASET = Dataset(
    slug="communes",
    title=("Communes de Mayenne et leurs chiffres"),
    description=(
        "Les communes de Mayenne avec leurs chiffres officiels (population INSEE, superficie "
        "IGN, intercommunalité, position) et leur participation au réseau : fiches expériences "
        "publiées et rencontres accueillies."
    ),
    keywords=(("communes"), "collectivités", "Mayenne", "population"),
    columns=COLUMNS,
    rows=rows,
    modified=lambda source: last_published(source, ExperienceSheetPage, EventPage),
)
