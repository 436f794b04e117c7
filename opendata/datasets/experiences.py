"""Experience sheets: what a commune did, as every visitor reads it. Left out, being members'
or personal: the contact person (name, role, function, e-mail, phone) and the attached
documents (some are reserved to members); the gallery's images too."""

from core.text import plain_text
from sheets.models import ExperienceSheetPage, ExperienceStatus
from sheets.models.taxonomy import card_themes, main_theme_first

from ..columns import FIRST_PUBLISHED, LAST_PUBLISHED, PAGE_ID, Column, joined
from .base import Dataset, last_published


def rows(source):
    pages = (
        source.pages(ExperienceSheetPage)
        .select_related("commune", "main_theme")
        .prefetch_related(card_themes(), "key_figures", "fundings")
    )
    return [(page, source.url(page)) for page in pages]


def figures(page):
    return joined(
        " ".join(part for part in (f.value, f.unit, f.label) if part)
        for f in page.key_figures.all()
    )


def fundings_total(page):
    amounts = [f.amount for f in page.fundings.all() if f.amount is not None]
    return sum(amounts) if amounts else None


def text(field):
    return lambda row: plain_text(getattr(row[0], field))


COLUMNS = (
    PAGE_ID,
    Column("url", "Adresse de la fiche", "string", "La fiche sur le site.", lambda row: row[1]),
    Column("titre", "Titre", "string", "Titre de la fiche.", lambda row: row[0].title),
    Column(
        "commune_code_insee",
        "Code INSEE de la commune",
        "string",
        "Code officiel géographique de la commune qui a mené le projet.",
        lambda row: row[0].commune.insee_code,
    ),
    Column(
        "commune_nom",
        "Commune",
        "string",
        "Nom de la commune qui a mené le projet.",
        lambda row: row[0].commune.name,
    ),
    Column(
        "intercommunalite",
        "Intercommunalité",
        "string",
        "L'intercommunalité (EPCI) de la commune.",
        lambda row: row[0].commune.epci,
    ),
    Column(
        "theme_principal",
        "Thème principal",
        "string",
        "Le thème dont relève d'abord le projet.",
        lambda row: row[0].main_theme.name if row[0].main_theme else "",
    ),
    Column(
        "themes",
        "Thèmes",
        "string",
        "Les thèmes du projet, séparés par « | ».",
        lambda row: joined(
            t.name for t in main_theme_first(row[0].themes.all(), row[0].main_theme_id)
        ),
    ),
    Column(
        "etat",
        "État d'avancement",
        "string",
        "en_projet (en projet), en_cours (en cours) ou realise (réalisé).",
        lambda row: row[0].status,
        enum=tuple(ExperienceStatus.values),
    ),
    Column(
        "annee_debut",
        "Année de début",
        "integer",
        "Année où le projet a commencé.",
        lambda row: row[0].year_start,
    ),
    Column(
        "annee_fin",
        "Année de fin",
        "integer",
        "Année où il s'est terminé ; vide s'il ne l'est pas.",
        lambda row: row[0].year_end,
    ),
    Column(
        "resume",
        "Résumé",
        "string",
        "Ce qui a été fait et pourquoi c'est intéressant.",
        lambda row: row[0].summary,
    ),
    Column(
        "contexte",
        "Contexte",
        "string",
        "La situation de départ (texte brut).",
        text("context"),
    ),
    Column(
        "demarche",
        "Démarche",
        "string",
        "Les étapes, les partenaires, le calendrier (texte brut).",
        text("approach"),
    ),
    Column("resultats", "Résultats", "string", "Ce qui a changé (texte brut).", text("results")),
    Column(
        "couts",
        "Coûts et financements",
        "string",
        "Le coût et son financement (texte brut).",
        text("costs"),
    ),
    Column(
        "difficultes",
        "Difficultés et solutions",
        "string",
        "Les obstacles et comment ils ont été levés (texte brut).",
        text("difficulties"),
    ),
    Column(
        "conseils",
        "Conseils",
        "string",
        "Ce que la commune conseille (texte brut).",
        text("advice"),
    ),
    Column(
        "chiffres_cles",
        "Chiffres clés",
        "string",
        "Valeur, unité et libellé de chaque chiffre clé, séparés par « | ».",
        lambda row: figures(row[0]),
    ),
    Column(
        "financeurs",
        "Financeurs",
        "string",
        "Les financeurs du projet, séparés par « | ».",
        lambda row: joined(f.funder for f in row[0].fundings.all()),
    ),
    Column(
        "montant_financements",
        "Montant des financements (€)",
        "number",
        "Somme des montants des financements connus, en euros.",
        lambda row: fundings_total(row[0]),
    ),
    Column(
        "latitude",
        "Latitude",
        "number",
        "Latitude du projet en degrés décimaux (WGS 84), à défaut celle de la mairie.",
        lambda row: row[0].position[0],
    ),
    Column(
        "longitude",
        "Longitude",
        "number",
        "Longitude du projet en degrés décimaux (WGS 84), à défaut celle de la mairie.",
        lambda row: row[0].position[1],
    ),
    Column(
        "relue_le",
        "Relue avec la commune le",
        "date",
        "Date à laquelle la commune a relu et confirmé la fiche.",
        lambda row: row[0].last_reviewed,
    ),
    FIRST_PUBLISHED,
    LAST_PUBLISHED,
)

DATASET = Dataset(
    slug="fiches-experiences",
    title=("Fiches expériences des communes"),
    description=(
        "Les projets de développement durable menés par les communes de Mayenne et partagés "
        "dans le réseau : commune, thèmes, état, années, résumé, démarche, résultats, "
        "financements et chiffres clés."
    ),
    keywords=(
        "développement durable",
        "collectivités",
        "Mayenne",
        "retours d'expérience",
    ),
    columns=COLUMNS,
    rows=rows,
    modified=lambda source: last_published(source, ExperienceSheetPage),
)
