"""Events (meetings, visits, trainings), as every visitor reads them. Left out: a report
reserved to members (its column is then empty), the attached documents (some are reserved),
the speakers' names (personal data) and what registering asks."""

from core.text import plain_text
from sheets.models import EventKind, EventPage
from sheets.models.taxonomy import card_themes

from ..columns import LAST_PUBLISHED, PAGE_ID, Column, joined
from .base import Dataset, last_published


def rows(source):
    pages = source.pages(EventPage).select_related("host_commune").prefetch_related(card_themes())
    return [(page, source.url(page)) for page in pages]


def report(page):
    return "" if page.report_members_only else plain_text(page.report)


def commune(attribute):
    return lambda row: getattr(row[0].host_commune, attribute) if row[0].host_commune else ""


COLUMNS = (
    PAGE_ID,
    Column(
        "url",
        "Adresse de la page",
        "string",
        "Le rendez-vous sur le site.",
        lambda row: row[1],
    ),
    Column("titre", "Titre", "string", "Titre du rendez-vous.", lambda row: row[0].title),
    Column(
        "type",
        "Type de rendez-vous",
        "string",
        (
            "rencontre, conference, visite (de réalisation), formation, reunion_information ou "
            "intervention_conseil (en conseil municipal)."
        ),
        lambda row: row[0].kind,
        enum=tuple(EventKind.values),
    ),
    Column(
        "debut",
        "Début",
        "datetime",
        "Date et heure de début, heure de Paris.",
        lambda row: row[0].start,
        required=True,
    ),
    Column(
        "fin",
        "Fin",
        "datetime",
        "Date et heure de fin, heure de Paris ; vide si non précisée.",
        lambda row: row[0].end,
    ),
    Column(
        "annule",
        "Annulé",
        "boolean",
        "oui si le rendez-vous est annulé.",
        lambda row: row[0].is_cancelled,
    ),
    Column("lieu", "Lieu", "string", "Salle, mairie…", lambda row: row[0].venue),
    Column("adresse", "Adresse", "string", "Adresse du lieu.", lambda row: row[0].address),
    Column(
        "commune_code_insee",
        "Code INSEE de la collectivité partenaire",
        "string",
        "Code officiel géographique de la commune qui accueille le rendez-vous.",
        commune("insee_code"),
    ),
    Column(
        "commune_nom",
        "Collectivité partenaire",
        "string",
        "La commune qui accueille le rendez-vous et témoigne.",
        commune("name"),
    ),
    Column(
        "themes",
        "Thèmes",
        "string",
        "Les thèmes du rendez-vous, séparés par « | ».",
        lambda row: joined(t.name for t in row[0].themes.all()),
    ),
    Column(
        "resume",
        "Résumé",
        "string",
        "Le rendez-vous en quelques phrases.",
        lambda row: row[0].summary,
    ),
    Column(
        "programme",
        "Programme",
        "string",
        "Le programme (texte brut).",
        lambda row: plain_text(row[0].programme),
    ),
    Column(
        "compte_rendu",
        "Compte rendu",
        "string",
        (
            "Le compte rendu public (texte brut) ; vide s'il n'y en a pas ou s'il est réservé aux "
            "adhérents."
        ),
        lambda row: report(row[0]),
    ),
    Column(
        "lien_inscription",
        "Lien d'inscription",
        "string",
        "Où s'inscrire, hors du site.",
        lambda row: row[0].registration_url,
    ),
    LAST_PUBLISHED,
)

DATASET = Dataset(
    slug="rencontres",
    title=("Rencontres, visites et formations du réseau"),
    description=(
        "L'agenda public du réseau, passé et à venir : rencontres, visites de réalisations, "
        "formations, avec leurs dates, lieux, communes partenaires, thèmes et comptes rendus "
        "publics."
    ),
    keywords=(("développement durable"), "collectivités", "Mayenne", "agenda"),
    columns=COLUMNS,
    rows=rows,
    modified=lambda source: last_published(source, EventPage),
)
