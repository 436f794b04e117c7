"""A funding row of an experience sheet: who paid, how much, what kind of aid, and the aid of
the site's directory it came from."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail_localize.fields import SynchronizedField

from sheets import conf
from sheets.widgets import AmountInput

from .mixins import TranslatableRow


class FundingKind(models.TextChoices):
    GRANT = "subvention", _("Subvention")
    LOAN = "pret", _("Prêt")
    ENERGY_CERTIFICATES = "cee", _("Certificats d'économies d'énergie")
    EUROPEAN = "europe", _("Fonds européens")
    STATE = "etat", _("Dotation de l'État (DETR, DSIL, fonds vert)")
    SELF = "autofinancement", _("Autofinancement")
    OTHER = "autre", _("Autre")


class ExperienceFunding(TranslatableRow):
    page = ParentalKey(
        "sheets.ExperienceSheetPage", on_delete=models.CASCADE, related_name="fundings"
    )
    funder = models.CharField(
        _("financeur"), max_length=160, help_text=_("Ex. : ADEME, Région Pays de la Loire")
    )
    amount = models.DecimalField(
        _("montant (€)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    kind = models.CharField(
        _("type d'aide"), max_length=20, choices=FundingKind.choices, default=FundingKind.GRANT
    )

    # The aid of the site's directory this funding came from, when the site has one
    # (SHEETS_FUNDING_AID_PAGE_TYPE names its page type): the aid's page then lists the sheet.
    aid = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("aide de l'annuaire"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Si ce financement vient d'une aide de l'annuaire des aides, choisissez-la : la page "
            "de l'aide citera ce projet."
        ),
    )

    api_fields = ["funder", "amount", "kind"]
    panels = [
        FieldPanel("funder"),
        FieldPanel("amount", widget=AmountInput),
        FieldPanel("kind"),
        *(
            [PageChooserPanel("aid", page_type=conf.get("SHEETS_FUNDING_AID_PAGE_TYPE"))]
            if conf.get("SHEETS_FUNDING_AID_PAGE_TYPE")
            else []
        ),
    ]
    # wagtail-localize: the funder's name is translated (« Région » → "Region"); the amount and
    # the kind of aid are synchronised, and so is the aid: every translation of the sheet points
    # to the source's aid page, shown in the reader's language (its translation) when rendered.
    override_translatable_fields = [SynchronizedField("aid", overridable=False)]

    class Meta(TranslatableRow.Meta):
        verbose_name = _("financement")
        verbose_name_plural = _("financements")
