"""An import's dry run and its application: each row of the file becomes an aid to create, an
aid to update (with what changes), an unchanged aid, or a rejection with its line and reason.
Nothing is written unless no row is rejected, and then every row is written or none."""

import datetime
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_slug
from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Locale

from sheets.models import Theme

from . import spreadsheet
from .models import AidIndexPage, AidKind, AidPage, AidStatus, Funder, Recurrence

CHOICE_CLASSES = {"kind": AidKind, "recurrence": Recurrence, "status": AidStatus}
TRUE_WORDS = {"oui", "o", "vrai", "x", "1", "yes", "true"}
FALSE_WORDS = {"non", "n", "faux", "0", "no", "false", ""}
PAIRS = (
    (
        "population_min",
        "population_max",
        gettext_lazy("La population maximale est inférieure à la minimale."),
    ),
    ("rate_min", "rate_max", gettext_lazy("Le taux maximal est inférieur au taux minimal.")),
    (
        "amount_min",
        "amount_max",
        gettext_lazy("Le montant maximal est inférieur au montant minimal."),
    ),
    ("opens_on", "closes_on", gettext_lazy("La clôture précède l'ouverture.")),
)


class RowError(Exception):
    """A value of a row that cannot be imported: the message names the column and why."""


@dataclass
class Row:
    line: int
    slug: str
    title: str
    values: dict = field(default_factory=dict)
    aid: AidPage | None = None
    changes: list = field(default_factory=list)  # (column, before, after)
    reasons: list = field(default_factory=list)


@dataclass
class Plan:
    to_create: list = field(default_factory=list)
    to_update: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    rejected: list = field(default_factory=list)
    index: AidIndexPage | None = None
    themes: dict = field(default_factory=dict)

    @property
    def can_apply(self):
        return not self.rejected and bool(self.to_create or self.to_update)

    def fingerprint(self):
        """A digest of what applying would do: applying checks it is still what was shown."""
        summary = repr(
            (
                [(r.slug, sorted(r.values.items(), key=str)) for r in self.to_create],
                [(r.slug, r.aid.pk, r.changes) for r in self.to_update],
            )
        )
        return hashlib.sha256(summary.encode()).hexdigest()


class Lookups:
    """The default locale's funders, themes and aids, read once for all the rows."""

    def __init__(self):
        self.locale = Locale.get_default()
        self.funders = {}
        for funder in Funder.objects.filter(locale=self.locale):
            for name in {funder.name, funder.short_name} - {""}:
                self.funders.setdefault(name.strip().lower(), set()).add(funder)
        self.themes = {theme.slug: theme for theme in Theme.objects.filter(locale=self.locale)}
        self.aids = {}
        aids = AidPage.objects.filter(locale=self.locale).select_related("funder")
        for aid in aids.prefetch_related("themes"):
            self.aids.setdefault(aid.slug, []).append(aid)
        self.index = AidIndexPage.objects.filter(locale=self.locale).order_by("path").first()


def parse_boolean(text):
    word = text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise RowError(_("« %(value)s » n'est ni « oui » ni « non »") % {"value": text})


def parse_date(text):
    if not text:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RowError(_("date « %(value)s » invalide (attendue : AAAA-MM-JJ)") % {"value": text})


def parse_decimal(text, column):
    if not text:
        return None
    cleaned = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", ".")
    cleaned = cleaned.rstrip("%€")
    try:
        value = Decimal(cleaned)
    except InvalidOperation as error:
        raise RowError(_("nombre « %(value)s » invalide") % {"value": text}) from error
    field_ = AidPage._meta.get_field(column)
    try:
        return field_.clean(value.quantize(Decimal("0.01")), None)
    except (ValidationError, InvalidOperation) as error:
        raise RowError(_("nombre « %(value)s » hors limites") % {"value": text}) from error


def parse_integer(text):
    if not text:
        return None
    cleaned = text.replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    if not cleaned.isdigit():
        raise RowError(_("nombre entier « %(value)s » invalide") % {"value": text})
    return int(cleaned)


def parse_choice(text, column):
    choices = CHOICE_CLASSES[column]
    if not text:
        return AidPage._meta.get_field(column).default
    for value, label in choices.choices:
        if text.strip().lower() in (value, str(label).lower()):
            return value
    raise RowError(_("valeur « %(value)s » inconnue") % {"value": text})


def rich_text(text):
    """Text as stored rich text: kept as is when it is HTML (an export), else one paragraph per
    block of lines."""
    text = text.strip()
    if not text or text.startswith("<"):
        return text
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(block)}</p>" for block in blocks if block)


