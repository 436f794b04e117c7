from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from reseau.cache import remember
from reseau.models import BasePage
from reseau.navigation import site_sections
from reseau.routing import find_site
from sheets.visibility import live_public, public


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

    LATEST_SHEETS = 6
    UPCOMING_EVENTS = 3

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self._sections(request))
        context["figures"] = self.live_figures(request)
        return context

    def _sections(self, request):
        """Themes, latest sheets, upcoming events and the links to the index pages."""
        from sheets.agenda import for_listing, upcoming_q
        from sheets.models import (
            EventIndexPage,
            EventPage,
            ExperienceIndexPage,
            ExperienceSheetPage,
            MapPage,
            TechnicalIndexPage,
            Theme,
            ThemeIndexPage,
        )
        from sheets.models.index import theme_counts
        from sheets.models.taxonomy import attach_themes

        themes = list(Theme.objects.filter(locale=self.locale_id))
        counts = theme_counts(self.locale_id)["experience"]  # shared with the theme pages
        for theme in themes:
            theme.sheet_count = counts.get(theme.pk, 0)
        latest = list(
            ExperienceSheetPage.for_listing(
                live_public(ExperienceSheetPage)
                .filter(locale=self.locale_id)
                .order_by("-first_published_at", "-pk"),
                themes=False,
            )[: self.LATEST_SHEETS]
        )
        upcoming = list(
            for_listing(
                live_public(EventPage)
                .filter(locale=self.locale_id)
                .filter(upcoming_q())
                .order_by("start", "pk"),
                themes=False,
            )[: self.UPCOMING_EVENTS]
        )
        attach_themes([*latest, *upcoming])  # the cards' themes, one query per kind
        types = ContentType.objects.get_for_models(
            ExperienceIndexPage, TechnicalIndexPage, EventIndexPage, ThemeIndexPage, MapPage
        )
        by_type = {ct.pk: model for model, ct in types.items()}
        links = {}
        # The same list as the main menu's, read once for both (reseau.navigation).
        for child in site_sections(request, self.locale_id, page=self):
            model = by_type.get(child.content_type_id)
            if model is not None and model not in links:
                links[model] = child
        return {
            "themes": list(themes),
            "latest_sheets": latest,
            "upcoming_events": upcoming,
            "experience_index": links.get(ExperienceIndexPage),
            "technical_index": links.get(TechnicalIndexPage),
            "event_index": links.get(EventIndexPage),
            "theme_index": links.get(ThemeIndexPage),
            "map_page": links.get(MapPage),
        }

    def live_figures(self, request):
        """The network in three figures, computed from the data, kept until the next editorial
        change (they count the whole network: tens of milliseconds at national scale)."""
        site = find_site(request)
        return remember(
            f"home-figures:{site.pk if site else 0}:{self.locale_id}",
            lambda: self._count_figures(request),
        )

    def _count_figures(self, request):
        """Member collectivités, events held since the network was created, experience sheets
        published. One query, which also reads the network settings the footer shows."""
        from members_area.models import MemberOrganisation
        from reseau.models import NetworkSettings
        from sheets.agenda import past_q
        from sheets.models import Commune, EventPage, ExperienceSheetPage
        from sheets.models.taxonomy import count_subquery

        def count(queryset):
            return Coalesce(count_subquery(queryset), 0)

        # Before the member list is entered: the communes that share experiences or host.
        # (An index probe per commune, not a scan of every sheet.)
        communes = Commune.objects.filter(
            Exists(ExperienceSheetPage.objects.filter(commune=OuterRef("pk"), live=True))
            | Exists(EventPage.objects.filter(host_commune=OuterRef("pk"), live=True))
        )
        figures = {
            "member_count": count(MemberOrganisation.objects.active()),
            "commune_count": count(communes),
            "event_count": count(
                # Meetings held are a fact about the network, whatever the language they were
                # written up in: counted in the source language.
                live_public(EventPage)
                .filter(locale__language_code=settings.LANGUAGE_CODE)
                .filter(start__year__gte=OuterRef("created_year"))
                .filter(past_q(timezone.now()))
            ),
            # Counted on the page table alone (its type, not a join with every sheet's row).
            "sheet_count": count(
                public(Page.objects.live()).filter(
                    locale=self.locale_id,
                    content_type=ContentType.objects.get_for_model(ExperienceSheetPage),
                )
            ),
        }
        network = _network_settings_with(request, figures)
        if network is None:  # no settings row yet: Wagtail creates it
            network = NetworkSettings.for_request(request)
            network = _network_settings_with(request, figures)
        return {
            "member_count": network.member_count or network.commune_count,
            "event_count": network.event_count,
            "sheet_count": network.sheet_count,
            "created_year": network.created_year,
        }


def _network_settings_with(request, annotations):
    """The site's NetworkSettings row with `annotations`, kept on the request as
    `NetworkSettings.for_request` does, so the footer does not read it again."""
    from reseau.models import NetworkSettings

    site = find_site(request)
    network = NetworkSettings.objects.filter(site=site).annotate(**annotations).first()
    if network is not None:
        network._request = request
        setattr(request, NetworkSettings.get_cache_attr_name(), network)
    return network
