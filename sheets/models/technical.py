"""Fiche technique: know-how on one subject (regulation, method, checklist), not one commune."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultipleChooserPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api_fields import NameField, NamesField
from core.models import BasePage
from sheets.admin_forms import ThemedPageForm
from sheets.blocks import TechnicalBodyBlock
from sheets.extensions import page_sections
from sheets.panels import ChecklistPanel

from .experience import ExperienceSheetPage
from .taxonomy import attach_themes, card_themes, main_theme_first


class TechnicalSheetPage(BasePage):
    main_theme = models.ForeignKey(
        "sheets.Theme",
        verbose_name=_("thème principal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Le thème dont relève d'abord la fiche : il vient en tête sur les cartes."),
    )
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

    # The card template shared with experience sheets asks for these; a technical sheet has
    # neither, and each failed template lookup costs a dir() of the whole page object.
    commune_id = None
    main_image = None

    content_panels = [
        ChecklistPanel(heading=_("Avant de publier")),
        *BasePage.content_panels,
        FieldPanel("main_theme", widget=forms.Select),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultipleChooserPanel(
            "related_experiences",
            chooser_field_name="experience",
            heading=_("Fiches expériences liées"),
            label=_("Fiche expérience liée"),
        ),
        FieldPanel("last_reviewed"),
    ]
    base_form_class = ThemedPageForm

    # wagtail-localize: the themes follow the source (core.translation localizes them).
    override_translatable_fields = [
        SynchronizedField("main_theme", overridable=False),
        SynchronizedField("themes", overridable=False),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.AutocompleteField("title"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("locale"),
    ]

    # The public API (publicapi/): the whole sheet is public.
    api_fields = [
        APIField("main_theme", serializer=NameField()),
        APIField("themes", serializer=NamesField()),
        *["summary", "body", "last_reviewed"],
    ]

    parent_page_types = ["sheets.TechnicalIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("fiche technique")
        verbose_name_plural = _("fiches techniques")

    def get_meta_description(self):
        return super().get_meta_description() or self.summary

    @classmethod
    def for_listing(cls, queryset=None, themes=True):
        """Live sheets with their themes (see ExperienceSheetPage.for_listing)."""
        queryset = cls.objects.live().public() if queryset is None else queryset
        return queryset.prefetch_related(card_themes()) if themes else queryset

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = list(
            ExperienceSheetPage.for_listing(
                ExperienceSheetPage.objects.live()
                .public()
                # Links copied from the French sheet point at French experiences.
                .filter(
                    locale_id=self.locale_id,
                    translation_key__in=ExperienceSheetPage.objects.filter(
                        technical_sheets__page=self
                    ).values("translation_key"),
                )
                .order_by("title"),
                themes=False,
            )
        )
        attach_themes([*related, self])  # the cards' themes and this sheet's, one query per kind
        context.update(
            themes=main_theme_first(self.themes.all(), self.main_theme_id),
            related_experiences=related,
            # Parts other plugins add (sheets.extensions), e.g. the link to the sheet's PDF.
            extra_sections=page_sections("sheets_technical_page_sections", request, self),
        )
        return context


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
