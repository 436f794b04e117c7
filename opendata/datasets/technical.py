"""Technical sheets: know-how on one subject, as every visitor reads it."""

from core.text import field_text
from sheets.models import TechnicalSheetPage
from sheets.models.taxonomy import card_themes, main_theme_first

from ..columns import FIRST_PUBLISHED, LAST_PUBLISHED, PAGE_ID, Column, joined
from .base import Dataset, last_published


def rows(source):
    pages = (
        source.pages(TechnicalSheetPage)
        .select_related("main_theme")
        .prefetch_related(card_themes())
    )
    return [(page, source.url(page)) for page in pages]


def body(page):
    return " ".join(field_text(page.body).split())


COLUMNS = (
    PAGE_ID,
    Column("url", "Adresse de la fiche", "string", "La fiche sur le site.", lambda row: row[1]),
    Column("titre", "Titre", "string", "Titre de la fiche.", lambda row: row[0].title),
    Column(
        "theme_principal",
        "Thème principal",
        "string",
        "Le thème dont relève d'abord la fiche.",
        lambda row: row[0].main_theme.name if row[0].main_theme else "",
    ),
    Column(
        "themes",
        "Thèmes",
        "string",
        "Les thèmes de la fiche, séparés par « | ».",
        lambda row: joined(
            t.name for t in main_theme_first(row[0].themes.all(), row[0].main_theme_id)
        ),
    ),
    Column(
        "resume",
        "Résumé",
        "string",
        "À quoi sert la fiche, pour qui.",
        lambda row: row[0].summary,
    ),
    Column(
        "contenu",
        "Contenu",
        "string",
        "Le texte de la fiche (texte brut).",
        lambda row: body(row[0]),
    ),
    Column(
        "relue_le",
        "Dernière mise à jour",
        "date",
        "Date de la dernière relecture de la fiche.",
        lambda row: row[0].last_reviewed,
    ),
    FIRST_PUBLISHED,
    LAST_PUBLISHED,
)

DATASET = Dataset(
    slug="fiches-techniques",
    title=("Fiches techniques du réseau"),
    description=(
        "Les fiches de savoir-faire du réseau sur un sujet de développement durable "
        "(réglementation, méthode, points de vigilance), avec leurs thèmes et leur texte."
    ),
    keywords=(("développement durable"), "collectivités", "Mayenne", "fiches techniques"),
    columns=COLUMNS,
    rows=rows,
    modified=lambda source: last_published(source, TechnicalSheetPage),
)