def parse_value(column, text, lookups):
    """The model value of `text` in `column`; raises RowError."""
    if column in spreadsheet.BOOLEANS:
        return parse_boolean(text)
    if column in spreadsheet.DATES:
        return parse_date(text)
    if column in spreadsheet.DECIMALS:
        return parse_decimal(text, column)
    if column in spreadsheet.INTEGERS:
        return parse_integer(text)
    if column in spreadsheet.CHOICES:
        return parse_choice(text, column)
    if column in spreadsheet.RICH_TEXTS:
        return rich_text(text)
    if column == "funder":
        funders = lookups.funders.get(text.strip().lower(), set())
        if len(funders) != 1:
            message = (
                _("financeur « %(value)s » inconnu")
                if not funders
                else _("financeur « %(value)s » ambigu (plusieurs financeurs portent ce nom)")
            )
            raise RowError(message % {"value": text})
        return next(iter(funders))
    if column == "themes":
        slugs = sorted({s.strip() for s in text.split(spreadsheet.THEMES_SEPARATOR) if s.strip()})
        unknown = [slug for slug in slugs if slug not in lookups.themes]
        if unknown:
            raise RowError(_("thème « %(value)s » inconnu") % {"value": ", ".join(unknown)})
        return slugs
    if column == "source_url" and text:
        try:
            URLValidator()(text)
        except ValidationError as error:
            raise RowError(_("adresse « %(value)s » invalide") % {"value": text}) from error
    return text


def parse_row(line, texts, lookups):
    """Row `line` of the file with its values parsed, or its reasons of rejection."""
    title = texts["title"].strip()
    slug = texts["slug"].strip() or slugify(title)
    row = Row(line=line, slug=slug, title=title)
    if not title:
        row.reasons.append(_("titre manquant"))
    elif len(title) > AidPage._meta.get_field("title").max_length:
        row.reasons.append(_("titre trop long"))
    try:
        validate_slug(slug)
    except ValidationError:
        row.reasons.append(_("identifiant « %(value)s » invalide") % {"value": slug})
    for column in spreadsheet.COLUMNS[2:]:
        try:
            row.values[column] = parse_value(column, texts[column], lookups)
        except RowError as error:
            row.reasons.append(f"{column} : {error}")
    if not row.values.get("description", "x"):
        row.reasons.append(_("description manquante"))
    for low, high, message in PAIRS:
        low_value, high_value = row.values.get(low), row.values.get(high)
        if low_value is not None and high_value is not None and high_value < low_value:
            row.reasons.append(str(message))
    return row


def current_value(aid, column):
    if column == "themes":
        return sorted(theme.slug for theme in aid.themes.all())
    return getattr(aid, column)


def shown(value):
    """A value as the report shows it."""
    if isinstance(value, list):
        return spreadsheet.THEMES_SEPARATOR.join(value)
    if isinstance(value, bool):
        return spreadsheet.YES if value else spreadsheet.NO
    return "" if value is None else str(value)


def plan_import(records):
    """The dry run of `records` (spreadsheet.read_file's rows): reads, writes nothing."""
    lookups = Lookups()
    plan = Plan()
    seen = {}
    for line, texts in records:
        row = parse_row(line, texts, lookups)
        if row.slug in seen:
            row.reasons.append(
                _("identifiant « %(slug)s » déjà présent ligne %(line)s")
                % {"slug": row.slug, "line": seen[row.slug]}
            )
        seen.setdefault(row.slug, line)
        existing = lookups.aids.get(row.slug, [])
        if len(existing) > 1:
            row.reasons.append(
                _("plusieurs aides ont l'identifiant « %(slug)s »") % {"slug": row.slug}
            )
        if not existing and lookups.index is None:
            row.reasons.append(_("aucune page « annuaire des aides » où la créer"))
        if row.reasons:
            plan.rejected.append(row)
            continue
        if not existing:
            plan.to_create.append(row)
            continue
        row.aid = existing[0]
        changes = [("title", row.aid.title, row.title)] if row.aid.title != row.title else []
        for column, value in row.values.items():
            before = current_value(row.aid, column)
            if before != value:
                changes.append((column, shown(before), shown(value)))
        row.changes = changes
        (plan.to_update if changes else plan.unchanged).append(row)
    plan.index = lookups.index
    plan.themes = lookups.themes
    return plan


def fill(aid, row, themes):
    aid.title = row.title
    for column, value in row.values.items():
        if column != "themes":
            setattr(aid, column, value)
    aid.themes.set([themes[slug] for slug in row.values["themes"]])


def apply_plan(plan, user):
    """Creates and updates every aid of `plan`, each published with a revision, all or none."""
    if plan.rejected:
        raise ValueError("a plan with rejected rows is never applied")
    with transaction.atomic():
        for row in plan.to_create:
            aid = AidPage(slug=row.slug, owner=user, live=False)
            fill(aid, row, plan.themes)
            plan.index.add_child(instance=aid)
            aid.save_revision(user=user, log_action=True).publish(user=user)
        for row in plan.to_update:
            aid = row.aid
            fill(aid, row, plan.themes)
            aid.save_revision(user=user, log_action=True).publish(user=user)
    return len(plan.to_create), len(plan.to_update)
