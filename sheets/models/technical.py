"""Fiche technique: know-how on one subject (regulation, method, checklist), not one commune."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from reseau.models import BasePage
from sheets.blocks import TechnicalBodyBlock


class TechnicalSheetPage(BasePage):
    themes = ParentalManyToManyField(
        "sheets.Theme", verbose_name=_("thèmes"), related_name="technical_sheets"
    )
    summary = models.TextField(
        _("résumé"),
        max_length=600,
        help_text=_("Deux ou trois phrases : à quoi sert cette fiche, pour qui."),
    )
    body = StreamField(TechnicalBodyBlock(), verbose_name=_("contenu"), blank=True)
    last_reviewed = models.DateField(_("dernière mise à jour"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("themes"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("related_experiences", label=_("Fiches expériences liées")),
        FieldPanel("last_reviewed"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("locale"),
    ]

    parent_page_types = ["sheets.TechnicalIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("fiche technique")
        verbose_name_plural = _("fiches techniques")

    def get_meta_description(self):
        return super().get_meta_description() or self.summary


class TechnicalRelatedExperience(Orderable):
    page = ParentalKey(
        TechnicalSheetPage, on_delete=models.CASCADE, related_name="related_experiences"
    )
    experience = models.ForeignKey(
        "sheets.ExperienceSheetPage",
        verbose_name=_("fiche expérience"),
        on_delete=models.CASCADE,
        related_name="technical_sheets",
    )

    panels = [FieldPanel("experience")]

    class Meta(Orderable.Meta):
        verbose_name = _("fiche expérience liée")
        verbose_name_plural = _("fiches expériences liées")
