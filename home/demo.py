"""English demo content: the themes, the footer's texts, the index pages and the sheets that have
an English text.

Called by `manage.py load_demo` after `sheets.demo` built the French site (and after the home
page was translated by `home.setup.ensure_home_translations`). Every translation goes through
wagtail-localize (core.translation.translate), exactly as if an editor had translated it in
the admin, so the demo shows the real workflow: open an English sheet in the admin and
wagtail-localize's editor shows each French sentence beside its English translation.
Idempotent: what is already translated is left alone (an editor may have changed it since).
What has no English text here (technical sheets, events...) stays French-only, which shows the
language switcher's fallback to the English home page.
"""

import re
import time

from wagtail.models import Locale

from core.translation import translate
from home.setup import ensure_home_page
from reseau.models import NetworkTexts
from sheets.demo import paragraphs
from sheets.demo_data.experiences import EXPERIENCES
from sheets.demo_data.themes import THEMES
from sheets.models import ExperienceIndexPage, ExperienceSheetPage, Theme

LANGUAGE = "en"

# The home page's sections, by their French slug.
INDEX_PAGES_EN = {
    "fiches-experiences": {
        "title": "Experience sheets",
        "slug": "experience-sheets",
        "intro": (
            "<p>What the network's communes have achieved, told by their elected members and "
            "their staff: the background, the approach, the figures, the funding and their "
            "advice for anyone who wants to follow suit.</p>"
        ),
    },
    "carte": {
        "title": "Map",
        "slug": "map",
        "seo_title": "Map of initiatives",
        "intro": (
            "<p>The experiences of the network's communes on the map of Mayenne. Without the "
            "map, the list below gives the same sheets, commune by commune.</p>"
        ),
    },
    "themes": {
        "title": "Themes",
        "slug": "themes",
        "intro": (
            "<p>Water saving, energy, mobility, food… Choose a theme to find the experiences, "
            "technical sheets and meetings related to it.</p>"
        ),
    },
    "communes": {
        "title": "Communes",
        "slug": "communes",
        "intro": (
            "<p>The local authorities of Mayenne that share their experience, grouped by "
            "inter-municipal community.</p>"
        ),
    },
    "fiches-techniques": {
        "title": "Technical sheets",
        "slug": "technical-sheets",
        "intro": (
            "<p>Know-how that every commune can use: regulations, method, points to watch and "
            "lessons learnt, written with the network's partners.</p>"
        ),
    },
    "rencontres": {
        "title": "Meetings and visits",
        "slug": "events",
        "intro": (
            "<p>Since 2010 the network has held its meetings with a partner authority that "
            "shares its experience and shows its achievements on site. They are open to "
            "elected members, staff and members of local development councils.</p>"
        ),
    },
}

RICH_TEXT_FIELDS = ("context", "approach", "results", "costs", "difficulties", "advice")

