"""The abstract base page every page type of the plugins inherits."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.images import get_image_model_string
from wagtail.models import Page


class BasePage(Page):
    """A listing summary and an image for cards, search and OpenGraph. Abstract, so it adds no
    join to any query; routing, serving and view restrictions stay Wagtail's own."""

    listing_summary = models.TextField(
        _("résumé pour les listes"),
        blank=True,
        max_length=300,
        help_text=_(
            "Deux phrases au plus, affichées dans les listes, les résultats de recherche et "
            "les partages sur les réseaux sociaux. Laissez vide pour reprendre le résumé de la page."
        ),
    )
    social_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image de partage"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Image montrée quand la page est partagée (1200 × 630 pixels idéalement)."),
    )

    promote_panels = [
        *Page.promote_panels,
        FieldPanel("listing_summary"),
        FieldPanel("social_image"),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self):
        """The editor's description, else the listing summary, else what the page type draws
        from its content (`content_description`): a public page always has one."""
        return self.search_description or self.listing_summary or self.content_description()

    def content_description(self):
        """A description drawn from the page's own content, for when the editor wrote none."""
        return ""

    def get_meta_image(self):
        return self.social_image
