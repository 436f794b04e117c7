from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from reseau.models import BasePage


class HomePage(BasePage):
    """The site root of each language: what the network is, its themes, latest sheets, events."""

    intro = RichTextField(
        _("présentation du réseau"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Quelques phrases qui disent ce qu'est le réseau et à qui il s'adresse."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "sheets.ExperienceIndexPage",
        "sheets.TechnicalIndexPage",
        "sheets.EventIndexPage",
        "sheets.ThemeIndexPage",
        "sheets.CommuneIndexPage",
        "sheets.MapPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'accueil")