# The English of the sheets' rows (key figures, fundings, gallery, documents), French -> English.
# wagtail-localize translates each of these short texts as a segment of the sheet; the figures,
# amounts, images and documents are synchronised from the French sheet.
UNITS_EN = {
    "€ HT": "€ excl. VAT",
    "M€ HT": "€m excl. VAT",
    "€/an": "€/year",
    "kWh/an": "kWh/year",
    "kWh/m²/an": "kWh/m²/year",
    "kWc": "kWp",
    "t CO₂/an": "t CO₂/year",
    "t/an": "t/year",
    "ans": "years",
    "exploitations": "farms",
    "mares": "ponds",
    "repas/jour": "meals/day",
    "logements": "homes",
    "logements/ha": "homes/ha",
    "lignes": "routes",
    "enfants": "children",
    "projets": "projects",
    "votants": "voters",
    "actions": "actions",
    "habitants": "residents",
}
LABELS_EN = {
    "coût total": "total cost",
    "coût": "cost",
    "consommation de chauffage": "heating consumption",
    "économisés": "saved",
    "évitées": "avoided",
    "investissement": "investment",
    "taux de couverture bois": "of the heat supplied by wood",
    "plaquettes locales": "of local wood chips",
    "facture éclairage": "on the street lighting bill",
    "puissance installée": "installed capacity",
    "produits": "generated",
    "autoconsommés": "used on site",
    "temps de retour": "payback period",
    "surface": "floor area",
    "besoin de chauffage": "heating demand",
    "surcoût estimé": "estimated extra cost",
    "de haies plantées": "of hedgerows planted",
    "de reprise": "survival rate",
    "partenaires": "taking part",
    "restaurées": "restored",
    "de prairie humide": "of wet meadow",
    "de produits bio": "organic produce",
    "de produits locaux": "local produce",
    "servis": "served",
    "gaspillage": "food waste",
    "à terme": "once completed",
    "densité moyenne": "average density",
    "aménagement": "development cost",
    "de pédibus": "of walking bus",
    "chaque matin": "every morning",
    "voitures devant l'école": "cars outside the school",
    "budget": "budget",
    "déposés": "submitted",
    "en 2024": "in 2024",
    "au programme": "planned",
    "réalisées": "completed",
    "mobilisés": "involved",
}
FUNDERS_EN = {
    "DETR": "State rural development grant (DETR)",
    "DSIL": "State local investment grant (DSIL)",
    "ADEME": "ADEME (French Agency for Ecological Transition)",
    "ADEME (fonds chaleur)": "ADEME (Heat Fund)",
    "Région Pays de la Loire": "Pays de la Loire Region",
    "Département de la Mayenne": "Mayenne Department",
    "Département de la Mayenne (amendes de police)": "Mayenne Department (traffic fine revenue)",
    "Fonds européens (FEDER)": "EU funds (ERDF)",
    "Fonds européens (LEADER)": "EU funds (LEADER)",
    "Agence de l'eau Loire-Bretagne": "Loire-Brittany Water Agency",
    "Communauté de communes du Bocage Mayennais": "Bocage Mayennais Community of Communes",
    "Territoire d'énergie Mayenne": "Territoire d'énergie Mayenne (energy syndicate)",
    "Laval Agglomération": "Laval Agglomération",
}
# sheets.demo.GALLERY_CAPTIONS (the alternative texts end with the commune's name in brackets).
CAPTIONS_EN = {
    "Le site avant les travaux": "The site before the works",
    "Le chantier en cours": "The works under way",
    "Visite des élus du réseau": "The network's elected members on a visit",
}
ALT_TEXTS_EN = {
    "Vue du site avant le projet, photographie d'illustration": (
        "View of the site before the project, illustrative photograph"
    ),
    "Le chantier en cours de réalisation, photographie d'illustration": (
        "The works in progress, illustrative photograph"
    ),
    "Élus et techniciens du réseau en visite sur le site, photographie d'illustration": (
        "Elected members and staff of the network visiting the site, illustrative photograph"
    ),
}
ATTACHMENT_TITLES_EN = {"Bilan financier détaillé et devis": "Detailed financial report and quotes"}
_COMMUNE_FUNDER = re.compile(r"^Commune (?:de |d')(?P<name>.+)$")
_BRACKETED_END = re.compile(r"^(?P<text>.*?)(?P<end> \([^()]*\))?$")


def funder_en(name):
    """The English form of a funder's name; a commune's own funds read "Municipality of X"."""
    if name in FUNDERS_EN:
        return FUNDERS_EN[name]
    match = _COMMUNE_FUNDER.match(name)
    return f"Municipality of {match['name']}" if match else None


def alt_text_en(text):
    match = _BRACKETED_END.match(text)
    english = ALT_TEXTS_EN.get(match["text"])
    return f"{english}{match['end'] or ''}" if english else None


