"""The directory of aids and support offers: who funds or supports (a managed list of funders),
and each aid as a page of the directory, translated and searched like any page. Sheets' funding
rows point to these pages (sheets.ExperienceFunding.aid): an aid knows the projects that
obtained it."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import PageManager, TranslatableMixin
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api_fields import NameField, NamesField
from core.formats import grouped_number
from core.models import BasePage
from core.text import plain_text

from . import conf, listing

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]
PERCENT_VALIDATORS = [MinValueValidator(0), MaxValueValidator(100)]


class FunderCategory(models.TextChoices):
    STATE = "etat", _("État et ses programmes")
    REGION = "region", _("Région")
    DEPARTMENT = "departement", _("Département")
    ADEME = "ademe", _("ADEME")
    WATER_AGENCY = "agence_eau", _("Agence de l'eau")
    ENERGY_SYNDICATE = "syndicat_energie", _("Syndicat d'énergie")
    EUROPE = "europe", _("Fonds européens")
    CAUE = "caue", _("CAUE")
    BANQUE_DES_TERRITOIRES = "banque_territoires", _("Banque des Territoires")
    INTERCOMMUNALITY = "intercommunalite", _("Intercommunalité")
    OTHER = "autre", _("Autre")


class Funder(TranslatableMixin, index.Indexed, models.Model):
    """A funder or provider of support (ADEME, the Region, the energy syndicate…): a managed list
    the facilitator extends, translated per locale."""

    name = models.CharField(_("nom"), max_length=160)
    short_name = models.CharField(
        _("nom court"),
        max_length=40,
        blank=True,
        help_text=_("Sigle affiché dans les filtres et les cartes (ex. : ADEME, TEM 53)."),
    )
    category = models.CharField(
        _("catégorie"), max_length=20, choices=FunderCategory.choices, default=FunderCategory.OTHER
    )
    website = models.URLField(_("site internet"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("ordre d'affichage"), default=0)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("short_name"), FieldPanel("category")]),
        FieldPanel("website"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [
        SynchronizedField("category"),
        SynchronizedField("website"),
        SynchronizedField("sort_order"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("short_name"),
        index.AutocompleteField("short_name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("financeur")
        verbose_name_plural = _("financeurs")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return self.short_name or self.name


class AidKind(models.TextChoices):
    GRANT = "subvention", _("Subvention")
    LOAN = "pret", _("Prêt ou avance")
    ENGINEERING = "ingenierie", _("Ingénierie ou accompagnement technique")
    CERTIFICATES = "cee", _("Certificats d'économies d'énergie")
    CALL_FOR_PROJECTS = "appel_projets", _("Appel à projets")


class Recurrence(models.TextChoices):
    PERMANENT = "permanente", _("Permanente")
    YEARLY = "annuelle", _("Reconduite chaque année")
    ONE_OFF = "ponctuelle", _("Ponctuelle")


class AidStatus(models.TextChoices):
    ACTIVE = "active", _("Active")
    SUSPENDED = "suspendue", _("Suspendue")
    ENDED = "terminee", _("Terminée")


def today():
    return timezone.localdate()


class AidQuerySet(PageQuerySet):
    """The dates that decide which aids a visitor sees by default."""

    def not_expired(self, on=None):
        """Aids that did not end: not marked ended, and no closing date before `on` (today)."""
        on = on or today()
        return self.exclude(status=AidStatus.ENDED).filter(
            Q(closes_on__isnull=True) | Q(closes_on__gte=on)
        )

    def expired(self, on=None):
        on = on or today()
        return self.filter(Q(status=AidStatus.ENDED) | Q(closes_on__lt=on))

    def open_on(self, on=None):
        """Aids one can apply to on `on` (today): active, opened, not closed."""
        on = on or today()
        return self.not_expired(on).filter(
            Q(opens_on__isnull=True) | Q(opens_on__lte=on), status=AidStatus.ACTIVE
        )

    def for_population(self, population):
        """Aids a commune of `population` inhabitants may receive."""
        return self.filter(
            Q(population_min__isnull=True) | Q(population_min__lte=population),
            Q(population_max__isnull=True) | Q(population_max__gte=population),
            for_communes=True,
        )

    def to_check(self, on=None):
        """Aids whose facts were not checked for AIDS_CHECK_AFTER_DAYS days (or never)."""
        on = on or today()
        limit = on - datetime.timedelta(days=conf.get("AIDS_CHECK_AFTER_DAYS"))
        return self.filter(Q(last_checked__isnull=True) | Q(last_checked__lt=limit))


AidManager = PageManager.from_queryset(AidQuerySet)


class AidIndexPage(BasePage):
    """The public directory of aids and support offers, with its filters."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Quelques phrases affichées au-dessus de la liste des aides."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = ["intro"]  # the public API (publicapi/)
    parent_page_types = conf.get("AIDS_SECTION_PARENTS")
    subpage_types = ["aids.AidPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("annuaire des aides")

    def content_description(self):
        return plain_text(self.intro)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(self, request, AidPage, Funder, AidKind.choices))
        return context


