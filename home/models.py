"""The home page: what the network is, its themes, latest sheets and events, its figures."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.fallback import in_language
from core.models import BasePage
from core.navigation import site_sections
from core.text import plain_text
from members_area.models import MemberOrganisation
from sheets.models import (
    Commune,
    EventIndexPage,
    EventPage,
    ExperienceIndexPage,
    ExperienceSheetPage,
    MapPage,
    TechnicalIndexPage,
    Theme,
    ThemeIndexPage,
)
from sheets.models.event import past_q, upcoming_q
from sheets.models.taxonomy import attach_themes, count_subquery

# The home page's description when its introduction is empty.
DEFAULT_DESCRIPTION = _(
    "Le réseau des collectivités mayennaises engagées vers le développement durable : les "
    "expériences des communes, des fiches techniques et les rencontres du réseau."
)


class HomePage(BasePage):
    """The site root of each language: what the network is, its themes, latest sheets, events."""

    intro = RichTextField(
        _("présentation du réseau"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Quelques phrases qui disent ce qu'est le réseau et à qui il s'adresse."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    api_fields = ["intro"]  # the public API (publicapi/)
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "sheets.ExperienceIndexPage",
        "sheets.TechnicalIndexPage",
        "sheets.EventIndexPage",
        "sheets.ThemeIndexPage",
        "sheets.CommuneIndexPage",
        "sheets.MapPage",
        "faq.FaqIndexPage",
        "aids.AidIndexPage",
        "letters.LetterIndexPage",
        "home.LegalPage",
        "membership.JoinPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d'accueil")

    LATEST_SHEETS = 6
    UPCOMING_EVENTS = 3

    def content_description(self):
        return plain_text(self.intro) or str(DEFAULT_DESCRIPTION)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Wagtail reads the view restrictions each time .public() is called: once here, and
        # every listing of the page filters on these pages (a subquery).
        visible = Page.objects.live().public()
        events = EventPage.objects.filter(pk__in=visible.values("pk"))
        context.update(self._sections(request, events, visible))
        context["figures"] = self.live_figures(events, visible)
        return context

    def _sections(self, request, events, visible):
        """Themes, latest sheets, upcoming events and the links to the index pages."""
        # Each theme's visible sheets in this language (with the untranslated French ones the
        # lists show: core.fallback), counted as the theme pages count them, by the theme's slug
        # (sheets.models.index.theme_counts), in the query that reads the themes.
        links = ExperienceSheetPage.themes.through.objects.filter(
            theme__slug=OuterRef("slug"),
            experiencesheetpage__in=in_language(visible, self.locale_id),
        )
        themes = list(
            Theme.objects.filter(locale=self.locale_id).annotate(
                sheet_count=Coalesce(count_subquery(links), 0)
            )
        )
        latest = list(
            ExperienceSheetPage.for_listing(
                in_language(
                    ExperienceSheetPage.objects.filter(pk__in=visible.values("pk")), self.locale_id
                ).order_by("-first_published_at", "-pk"),
                themes=False,
            )[: self.LATEST_SHEETS]
        )
        upcoming = list(
            EventPage.for_listing(
                in_language(events, self.locale_id).filter(upcoming_q()).order_by("start", "pk"),
                themes=False,
            )[: self.UPCOMING_EVENTS]
        )
        attach_themes([*latest, *upcoming])  # the cards' themes, one query per kind
        types = ContentType.objects.get_for_models(
            ExperienceIndexPage, TechnicalIndexPage, EventIndexPage, ThemeIndexPage, MapPage
        )
        by_type = {ct.pk: model for model, ct in types.items()}
        links = {}
        # The same list as the main menu's, read once for both (core.navigation).
        for child in site_sections(request, page=self):
            model = by_type.get(child.content_type_id)
            if model is not None and model not in links:
                links[model] = child
        return {
            "themes": themes,
            "latest_sheets": latest,
            "upcoming_events": upcoming,
            "experience_index": links.get(ExperienceIndexPage),
            "technical_index": links.get(TechnicalIndexPage),
            "event_index": links.get(EventIndexPage),
            "theme_index": links.get(ThemeIndexPage),
            "map_page": links.get(MapPage),
        }

    def live_figures(self, events, visible):
        """The network in figures, computed from the data, each saying what it counts: the
        member collectivités whose membership is current (communes and intercommunalités, counted
        apart), the communes that published a sheet or hosted an event (what the figure says
        before the member list is entered), experience sheets published among `visible` (live,
        public pages in this language and the French ones its lists show; one query), and
        meetings held per year among `events` (one query; the template adds up those since the
        network's creation year, a site setting)."""

        def count(queryset):
            return Coalesce(count_subquery(queryset), 0)

        # An index probe per commune, not a scan of every sheet.
        communes = Commune.objects.filter(
            Exists(ExperienceSheetPage.objects.filter(commune=OuterRef("pk"), live=True))
            | Exists(EventPage.objects.filter(host_commune=OuterRef("pk"), live=True))
        )
        members = MemberOrganisation.objects.active()
        figures = (
            Page.objects.filter(pk=self.pk)
            .annotate(
                member_count=count(members),
                member_epci_count=count(members.filter(kind=MemberOrganisation.Kind.EPCI)),
                commune_count=count(communes),
                # Counted on the page table alone (its type, not a join with every sheet's row).
                sheet_count=count(
                    in_language(
                        visible.filter(
                            content_type=ContentType.objects.get_for_model(ExperienceSheetPage)
                        ),
                        self.locale_id,
                    )
                ),
            )
            .values("member_count", "member_epci_count", "commune_count", "sheet_count")
            .first()
        )
        # Meetings held are a fact about the network, whatever the language they were written
        # up in: counted in the source language.
        held = (
            events.filter(locale__language_code=settings.LANGUAGE_CODE)
            .filter(past_q(timezone.now()))
            .values_list("start__year")
            .annotate(n=Count("pk"))
            .order_by()
        )
        return {
            "member_count": figures["member_count"],
            "member_commune_count": figures["member_count"] - figures["member_epci_count"],
            "member_epci_count": figures["member_epci_count"],
            "commune_count": figures["commune_count"],
            "sheet_count": figures["sheet_count"],
            "events_by_year": dict(held),
        }


class LegalPage(BasePage):
    """A plain page of text under the home page: the legal notice, the personal data policy and
    the accessibility statement a French public site must publish, linked from every footer
    through the site settings (Paramètres > Réseau et contact)."""

    body = RichTextField(
        _("texte"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_(
            "Le texte de la page. Utilisez les intertitres (H2, H3) pour découper le texte en "
            "parties : ils servent de sommaire aux lecteurs d'écran."
        ),
    )
    updated_on = models.DateField(
        _("mis à jour le"),
        null=True,
        blank=True,
        help_text=_("La date de la dernière révision du texte, affichée en bas de la page."),
    )

    content_panels = [*BasePage.content_panels, FieldPanel("body"), FieldPanel("updated_on")]

    api_fields = ["body", "updated_on"]  # the public API (publicapi/)
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("page simple (mentions légales, données, accessibilité)")
        verbose_name_plural = _("pages simples")

    def content_description(self):
        return plain_text(self.body)[:300]
