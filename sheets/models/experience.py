"""Fiche expérience: what a commune did, how, for how much, and what it would advise."""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images import get_image_model_string
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.api_fields import NameField, NamesField, PositionField
from core.models import BasePage
from sheets import conf
from sheets.admin_forms import ThemedPageForm
from sheets.extensions import page_sections
from sheets.panels import ChecklistPanel
from sheets.widgets import MapPointWidget

from .experience_content import ExperienceSheetContent
from .mixins import Attachment, KeyFigure, TranslatableRow
from .renditions import card_renditions
from .taxonomy import card_themes

SECTION_FEATURES = ["bold", "italic", "ul", "ol", "link", "document-link"]
YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class ExperienceStatus(models.TextChoices):
    PLANNED = "en_projet", _("En projet")
    ONGOING = "en_cours", _("En cours")
    DONE = "realise", _("Réalisé")


class ContactRole(models.TextChoices):
    ELECTED = "elu", _("Élu·e")
    TECHNICIAN = "technicien", _("Technicien·ne")


class ExperienceSheetPage(BasePage):
    commune = models.ForeignKey(
        "sheets.Commune",
        verbose_name=_("commune"),
        on_delete=models.PROTECT,
        related_name="experience_sheets",
        help_text=_("La commune qui a mené le projet."),
    )
    main_theme = models.ForeignKey(
        "sheets.Theme",
        verbose_name=_("thème principal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Le thème dont relève d'abord le projet : il vient en tête sur les cartes."),
    )
    themes = ParentalManyToManyField(
        "sheets.Theme",
        verbose_name=_("thèmes"),
        related_name="experience_sheets",
        help_text=_("Le thème principal et, au besoin, un ou deux autres."),
    )
    status = models.CharField(
        _("état d'avancement"),
        max_length=20,
        choices=ExperienceStatus.choices,
        default=ExperienceStatus.DONE,
    )
    year_start = models.PositiveSmallIntegerField(
        _("année de début"), validators=YEAR_VALIDATORS, db_index=True
    )
    year_end = models.PositiveSmallIntegerField(
        _("année de fin"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_("Laissez vide si le projet n'est pas terminé."),
    )
    summary = models.TextField(
        _("résumé"),
        max_length=600,
        help_text=_("Deux ou trois phrases : ce qui a été fait et pourquoi c'est intéressant."),
    )
    main_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image principale"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    context = RichTextField(
        _("contexte"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("La situation de départ, ce qui a motivé le projet."),
    )
    approach = RichTextField(
        _("démarche"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Les étapes, les partenaires, le calendrier."),
    )
    results = RichTextField(
        _("résultats"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Ce qui a changé, chiffres à l'appui si possible."),
    )
    costs = RichTextField(
        _("coûts et financements"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Le coût du projet et la façon dont il a été financé."),
    )
    difficulties = RichTextField(
        _("difficultés et solutions"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Les obstacles rencontrés et comment ils ont été levés."),
    )
    advice = RichTextField(
        _("conseils"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Ce que la commune conseillerait à une autre qui se lance."),
    )
    contact_name = models.CharField(_("nom du contact"), max_length=160, blank=True)
    contact_role = models.CharField(
        _("le contact est"), max_length=20, choices=ContactRole.choices, blank=True
    )
    contact_function = models.CharField(
        _("fonction du contact"),
        max_length=160,
        blank=True,
        help_text=_("Ex. : adjointe à l'environnement, directeur des services techniques."),
    )
    contact_email = models.EmailField(_("e-mail du contact"), blank=True)
    contact_phone = models.CharField(_("téléphone du contact"), max_length=40, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_("Laissez vide pour placer la fiche sur la mairie de la commune."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        help_text=_("Laissez vide pour placer la fiche sur la mairie de la commune."),
    )
    last_reviewed = models.DateField(
        _("dernière mise à jour des informations"),
        null=True,
        blank=True,
        help_text=_("Date à laquelle la commune a relu et confirmé la fiche."),
    )

    # One tab per part of the published sheet, in its order (a single 8,000-pixel tab was
    # hard to find one's way in). `content_panels` stays the first tab: Wagtail expects the
    # title there.
    content_panels = [
        ChecklistPanel(heading=_("Avant de publier")),
        *BasePage.content_panels,
        FieldPanel("commune"),
        FieldPanel("main_theme", widget=forms.Select),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldRowPanel([FieldPanel("status"), FieldPanel("year_start"), FieldPanel("year_end")]),
        FieldPanel("summary"),
        FieldPanel("main_image"),
        InlinePanel(
            "key_figures",
            heading=_("Chiffres clés"),
            label=_("Chiffre clé"),
            max_num=6,
        ),
    ]
    project_panels = [FieldPanel("context"), FieldPanel("approach"), FieldPanel("results")]
    funding_panels = [
        FieldPanel("costs"),
        InlinePanel("fundings", heading=_("Financements"), label=_("Financement")),
    ]
    lessons_panels = [FieldPanel("difficulties"), FieldPanel("advice")]
    media_panels = [
        MultipleChooserPanel(
            "gallery_images",
            chooser_field_name="image",
            heading=_("Galerie d'images"),
            label=_("Image"),
        ),
        InlinePanel("attachments", heading=_("Documents joints"), label=_("Document joint")),
        MultipleChooserPanel(
            "related_sheets",
            chooser_field_name="related",
            heading=_("Fiches liées"),
            label=_("Fiche liée"),
        ),
    ]
    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_role"),
                FieldPanel("contact_function"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_(
                "Personne à contacter (les adhérents voient son nom ; son e-mail et son "
                "téléphone ne sont jamais affichés, ils servent aux mises en relation)"
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("latitude"),
                FieldPanel("longitude", widget=MapPointWidget()),
            ],
            heading=_("Position sur la carte"),
            help_text=_(
                "Cliquez sur la carte à l'endroit du projet, ou tapez les coordonnées. "
                "Sans coordonnées, la fiche est placée sur la mairie de la commune."
            ),
        ),
        FieldPanel("last_reviewed"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("En bref")),
            ObjectList(project_panels, heading=_("Le projet")),
            ObjectList(funding_panels, heading=_("Coûts et financements")),
            ObjectList(lessons_panels, heading=_("Difficultés et conseils")),
            ObjectList(media_panels, heading=_("Images, documents et liens")),
            ObjectList(contact_panels, heading=_("Contact et carte")),
            ObjectList(BasePage.promote_panels, heading=_("Référencement")),
            ObjectList(BasePage.settings_panels, heading=_("Paramètres")),
        ],
        base_form_class=ThemedPageForm,
    )

    # wagtail-localize: the themes follow the source (core.translation points them at the
    # translated themes); a person's name and phone number are not translated.
    override_translatable_fields = [
        SynchronizedField("main_theme", overridable=False),
        SynchronizedField("themes", overridable=False),
        SynchronizedField("contact_name"),
        SynchronizedField("contact_phone", overridable=False),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("context"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("costs"),
        index.SearchField("difficulties"),
        index.SearchField("advice"),
        index.AutocompleteField("title"),
        index.RelatedFields("commune", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("commune"),
        index.FilterField("status"),
        index.FilterField("year_start"),
        index.FilterField("locale"),
    ]

    # The public API (publicapi/): what every visitor sees on the page. Never the contact (its
    # name is for members; its e-mail and phone are never shown) nor the attachments (some are
    # reserved to members).
    api_fields = [
        APIField("commune", serializer=NameField()),
        APIField("main_theme", serializer=NameField()),
        APIField("themes", serializer=NamesField()),
        *["status", "year_start", "year_end", "summary"],
        APIField("main_image", serializer=ImageRenditionField("fill-800x450")),
        *["key_figures", "context", "approach", "results", "costs", "fundings"],
        *["difficulties", "advice", "last_reviewed"],
        APIField("position", serializer=PositionField()),
    ]

    parent_page_types = ["sheets.ExperienceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("fiche expérience")
        verbose_name_plural = _("fiches expériences")
        indexes = [
            # The list's filter counts read these four columns of every sheet: from this index
            # alone (PostgreSQL), not from rows made wide by the sheet's text (decision 0017).
            models.Index(
                fields=["page_ptr"],
                include=["commune", "status", "year_start", "year_end"],
                name="experience_facets_idx",
            ),
        ]

    def get_meta_description(self):
        return super().get_meta_description() or self.summary

    def get_meta_image(self):
        return self.social_image or self.main_image

    @classmethod
    def for_listing(cls, queryset=None, themes=True):
        """Live sheets with what a card shows (commune, image rendition, themes): a fixed
        number of queries whatever the number of cards. With `themes=False`, the caller
        reads the themes itself (attach_themes, for cards of several kinds at once)."""
        queryset = cls.objects.live().public() if queryset is None else queryset
        queryset = queryset.select_related("commune", "main_image")
        if themes:
            return queryset.prefetch_related(card_themes(), card_renditions())
        return queryset.prefetch_related(card_renditions())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        self._read_commune_and_main_image()
        attachments = list(self.attachments.select_related("document"))
        context.update(
            content=ExperienceSheetContent(self, request),
            fragment_seconds=conf.get("SHEETS_FRAGMENT_CACHE_SECONDS"),
            attachments=attachments,
            has_public=any(not a.members_only for a in attachments),
            has_reserved=any(a.members_only for a in attachments),
            # Parts other plugins add (sheets.extensions), e.g. asking to be put in touch.
            extra_sections=page_sections("sheets_experience_page_sections", request, self),
        )
        return context

    def read_technical_sheets(self, visible):
        """The technical sheets among `visible` that link to this sheet (or to its
        translations), by title. Through the relation: the technical sheet module imports this
        one, not the reverse. A semi-join on the links, not DISTINCT over whole technical
        sheets (every column, the body included, compared to remove duplicates)."""
        link_model = self._meta.get_field("technical_sheets").related_model
        technical_sheet_model = link_model._meta.get_field("page").related_model
        linking = link_model.objects.filter(
            experience__translation_key=self.translation_key
        ).values("page_id")
        return list(
            technical_sheet_model.objects.filter(locale_id=self.locale_id, pk__in=linking)
            .filter(pk__in=visible.values("pk"))
            .order_by("title")
        )

    def _read_commune_and_main_image(self):
        """The commune and the main image the page shows, in one query (a join) rather than
        one query per foreign key when the template first reads each. Left to be read on
        demand when the stored row names others (a preview of a changed draft)."""
        if not self.pk:
            return
        row = (
            ExperienceSheetPage.objects.filter(
                pk=self.pk, commune_id=self.commune_id, main_image_id=self.main_image_id
            )
            .select_related("commune", "main_image")
            .only("commune", "main_image")
            .first()
        )
        if row is not None:
            self.commune = row.commune
            self.main_image = row.main_image

    def read_related_sheets(self, visible):
        """The related sheets among `visible` (live, public pages) in the editor's order, in
        one query: each sheet ranked by its first link.

        A translated sheet's links are copied from the French one and still point at French
        sheets: they are matched by translation_key, in this sheet's language. Rows saved
        outside the editor (demo, code) have no sort_order: their id keeps the order."""
        if not self.pk:
            return []
        links = ExperienceRelatedSheet.objects.filter(page_id=self.pk)
        first_link = (
            links.filter(related__translation_key=OuterRef("translation_key"))
            .annotate(rank=Coalesce("sort_order", "id", output_field=models.BigIntegerField()))
            .order_by("rank")
            .values("rank")[:1]
        )
        return list(
            ExperienceSheetPage.objects.filter(
                locale_id=self.locale_id,
                translation_key__in=links.values("related__translation_key"),
                pk__in=visible.values("pk"),
            )
            .exclude(pk=self.pk)
            .annotate(link_rank=Subquery(first_link))
            .select_related("commune", "main_image")
            .order_by("link_rank", "pk")
        )

    @property
    def position(self):
        """Where the sheet stands on the map: its own point, else the commune's."""
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        return self.commune.latitude, self.commune.longitude

    @property
    def years_label(self):
        if self.year_end and self.year_end != self.year_start:
            return f"{self.year_start}–{self.year_end}"
        return str(self.year_start)


class ExperienceKeyFigure(KeyFigure):
    page = ParentalKey(ExperienceSheetPage, on_delete=models.CASCADE, related_name="key_figures")

    api_fields = ["value", "unit", "label"]


class ExperienceGalleryImage(TranslatableRow):
    page = ParentalKey(ExperienceSheetPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("légende"), max_length=255, blank=True)
    alt_text = models.CharField(
        _("texte alternatif"),
        max_length=255,
        blank=True,
        help_text=_("Ce que montre l'image, pour les personnes qui ne la voient pas."),
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("alt_text")]
    # wagtail-localize: the caption and the alternative text are translated, the image is
    # synchronised.

    class Meta(TranslatableRow.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class ExperienceAttachment(Attachment):
    page = ParentalKey(ExperienceSheetPage, on_delete=models.CASCADE, related_name="attachments")


class ExperienceRelatedSheet(Orderable):
    page = ParentalKey(ExperienceSheetPage, on_delete=models.CASCADE, related_name="related_sheets")
    related = models.ForeignKey(
        ExperienceSheetPage,
        verbose_name=_("fiche liée"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = _("fiche liée")
        verbose_name_plural = _("fiches liées")
