"""The public FAQ: entries made from members' questions and their validated answers, edited to
stand alone, moderated and translated like any page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.api_fields import NamesField
from core.models import BasePage
from core.text import plain_text

from . import conf, listing

ANSWER_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class FaqIndexPage(BasePage):
    """The public FAQ, by theme."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Quelques phrases affichées au-dessus des questions."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = ["intro"]  # the public API (publicapi/)
    parent_page_types = conf.get("FAQ_SECTION_PARENTS")
    subpage_types = ["faq.FaqEntryPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page de la FAQ")

    def content_description(self):
        return plain_text(self.intro)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(self, request, FaqEntryPage))
        return context


class FaqEntryPage(BasePage):
    """A question and its answer, for everyone. Its title is the question. Who asked and who
    answered are named only when they agreed; otherwise the entry says what kind of commune."""

    answer = RichTextField(
        _("réponse"),
        features=ANSWER_FEATURES,
        help_text=_(
            "La réponse validée par le réseau, réécrite pour être comprise sans la discussion "
            "d'origine."
        ),
    )
    themes = ParentalManyToManyField(
        "sheets.Theme", verbose_name=_("thèmes"), related_name="faq_entries", blank=True
    )
    asked_by = models.CharField(
        _("question posée par"),
        max_length=160,
        blank=True,
        help_text=_(
            "« Commune de Bais » si la personne a accepté d'être citée, sinon « une commune de "
            "1 500 habitants ». Laissez vide pour ne rien afficher."
        ),
    )
    answered_by = models.CharField(
        _("réponse apportée par"),
        max_length=160,
        blank=True,
        help_text=_("Même règle : un nom seulement avec l'accord de la personne."),
    )
    validated_on = models.DateField(_("réponse validée par le réseau le"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("answer"),
        FieldPanel("themes"),
        MultiFieldPanel(
            [FieldPanel("asked_by"), FieldPanel("answered_by"), FieldPanel("validated_on")],
            heading=_("Origine de la réponse"),
        ),
        InlinePanel("related_pages", heading=_("Fiches liées"), label=_("fiche")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("answer"),
        index.AutocompleteField("title"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.FilterField("locale"),
    ]
    # The public API (publicapi/): who asked and answered are named only with their consent.
    api_fields = [
        "answer",
        APIField("themes", serializer=NamesField()),
        *["asked_by", "answered_by", "validated_on"],
    ]
    parent_page_types = ["faq.FaqIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("entrée de FAQ")
        verbose_name_plural = _("entrées de FAQ")

    def content_description(self):
        return plain_text(self.answer)[:300]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            themes=sorted(self.themes.all(), key=lambda t: (t.sort_order, t.name, t.pk or 0)),
            related_sheets=listing.related_sheets(self),
        )
        return context


class FaqRelatedPage(Orderable):
    """A sheet (experience or technical) that shows the answer in practice."""

    page = ParentalKey(FaqEntryPage, on_delete=models.CASCADE, related_name="related_pages")
    sheet = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("fiche"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [
        PageChooserPanel(
            "sheet", page_type=["sheets.ExperienceSheetPage", "sheets.TechnicalSheetPage"]
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("fiche liée")
        verbose_name_plural = _("fiches liées")
