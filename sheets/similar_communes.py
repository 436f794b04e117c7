""" "Communes comme la mienne": the communes most like a given one, by population band, density,
intercommunality and the themes of their sheets, each with the reasons shown to the reader.
Computed, not stored (decision 0043): two queries whatever the number of communes and sheets
(the sheets with their communes, then their themes), the scoring in Python."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.formats import grouped_number

# Upper bounds of the population bands: <500, 500–999, 1 000–1 999, 2 000–3 499, 3 500–9 999,
# ≥ 10 000 inhabitants.
BANDS = (500, 1000, 2000, 3500, 10000)
SAME_BAND, ADJACENT_BAND = 3.0, 1.5
SAME_EPCI = 2.0
CLOSE_DENSITY, NEAR_DENSITY = 2.0, 1.0  # densities within 25 %, within 60 %
PER_SHARED_THEME, MAX_SHARED_THEMES = 1.0, 3
LIMIT = 5


@dataclass
class Comparable:
    """A commune like the reference one: its score, the reasons in French, its sheets."""

    commune: object
    score: float
    reasons: list = field(default_factory=list)
    sheets: list = field(default_factory=list)


def population_band(population):
    """The band's index (0 for < 500 … 5 for ≥ 10 000), or None without a population."""
    if not population:
        return None
    return next((i for i, bound in enumerate(BANDS) if population < bound), len(BANDS))


def _population_part(commune, reference):
    band, reference_band = (
        population_band(commune.population),
        population_band(reference.population),
    )
    if band is None or reference_band is None or abs(band - reference_band) > 1:
        return 0.0, None
    reason = _("%(population)s habitants contre %(reference)s") % {
        "population": grouped_number(commune.population),
        "reference": grouped_number(reference.population),
    }
    return (SAME_BAND if band == reference_band else ADJACENT_BAND), reason


def _density_part(commune, reference):
    density, reference_density = commune.density, reference.density
    if not density or not reference_density:
        return 0.0, None
    ratio = max(density, reference_density) / min(density, reference_density)
    if ratio > 1.6:
        return 0.0, None
    reason = _("densité proche (%(density)s contre %(reference)s hab./km²)") % {
        "density": grouped_number(density),
        "reference": grouped_number(reference_density),
    }
    return (CLOSE_DENSITY if ratio <= 1.25 else NEAR_DENSITY), reason


def score(commune, reference, shared_themes=0):
    """(score, reasons) of `commune` against `reference`: the reasons in the order shown."""
    total, reasons = 0.0, []
    if commune.epci and commune.epci == reference.epci:
        total += SAME_EPCI
        reasons.append(_("même intercommunalité"))
    for part in (_population_part, _density_part):
        points, reason = part(commune, reference)
        if reason:
            total += points
            reasons.append(reason)
    if shared_themes:
        total += PER_SHARED_THEME * min(shared_themes, MAX_SHARED_THEMES)
        reasons.append(
            ngettext("%(count)s thème en commun", "%(count)s thèmes en commun", shared_themes)
            % {"count": shared_themes}
        )
    return total, reasons


def _themes_by_sheet(sheets):
    """{sheet id: {theme slug}} for `sheets`, in one query (slugs: the same in every
    language)."""
    if not sheets:
        return {}
    themes = {sheet.pk: set() for sheet in sheets}
    rows = type(sheets[0]).objects.filter(pk__in=list(themes), themes__isnull=False)
    for page_id, slug in rows.values_list("pk", "themes__slug"):
        themes[page_id].add(slug)
    return themes


def comparable_communes(reference, sheets, *, themes=None, limit=LIMIT, same_theme_only=False):
    """The `limit` communes most like `reference` among those with a sheet in `sheets` (the
    live, public experience sheets the reader may see, in the page's language), best first.

    The themes compared are `themes` (slugs) if given, else those of the reference's own
    sheets. With `same_theme_only`, only the communes with a sheet sharing a theme are kept,
    each with those sheets alone (an experience sheet's "projet proche")."""
    sheets = list(sheets.select_related("commune").order_by("-year_start", "title", "pk"))
    themes_of = _themes_by_sheet(sheets)
    own = [sheet for sheet in sheets if sheet.commune_id == reference.pk]
    wanted = set(themes) if themes is not None else set().union(*(themes_of[s.pk] for s in own))
    by_commune = {}
    for sheet in sheets:
        if sheet.commune_id == reference.pk or sheet.commune_id is None:
            continue
        if same_theme_only and not themes_of[sheet.pk] & wanted:
            continue
        by_commune.setdefault(sheet.commune_id, []).append(sheet)
    found = []
    for commune_sheets in by_commune.values():
        commune = commune_sheets[0].commune
        shared = set().union(*(themes_of[s.pk] for s in commune_sheets)) & wanted
        points, reasons = score(commune, reference, len(shared))
        if points > 0:
            found.append(Comparable(commune, points, reasons, commune_sheets))
    found.sort(key=lambda c: (-c.score, _gap(c.commune, reference), c.commune.name, c.commune.pk))
    return found[:limit]


def _gap(commune, reference):
    """How far the populations are: the tie-break between equal scores."""
    if commune.population is None or reference.population is None:
        return float("inf")
    return abs(commune.population - reference.population)
