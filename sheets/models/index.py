"""Listing pages: where the public browses sheets and events by theme, commune, status, year."""

from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.fallback import in_language, is_source_language
from core.models import BasePage
from core.navigation import site_sections
from core.text import plain_text
from sheets import conf
from sheets.extensions import page_sections
from sheets.filters import (
    ChoiceFilter,
    CommuneFilter,
    ThemeFilter,
    YearFilter,
    YearRangeFilter,
    filter_listing,
)
from sheets.similar_communes import comparable_communes

from .event import EventKind, EventPage, past_q, upcoming_q
from .experience import ExperienceSheetPage, ExperienceStatus
from .taxonomy import Commune, Theme, attach_themes, count_links
from .technical import TechnicalSheetPage

RECENT_EVENTS = 6
THEME_PAGE_SHEETS = 12
UPCOMING_EVENTS = 6


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
    # The site says under which page type its sections go (its home page): SHEETS_SECTION_PARENTS.
    api_fields = ["intro"]  # the public API (publicapi/)
    parent_page_types = conf.get("SHEETS_SECTION_PARENTS")
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def content_description(self):
        return plain_text(self.intro)


def listed(model, index):
    """The live, public pages of `model` that `index` lists: its children in the source
    language; in another, the pages of that language and the source-language ones not translated
    into it (core.fallback), which live under the source-language index page."""
    pages = model.objects.live().public()
    if is_source_language():
        return pages.child_of(index)
    return in_language(pages, index.locale_id)


class ExperienceIndexPage(IndexPage):
    subpage_types = ["sheets.ExperienceSheetPage"]

    class Meta:
        verbose_name = _("liste des fiches expériences")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sheets = listed(ExperienceSheetPage, self)
        listing = filter_listing(
            request,
            sheets.order_by("-year_start", "title"),
            [
                ThemeFilter(locale=self.locale_id),
                CommuneFilter(),
                ChoiceFilter(
                    "status",
                    _("État d'avancement"),
                    ExperienceStatus.choices,
                    all_label=_("Tous les états"),
                ),
                YearRangeFilter(),
            ],
            per_page=self.per_page,
        )
        listing.page_obj.object_list = list(
            ExperienceSheetPage.for_listing(listing.page_obj.object_list)
        )
        context["listing"] = listing
        return context


class TechnicalIndexPage(IndexPage):
    subpage_types = ["sheets.TechnicalSheetPage"]

    class Meta:
        verbose_name = _("liste des fiches techniques")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        sheets = listed(TechnicalSheetPage, self).order_by("title")
        listing = filter_listing(
            request, sheets, [ThemeFilter(locale=self.locale_id)], per_page=self.per_page
        )
        listing.page_obj.object_list = list(
            TechnicalSheetPage.for_listing(listing.page_obj.object_list)
        )
        context["listing"] = listing
        return context


