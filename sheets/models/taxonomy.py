"""Themes and communes: the two axes along which the public browses initiatives."""

from django.core.exceptions import FieldDoesNotExist
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.fallback import in_language

INSEE_CODE_VALIDATOR = RegexValidator(
    r"^(\d{5}|2[AB]\d{3})$",
    _("Le code INSEE compte 5 caractères (ex. : 53130 pour Laval)."),
)
POSTAL_CODE_VALIDATOR = RegexValidator(
    r"^\d{5}$", _("Le code postal compte 5 chiffres (ex. : 53000).")
)


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A theme of sustainable action (énergie, économies d'eau...), translated per locale."""

    name = models.CharField(_("nom"), max_length=100)
    slug = models.SlugField(
        _("identifiant dans l'adresse"),
        max_length=100,
        allow_unicode=False,
        help_text=_(
            "Mot court, sans accent ni espace, utilisé dans l'adresse de la page du thème."
        ),
    )
    description = models.TextField(
        _("description courte"),
        blank=True,
        max_length=400,
        help_text=_("Une phrase ou deux qui présentent le thème aux visiteurs."),
    )
    icon = models.CharField(
        _("pictogramme"),
        max_length=40,
        blank=True,
        help_text=_("Nom du pictogramme affiché avec le thème (ex. : energie, eau, urbanisme)."),
    )
    colour = models.CharField(
        _("couleur"),
        max_length=7,
        default="#1f6f43",
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Une couleur au format #RRVVBB."))],
        help_text=_("Couleur du thème au format #RRVVBB, assez foncée pour un texte blanc."),
    )
    sort_order = models.PositiveSmallIntegerField(_("ordre d'affichage"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("icon"), FieldPanel("colour"), FieldPanel("sort_order")]),
    ]
    # wagtail-localize: only the name and description are translated; the address, pictogram and
    # colour of a theme are the same in every language (docs/decisions/0005-multilingual-site.md).
    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("icon", overridable=False),
        SynchronizedField("colour", overridable=False),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.FilterField("locale_id"),
        index.FilterField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class Commune(index.Indexed, models.Model):
    """A commune of Mayenne: public reference data, loaded from official open data
    (sheets/data/communes_mayenne.csv, `manage.py load_communes`)."""

    name = models.CharField(_("nom"), max_length=120)
    slug = models.SlugField(_("identifiant dans l'adresse"), max_length=120, unique=True)
    insee_code = models.CharField(
        _("code INSEE"),
        max_length=5,
        unique=True,
        validators=[INSEE_CODE_VALIDATOR],
        help_text=_("Code officiel géographique de la commune, 5 caractères (ex. : 53130)."),
    )
    postal_code = models.CharField(
        _("code postal"), max_length=5, validators=[POSTAL_CODE_VALIDATOR]
    )
    population = models.PositiveIntegerField(
        _("population"), null=True, blank=True, help_text=_("Population municipale (INSEE).")
    )
    population_year = models.PositiveSmallIntegerField(
        _("année de la population"),
        null=True,
        blank=True,
        help_text=_("Millésime INSEE de la population légale (ex. : 2023)."),
    )
    area = models.DecimalField(
        _("superficie (km²)"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    area_year = models.PositiveSmallIntegerField(
        _("année de la superficie"),
        null=True,
        blank=True,
        help_text=_("Année des contours IGN d'où la superficie est calculée."),
    )
    epci = models.CharField(
        _("intercommunalité (EPCI)"),
        max_length=160,
        blank=True,
        help_text=_("Ex. : Laval Agglomération, Mayenne Communauté."),
    )
    epci_siren = models.CharField(_("SIREN de l'intercommunalité"), max_length=9, blank=True)
    canton = models.CharField(_("canton"), max_length=160, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("En degrés décimaux, ex. : 48.07350 (mairie ou centre-bourg)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("En degrés décimaux, ex. : -0.77200 (négatif à l'ouest de Greenwich)."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("insee_code"), FieldPanel("postal_code")]),
        FieldRowPanel([FieldPanel("population"), FieldPanel("population_year")]),
        FieldRowPanel([FieldPanel("area"), FieldPanel("area_year")]),
        FieldRowPanel([FieldPanel("epci"), FieldPanel("epci_siren"), FieldPanel("canton")]),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
            heading=_("Position sur la carte"),
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.FilterField("insee_code"),
        index.FilterField("epci"),
    ]

    class Meta:
        verbose_name = _("commune")
        verbose_name_plural = _("communes")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def density(self):
        """Inhabitants per km², or None when a figure is missing."""
        if not self.population or not self.area:
            return None
        return round(self.population / float(self.area))


def count_subquery(queryset):
    """The number of rows of `queryset` as an expression (an uncorrelated subquery, which the
    database counts once, or one correlated with OuterRef, counted per row), to annotate another
    query with it instead of a query of its own."""
    return models.Subquery(
        queryset.order_by()
        .annotate(
            n=models.Func(models.F("pk"), function="COUNT", output_field=models.IntegerField())
        )
        .values("n")[:1]
    )


def count_links(locale_id, specs, visible=None, **where):
    """How many live, public pages of each kind link to each theme or commune, in one query (in
    the language of `locale_id`, with the source-language pages it lists: core.fallback):
    {kind: {target id: count}}.

    `specs` is {kind: (model, page, target)}: the link table (a M2M's through model, or the
    page model itself for a foreign key), the lookup from it to the page ("" for the page
    model itself), the column counted by (`theme_id`, `commune_id`). Each kind is one
    GROUP BY over its links (a single pass, where COUNT(DISTINCT) over several joins multiplies
    the rows: sheets × events × technical sheets for each theme), glued with UNION ALL.
    `where` filters every kind (`theme_id=3`). `visible` is the request's live, public pages
    (`Page.objects.live().public()`, which reads the view restrictions), read here if not given."""
    if visible is None:
        visible = Page.objects.live().public()
    visible = in_language(visible, locale_id)
    parts = []
    for kind, (model, page, target) in specs.items():
        links = model.objects.filter(**{f"{page}__in" if page else "pk__in": visible})
        links = links.filter(**where)
        parts.append(
            links.order_by()
            .values(target)
            .annotate(n=models.Count("*"), kind=models.Value(kind, output_field=models.CharField()))
            .values_list("kind", target, "n")
        )
    counts = {kind: {} for kind in specs}
    if parts:
        for kind, target, n in parts[0].union(*parts[1:], all=True):
            counts[kind][target] = n
    return counts


def card_themes():
    """The themes of listed pages, for `prefetch_related()`: in their editorial order (then by
    id, so that two themes of the same rank and name keep one order)."""
    return models.Prefetch("themes", queryset=Theme.objects.order_by("sort_order", "name", "pk"))


def main_theme_first(themes, main_theme_id):
    """`themes` in their editorial order, but the page's main theme first."""
    return sorted(themes, key=lambda theme: theme.pk != main_theme_id)


def attach_themes(pages):
    """Prefetches the themes of `pages`, of any kinds (experience and technical sheets, events),
    so that `page.themes.all()` reads no more: Django's `prefetch_related_objects` with
    `card_themes()`, one query per kind of page. Pages of a model without themes, and unsaved
    ones, are left alone. A page carrying unsaved themes (a preview) still shows those:
    modelcluster reads them before any prefetched ones."""
    by_model = {}
    for page in pages:
        if page.pk is not None and _has_themes(type(page)):
            by_model.setdefault(type(page), []).append(page)
    for same_kind in by_model.values():
        models.prefetch_related_objects(same_kind, card_themes())


def _has_themes(model):
    try:
        model._meta.get_field("themes")
    except FieldDoesNotExist:
        return False
    return True