class AidPage(BasePage):
    """An aid or support offer: who gives it, to whom, how much, for what, how and until when."""

    funder = models.ForeignKey(
        Funder,
        verbose_name=_("financeur ou structure"),
        on_delete=models.PROTECT,
        related_name="aids",
    )
    kind = models.CharField(
        _("type d'aide"), max_length=20, choices=AidKind.choices, default=AidKind.GRANT
    )
    themes = ParentalManyToManyField("sheets.Theme", verbose_name=_("thèmes"), related_name="aids")
    description = RichTextField(
        _("présentation"),
        features=TEXT_FEATURES,
        help_text=_("Ce que l'aide finance ou apporte, en quelques phrases."),
    )
    # Who may benefit.
    for_communes = models.BooleanField(_("communes"), default=True)
    population_min = models.PositiveIntegerField(
        _("population minimale"),
        null=True,
        blank=True,
        help_text=_("Laissez vide si aucune taille minimale n'est exigée."),
    )
    population_max = models.PositiveIntegerField(
        _("population maximale"),
        null=True,
        blank=True,
        help_text=_("Ex. : 3 500 pour une aide réservée aux communes rurales."),
    )
    for_intercommunalities = models.BooleanField(_("intercommunalités"), default=False)
    for_associations = models.BooleanField(_("associations"), default=False)
    # How much.
    rate_min = models.DecimalField(
        _("taux minimal (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
    )
    rate_max = models.DecimalField(
        _("taux maximal (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=PERCENT_VALIDATORS,
    )
    amount_min = models.DecimalField(
        _("montant minimal (€)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    amount_max = models.DecimalField(
        _("montant maximal (€)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    eligible_expenses = RichTextField(_("dépenses éligibles"), blank=True, features=TEXT_FEATURES)
    how_to_apply = RichTextField(
        _("comment la demander"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Les démarches, les pièces à fournir et le contact du financeur."),
    )
    # When.
    opens_on = models.DateField(_("ouverture"), null=True, blank=True)
    closes_on = models.DateField(
        _("date de clôture"),
        null=True,
        blank=True,
        help_text=_("Laissez vide pour une aide sans date limite."),
    )
    recurrence = models.CharField(
        _("calendrier"), max_length=12, choices=Recurrence.choices, default=Recurrence.PERMANENT
    )
    status = models.CharField(
        _("statut"), max_length=10, choices=AidStatus.choices, default=AidStatus.ACTIVE
    )
    source_url = models.URLField(_("source officielle"), blank=True, max_length=500)
    last_checked = models.DateField(
        _("vérifiée le"),
        null=True,
        blank=True,
        help_text=_("La date à laquelle l'animateur a vérifié ces informations à la source."),
    )

    objects = AidManager()

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("funder"), FieldPanel("kind")]),
        FieldPanel("themes"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("for_communes"),
                FieldRowPanel([FieldPanel("population_min"), FieldPanel("population_max")]),
                FieldPanel("for_intercommunalities"),
                FieldPanel("for_associations"),
            ],
            heading=_("Qui peut en bénéficier"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("rate_min"), FieldPanel("rate_max")]),
                FieldRowPanel([FieldPanel("amount_min"), FieldPanel("amount_max")]),
                FieldPanel("eligible_expenses"),
            ],
            heading=_("Montant et dépenses éligibles"),
        ),
        FieldPanel("how_to_apply"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("opens_on"), FieldPanel("closes_on"), FieldPanel("recurrence")]
                ),
                FieldRowPanel([FieldPanel("status"), FieldPanel("last_checked")]),
                FieldPanel("source_url"),
            ],
            heading=_("Calendrier et suivi"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("eligible_expenses"),
        index.SearchField("how_to_apply"),
        index.AutocompleteField("title"),
        index.RelatedFields("funder", [index.SearchField("name"), index.SearchField("short_name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("locale"),
        index.FilterField("kind"),
        index.FilterField("status"),
        index.FilterField("closes_on"),
    ]
    # wagtail-localize: the texts are translated; who, how much and when are the same in every
    # language.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "funder",
            "kind",
            "themes",
            "for_communes",
            "population_min",
            "population_max",
            "for_intercommunalities",
            "for_associations",
            "rate_min",
            "rate_max",
            "amount_min",
            "amount_max",
            "opens_on",
            "closes_on",
            "recurrence",
            "status",
            "source_url",
            "last_checked",
        )
    ]
    # The public API (publicapi/): the whole aid is public.
    api_fields = [
        APIField("funder", serializer=NameField()),
        "kind",
        APIField("themes", serializer=NamesField()),
        *["description", "for_communes", "population_min", "population_max"],
        *["for_intercommunalities", "for_associations", "rate_min", "rate_max"],
        *["amount_min", "amount_max", "eligible_expenses", "how_to_apply", "opens_on"],
        *["closes_on", "recurrence", "status", "source_url", "last_checked"],
    ]

    parent_page_types = ["aids.AidIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("aide ou accompagnement")
        verbose_name_plural = _("aides et accompagnements")

    def content_description(self):
        return plain_text(self.description)[:300]

    def clean(self):
        super().clean()
        errors = {}
        pairs = (
            (
                "population_min",
                "population_max",
                _("La population maximale est inférieure à la minimale."),
            ),
            ("rate_min", "rate_max", _("Le taux maximal est inférieur au taux minimal.")),
            ("amount_min", "amount_max", _("Le montant maximal est inférieur au montant minimal.")),
            ("opens_on", "closes_on", _("La clôture précède l'ouverture.")),
        )
        for low, high, message in pairs:
            low_value, high_value = getattr(self, low), getattr(self, high)
            if low_value is not None and high_value is not None and high_value < low_value:
                errors[high] = message
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sheets = listing.obtained_by(self)
        context.update(
            themes=sorted(self.themes.all(), key=lambda t: (t.sort_order, t.name, t.pk or 0)),
            obtained_by=sheets,
            network_count=len(sheets),
        )
        return context

    def timing(self, on=None):
        """Where the aid stands on `on` (today), for its badge: "ouverte", "a-venir",
        "suspendue" or "cloturee", with its label."""
        on = on or today()
        if self.is_expired(on):
            return "cloturee", _("Clôturée")
        if self.status == AidStatus.SUSPENDED:
            return "suspendue", _("Suspendue")
        if self.opens_on is not None and self.opens_on > on:
            return "a-venir", _("À venir")
        return "ouverte", _("Ouverte")

    def beneficiaries(self):
        """Who may benefit, in words: the communes (with their size range), intercommunalities,
        associations."""
        who = []
        low, high = self.population_min, self.population_max
        if self.for_communes:
            if low is not None and high is not None:
                who.append(
                    _("Communes de %(low)s à %(high)s habitants")
                    % {"low": grouped_number(low), "high": grouped_number(high)}
                )
            elif high is not None:
                who.append(
                    _("Communes de %(high)s habitants au plus") % {"high": grouped_number(high)}
                )
            elif low is not None:
                who.append(
                    _("Communes d'au moins %(low)s habitants") % {"low": grouped_number(low)}
                )
            else:
                who.append(_("Toutes les communes"))
        if self.for_intercommunalities:
            who.append(_("Intercommunalités"))
        if self.for_associations:
            who.append(_("Associations"))
        return who

    def is_expired(self, on=None):
        on = on or today()
        return self.status == AidStatus.ENDED or (
            self.closes_on is not None and self.closes_on < on
        )

    def is_open(self, on=None):
        on = on or today()
        return (
            self.status == AidStatus.ACTIVE
            and not self.is_expired(on)
            and (self.opens_on is None or self.opens_on <= on)
        )

    def closes_soon(self, on=None):
        on = on or today()
        return (
            self.closes_on is not None
            and on <= self.closes_on
            and (self.closes_on - on).days <= conf.get("AIDS_CLOSING_SOON_DAYS")
        )