class EventIndexPage(RoutablePageMixin, IndexPage):
    """Upcoming events at its URL, past ones under passes/."""

    subpage_types = ["sheets.EventPage"]

    class Meta:
        verbose_name = _("agenda des rencontres")

    @path("", name="upcoming_events")
    def upcoming_events(self, request):
        return self.render_listing(request, past=False)

    @path("passes/", name="past_events")
    def past_events(self, request):
        return self.render_listing(request, past=True)

    def listing_filters(self):
        return [
            ThemeFilter(locale=self.locale_id),
            CommuneFilter("host_commune"),
            ChoiceFilter("kind", _("Type de rendez-vous"), EventKind.choices, all_label=_("Tous")),
            YearFilter("start"),
        ]

    def render_listing(self, request, *, past: bool):
        """The upcoming (soonest first) or past (latest first) events under this page, filtered
        by theme, commune, kind and year from the query string, paginated."""
        events = listed(EventPage, self)
        if past:
            events = events.filter(past_q()).order_by("-start", "-pk")
        else:
            events = events.filter(upcoming_q()).order_by("start", "pk")
        listing = filter_listing(
            request,
            EventPage.for_listing(events),
            self.listing_filters(),
            per_page=self.per_page,
        )
        base_url = self.get_url(request)
        return self.render(
            request,
            template="sheets/event_index_page.html",
            context_overrides={
                "listing": listing,
                "events": listing.items,
                "showing_past": past,
                "upcoming_url": base_url,
                "past_url": base_url + self.reverse_subpage("past_events"),
            },
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if urls:
            past = dict(urls[0], location=urls[0]["location"] + self.reverse_subpage("past_events"))
            urls.append(past)
        return urls


def _section(request, page, model):
    """The index page of `model` among the home page's sections, read once per request."""
    return next((p for p in site_sections(request, page=page) if p.specific_class is model), None)


def _live(model, locale, visible):
    """The pages of `model` in `locale` (and the untranslated source-language ones: see
    core.fallback) among `visible` (the request's live, public pages)."""
    return in_language(model.objects.filter(pk__in=visible.values("pk")), locale)


THEME_COUNT_KINDS = ("experience", "technical", "event")


def theme_counts(locale_id, visible=None, **where):
    """{kind: {theme slug: live, public pages of that kind in that language}} for every theme,
    in one query (see count_links, for `visible`); `where` narrows it (`theme__slug="eau"`).
    Keyed by slug, the same in every language: an untranslated French sheet listed on the
    English site links to the French theme."""
    specs = {
        "experience": (ExperienceSheetPage.themes.through, "experiencesheetpage", "theme__slug"),
        "technical": (TechnicalSheetPage.themes.through, "technicalsheetpage", "theme__slug"),
        "event": (EventPage.themes.through, "eventpage", "theme__slug"),
    }
    return count_links(locale_id, specs, visible, **where)


def _add_theme_counts(page, themes, visible=None, **where):
    """Sets `<kind>_count` on each theme (see theme_counts)."""
    counts = theme_counts(page.locale_id, visible, **where)
    for theme in themes:
        for kind in THEME_COUNT_KINDS:
            setattr(theme, f"{kind}_count", counts[kind].get(theme.slug, 0))


def _events(queryset):
    """Upcoming events (soonest first) and recent past ones (latest first), without their
    themes: the caller reads them with its other cards' (attach_themes)."""
    now = timezone.now()
    queryset = queryset.select_related("host_commune")
    upcoming = list(queryset.filter(upcoming_q(now)).order_by("start", "pk")[:UPCOMING_EVENTS])
    recent = list(queryset.filter(past_q(now)).order_by("-start", "-pk")[:RECENT_EVENTS])
    return upcoming, recent


class ThemeIndexPage(RoutablePageMixin, IndexPage):
    """All themes, and one page per theme (<slug>/) listing everything on that theme."""

    subpage_types = []

    class Meta:
        verbose_name = _("page des thèmes")

    def get_template(self, request, *args, **kwargs):
        if getattr(request, "theme", None) is not None:
            return "sheets/theme_page.html"
        return super().get_template(request, *args, **kwargs)

    @path("")
    def theme_list(self, request):
        themes = list(Theme.objects.filter(locale=self.locale_id))
        _add_theme_counts(self, themes)
        return self.render(request, context_overrides={"themes": themes})

    @re_path(r"^(?P<slug>[-a-zA-Z0-9_]+)/$")
    def theme_detail(self, request, slug):
        # The lists show the latest few and link to the filtered index pages, so a theme with
        # thousands of sheets renders as fast as one with ten; the totals are the theme counts
        # the theme index shows.
        theme = Theme.objects.filter(locale=self.locale_id, slug=slug).first()
        if theme is None:
            raise Http404
        request.theme = theme
        # Wagtail reads the view restrictions each time .public() is called: once here.
        visible = Page.objects.live().public()
        _add_theme_counts(self, [theme], visible, theme__slug=theme.slug)
        experiences = list(
            ExperienceSheetPage.for_listing(
                _live(ExperienceSheetPage, self.locale_id, visible)
                .filter(themes__slug=theme.slug)
                .order_by("-year_start", "title")[:THEME_PAGE_SHEETS],
                themes=False,
            )
        )
        technical = list(
            TechnicalSheetPage.for_listing(
                _live(TechnicalSheetPage, self.locale_id, visible)
                .filter(themes__slug=theme.slug)
                .order_by("title")[:THEME_PAGE_SHEETS],
                themes=False,
            )
        )
        upcoming, recent = _events(
            _live(EventPage, self.locale_id, visible).filter(themes__slug=theme.slug)
        )
        attach_themes([*experiences, *technical, *upcoming, *recent])  # one query per kind
        return self.render(
            request,
            template="sheets/theme_page.html",
            context_overrides={
                "theme": theme,
                "experiences": experiences,
                "technical_sheets": technical,
                "upcoming_events": upcoming,
                "recent_events": recent,
                "experience_index": _section(request, self, ExperienceIndexPage),
                "technical_index": _section(request, self, TechnicalIndexPage)
                if theme.technical_count > THEME_PAGE_SHEETS
                else None,
                # Sections other plugins add (sheets.extensions), e.g. the FAQ's entries.
                "extra_sections": page_sections("sheets_theme_page_sections", request, theme),
            },
        )


def _by_epci(communes):
    """[(intercommunality, its communes)], alphabetical, the communes without one last."""
    groups = {}
    for commune in communes:
        groups.setdefault(commune.epci or "", []).append(commune)
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0]))


