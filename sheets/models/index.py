"""Listing pages: where the public browses sheets and events by theme, commune, status, year."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField

from reseau.models import BasePage


class IndexPage(BasePage):
    """Abstract: an introduction and the number of items per page."""

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Quelques phrases affichées au-dessus de la liste."),
    )
    per_page = models.PositiveSmallIntegerField(
        _("éléments par page"), default=12, help_text=_("Entre 6 et 48 de préférence.")
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("per_page")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


class ExperienceIndexPage(IndexPage):
    subpage_types = ["sheets.ExperienceSheetPage"]

    class Meta:
        verbose_name = _("liste des fiches expériences")


class TechnicalIndexPage(IndexPage):
    subpage_types = ["sheets.TechnicalSheetPage"]

    class Meta:
        verbose_name = _("liste des fiches techniques")


class EventIndexPage(RoutablePageMixin, IndexPage):
    """Upcoming events at its URL, past ones under passes/."""

    subpage_types = ["sheets.EventPage"]

    class Meta:
        verbose_name = _("agenda des rencontres")


class ThemeIndexPage(RoutablePageMixin, IndexPage):
    """All themes, and one page per theme (<slug>/) listing everything on that theme."""

    subpage_types = []

    class Meta:
        verbose_name = _("page des thèmes")


class CommuneIndexPage(RoutablePageMixin, IndexPage):
    """Member communes, and one page per commune (<slug>/) with its sheets and events."""

    subpage_types = []

    class Meta:
        verbose_name = _("page des communes")


class MapPage(IndexPage):
    """The map of initiatives; without JavaScript or tiles it is a list grouped by commune."""

    subpage_types = []

    class Meta:
        verbose_name = _("carte des initiatives")
