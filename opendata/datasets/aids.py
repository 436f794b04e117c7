"""The directory of aids and support offers, every live public aid with its dates (an expired
one says so through its closing date and status)."""

from aids.models import AidKind, AidPage, AidStatus, Recurrence
from core.text import plain_text
from sheets.models.taxonomy import card_themes

from ..columns import Column, joined
from .base import Dataset, last_published


def rows(source):
    pages = source.pages(AidPage).select_related("funder").prefetch_related(card_themes())
    return [(page, source.url(page)) for page in pages]


def field(name):
    return lambda row: getattr(row[0], name)


def text(name):
    return lambda row: plain_text(getattr(row[0], name))


COLUMNS = (
    Column(
        "identifiant",
        "Identifiant",
        "integer",
        "Numéro de la page sur le site, stable.",
        field("pk"),
        required=True,
    ),
    Column("url", "Adresse de la page", "string", "L'aide sur le site.", lambda row: row[1]),
    Column("titre", "Titre", "string", "Nom de l'aide.", field("title")),
    Column(
        "financeur",
        "Financeur ou structure",
        "string",
        "Qui donne l'aide ou l'accompagnement.",
        lambda row: row[0].funder.name,
    ),
    Column(
        "type",
        "Type d'aide",
        "string",
        (
            "subvention, pret (prêt ou avance), ingenierie (ingénierie ou accompagnement technique), "
            "cee (certificats d'économies d'énergie) ou appel_projets (appel à projets)."
        ),
        field("kind"),
        enum=tuple(AidKind.values),
    ),
    Column(
        "themes",
        "Thèmes",
        "string",
        "Les thèmes de l'aide, séparés par « | ».",
        lambda row: joined(t.name for t in row[0].themes.all()),
    ),
    Column(
        "presentation",
        "Présentation",
        "string",
        "Ce que l'aide finance ou apporte (texte brut).",
        text("description"),
    ),
    Column(
        "pour_communes",
        "Pour les communes",
        "boolean",
        "oui si les communes peuvent en bénéficier.",
        field("for_communes"),
    ),
    Column(
        "population_min",
        "Population minimale",
        "integer",
        "Taille minimale de la commune ; vide si aucune.",
        field("population_min"),
    ),
    Column(
        "population_max",
        "Population maximale",
        "integer",
        "Taille maximale de la commune ; vide si aucune.",
        field("population_max"),
    ),
    Column(
        "pour_intercommunalites",
        "Pour les intercommunalités",
        "boolean",
        "oui si les intercommunalités peuvent en bénéficier.",
        field("for_intercommunalities"),
    ),
    Column(
        "pour_associations",
        "Pour les associations",
        "boolean",
        "oui si les associations peuvent en bénéficier.",
        field("for_associations"),
    ),
    Column(
        "taux_min",
        "Taux minimal (%)",
        "number",
        "Taux d'aide minimal, en pourcentage.",
        field("rate_min"),
    ),
    Column(
        "taux_max",
        "Taux maximal (%)",
        "number",
        "Taux d'aide maximal, en pourcentage.",
        field("rate_max"),
    ),
    Column(
        "montant_min",
        "Montant minimal (€)",
        "number",
        "Montant minimal, en euros.",
        field("amount_min"),
    ),
    Column(
        "montant_max",
        "Montant maximal (€)",
        "number",
        "Montant maximal, en euros.",
        field("amount_max"),
    ),
    Column(
        "depenses_eligibles",
        "Dépenses éligibles",
        "string",
        "Ce qui peut être financé (texte brut).",
        text("eligible_expenses"),
    ),
    Column(
        "comment_demander",
        "Comment la demander",
        "string",
        "Les démarches et pièces à fournir (texte brut).",
        text("how_to_apply"),
    ),
    Column(
        "ouverture",
        "Ouverture",
        "date",
        "Date d'ouverture ; vide si toujours ouverte.",
        field("opens_on"),
    ),
    Column(
        "cloture",
        "Date de clôture",
        "date",
        "Date limite ; vide si sans date limite.",
        field("closes_on"),
    ),
    Column(
        "calendrier",
        "Calendrier",
        "string",
        "permanente, annuelle (reconduite chaque année) ou ponctuelle.",
        field("recurrence"),
        enum=tuple(Recurrence.values),
    ),
    Column(
        "statut",
        "Statut",
        "string",
        "active, suspendue ou terminee (terminée).",
        field("status"),
        enum=tuple(AidStatus.values),
    ),
    Column(
        "source_officielle",
        "Source officielle",
        "string",
        "La page du financeur qui décrit l'aide.",
        field("source_url"),
    ),
    Column(
        "verifiee_le",
        "Vérifiée le",
        "date",
        "Date à laquelle l'équipe du réseau a vérifié ces informations à la source.",
        field("last_checked"),
    ),
    Column(
        "mise_a_jour",
        "Dernière publication",
        "datetime",
        "Date et heure de la dernière publication.",
        field("last_published_at"),
    ),
)

DATASET = Dataset(
    slug="aides",
    title=("Aides et accompagnements pour les projets des communes"),
    description=(
        "L'annuaire des aides financières et des accompagnements repérés par le réseau pour les "
        "projets de développement durable des communes de Mayenne : financeur, bénéficiaires, "
        "taux et montants, dates et statut."
    ),
    keywords=(("développement durable"), "collectivités", "Mayenne", "subventions"),
    columns=COLUMNS,
    rows=rows,
    modified=lambda source: last_published(source, AidPage),
)