ROW_VALUES = {
    "key_figures": lambda row: {"unit": UNITS_EN.get(row.unit), "label": LABELS_EN.get(row.label)},
    "fundings": lambda row: {"funder": funder_en(row.funder)},
    "gallery_images": lambda row: {
        "caption": CAPTIONS_EN.get(row.caption),
        "alt_text": alt_text_en(row.alt_text),
    },
    "attachments": lambda row: {"title": ATTACHMENT_TITLES_EN.get(row.title)},
}


def _translate_missing(instance, locale, values):
    """Translate `instance` unless a live translation already exists; True if it did."""
    existing = instance.get_translation_or_none(locale)
    if existing is not None and getattr(existing, "live", True):
        return False
    translate(instance, locale, values)
    return True


def translate_themes(locale) -> int:
    count = 0
    source_locale = Locale.get_default()
    for data in THEMES:
        if "en_name" not in data:
            continue
        theme = Theme.objects.filter(slug=data["slug"], locale=source_locale).first()
        if theme is None:
            continue
        values = {"name": data["en_name"]}
        if data.get("en_description") and theme.description:
            values["description"] = data["en_description"]
        count += _translate_missing(theme, locale, values)
    return count


NETWORK_TEXTS_EN = {
    "network_name": "Network of Mayenne local authorities committed to sustainable development",
    "association_name": "Association Synergies",
    "facilitator_role": "Coordinator of the network of local authorities",
}


def translate_network_texts(locale) -> int:
    """The footer's texts (reseau.models.NetworkTexts), through wagtail-localize too."""
    source = Locale.get_default()
    texts = NetworkTexts.objects.filter(locale=source).first()
    if texts is None:
        texts = NetworkTexts.objects.create(locale=source)
    values = {key: value for key, value in NETWORK_TEXTS_EN.items() if getattr(texts, key)}
    return _translate_missing(texts, locale, values)


def translate_index_pages(home, locale) -> int:
    count = 0
    for page in home.get_children().specific():
        values = INDEX_PAGES_EN.get(page.slug)
        if values is not None:
            values = {key: value for key, value in values.items() if getattr(page, key, None)}
            count += _translate_missing(page, locale, values)
    return count


def _paragraph_count(text) -> int:
    return paragraphs(text).count("<p>")


def sheet_values(data, stdout=None) -> dict:
    """The English fields of a sheet, its rows' included (ROW_VALUES); a section whose English
    text does not have as many paragraphs as the French one is left to wagtail-localize's
    fallback (French) and reported, rather than failing the whole demo."""
    english = data["en"]
    values = {"title": english["title"], "summary": english["summary"], **ROW_VALUES}
    for field in RICH_TEXT_FIELDS:
        if not (english.get(field) and data.get(field)):
            continue
        if _paragraph_count(english[field]) != _paragraph_count(data[field]):
            if stdout is not None:
                stdout.write(
                    f"  {data['slug']} : « {field} » non traduit (paragraphes différents)."
                )
            continue
        values[field] = paragraphs(english[field])
    return values


def translate_experiences(locale, stdout=None) -> int:
    index = ExperienceIndexPage.objects.filter(locale=Locale.get_default()).first()
    if index is None or index.get_translation_or_none(locale) is None:
        return 0
    sheets = {page.slug: page for page in ExperienceSheetPage.objects.child_of(index).specific()}
    count = 0
    for data in EXPERIENCES:
        page = sheets.get(data["slug"])
        if page is not None and data.get("en"):
            count += _translate_missing(page, locale, sheet_values(data, stdout))
    return count


def build(stdout) -> list:
    locale = Locale.objects.filter(language_code=LANGUAGE).first()
    if locale is None:
        return []
    started = time.monotonic()
    home = ensure_home_page()
    themes = translate_themes(locale)
    translate_network_texts(locale)
    index_pages = translate_index_pages(home, locale)
    experiences = translate_experiences(locale, stdout)
    stdout.write(
        f"Traductions anglaises : {themes} thèmes, {index_pages} pages de rubrique, "
        f"{experiences} fiches expériences ({time.monotonic() - started:.1f} s)."
    )
    return []