class CommuneIndexPage(RoutablePageMixin, IndexPage):
    """The communes of Mayenne, and one page per commune (<slug>/) with its official facts,
    its sheets, the events it hosted and the communes like it."""

    subpage_types = []

    class Meta:
        verbose_name = _("page des communes")

    @path("")
    def commune_list(self, request):
        """The communes with sheets or events, by intercommunality, then every other commune of
        Mayenne (links only), so that each commune's page is reachable."""
        counts = count_links(
            self.locale_id,
            {
                "sheet": (ExperienceSheetPage, "", "commune_id"),
                "event": (EventPage, "", "host_commune_id"),
            },
        )
        communes, others = [], []
        for commune in Commune.objects.order_by("name"):
            commune.sheet_count = counts["sheet"].get(commune.pk, 0)
            commune.event_count = counts["event"].get(commune.pk, 0)
            (communes if commune.sheet_count or commune.event_count else others).append(commune)
        return self.render(
            request,
            context_overrides={
                "communes": communes,
                "epci_groups": _by_epci(communes),
                "other_communes": others,
                "other_epci_groups": _by_epci(others),
            },
        )

    @re_path(r"^(?P<slug>[-a-zA-Z0-9_]+)/$")
    def commune_detail(self, request, slug):
        commune = Commune.objects.filter(slug=slug).first()
        if commune is None:
            raise Http404
        visible = Page.objects.live().public()  # the view restrictions, read once
        experiences = list(
            ExperienceSheetPage.for_listing(
                _live(ExperienceSheetPage, self.locale_id, visible)
                .filter(commune=commune)
                .order_by("-year_start", "title"),
                themes=False,
            )
        )
        upcoming, recent = _events(
            _live(EventPage, self.locale_id, visible).filter(host_commune=commune)
        )
        attach_themes([*experiences, *upcoming, *recent])
        comparables = comparable_communes(
            commune, _live(ExperienceSheetPage, self.locale_id, visible)
        )
        return self.render(
            request,
            template="sheets/commune_page.html",
            context_overrides={
                "commune": commune,
                "comparables": comparables,
                "experiences": experiences,
                "upcoming_events": upcoming,
                "recent_events": recent,
                # Parts other plugins add (sheets.extensions), e.g. its member organisation.
                "extra_sections": page_sections("sheets_commune_page_sections", request, commune),
            },
        )
