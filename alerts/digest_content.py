"""What one digest holds: for a subscriber and a window (since, until], the items first published
in it, per kind of content they follow, in their language, narrowed to their themes, communes
and intercommunalities, and only what the site would show them, asked at send time.

- Pages (sheets, events, aids, FAQ entries): the live pages outside any private section
  (Wagtail's `.live().public()`, what every list of the site shows, to members as to visitors),
  in the subscriber's language; a page not translated into it comes in the source language
  (core.fallback, as the site's English lists do). A page is new when the first page of its
  translation key was first published in the window: a translation published later is not news
  again. Items show public fields only (title, commune, themes, date): never a members-only part.
- Reserved documents: members_area.permissions.viewable_resources (their grants today).
- Questions: exchange.question_access, for active members only (as the exchange's gates).

Themes are chosen as source-language rows and matched through their translation key; communes
and intercommunalities narrow the kinds that have a place (sheets: commune, events: host
commune, documents: commune of origin), the others (technical sheets, aids, FAQ, questions)
follow the themes only; no theme, place or kind chosen means all. A fixed number of queries
per digest, whatever the number of items."""

from dataclasses import dataclass, field

from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, Q, Subquery, Window
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from aids.models import AidIndexPage, AidPage
from core.fallback import in_language
from exchange import question_access
from exchange.models import Question
from faq.models import FaqEntryPage, FaqIndexPage
from members_area import permissions
from members_area.emails import absolute_url
from members_area.models import Resource
from sheets.models import (
    EventIndexPage,
    EventPage,
    ExperienceIndexPage,
    ExperienceSheetPage,
    TechnicalIndexPage,
    TechnicalSheetPage,
)
from sheets.models.event import upcoming_q
from sheets.models.taxonomy import card_themes

from . import conf
from .models import ContentKind


@dataclass
class Item:
    """One line of a digest: public fields only."""

    title: str
    url: str
    date: object  # publication date, or the event's start
    place: str = ""
    themes: list = field(default_factory=list)


@dataclass
class Section:
    """The items of one kind, at most ALERTS_ITEMS_PER_KIND of `total`, and where to see all."""

    kind: str
    items: list
    total: int
    more_url: str = ""

    @property
    def label(self):
        return ContentKind(self.kind).label

    @property
    def more(self):
        return self.total - len(self.items)


@dataclass
class DigestContent:
    sections: list

    @property
    def total(self):
        return sum(section.total for section in self.sections)

    def __bool__(self):
        return bool(self.sections)

    def counts(self):
        """{kind: number of new items}, for the command's report."""
        return {section.kind: section.total for section in self.sections}


@dataclass(frozen=True)
class PageKind:
    """A kind of content that is a page: its model, its list page, and the field naming its
    commune (None when it has no place)."""

    model: type
    index: type
    place: str | None = None


PAGE_KINDS = {
    ContentKind.EXPERIENCE: PageKind(ExperienceSheetPage, ExperienceIndexPage, "commune"),
    ContentKind.TECHNICAL: PageKind(TechnicalSheetPage, TechnicalIndexPage),
    ContentKind.EVENT: PageKind(EventPage, EventIndexPage, "host_commune"),
    ContentKind.AID: PageKind(AidPage, AidIndexPage),
    ContentKind.FAQ: PageKind(FaqEntryPage, FaqIndexPage),
}


@dataclass
class Filters:
    """What the subscriber chose, read once per digest (two queries)."""

    kinds: list
    theme_keys: list
    communes: list
    epcis: list

    @classmethod
    def of(cls, subscriber):
        chosen = set(subscriber.kinds or [])
        kinds = [kind for kind in ContentKind if kind in chosen] or list(ContentKind)
        return cls(
            kinds=kinds,
            theme_keys=list(subscriber.themes.values_list("translation_key", flat=True)),
            communes=list(subscriber.communes.values_list("pk", flat=True)),
            epcis=[epci for epci in subscriber.epcis or [] if epci],
        )

    def narrow(self, queryset, model, place):
        """`queryset` kept to the chosen themes and, for a kind with a place, communes."""
        if self.theme_keys:
            on_themes = model._default_manager.filter(themes__translation_key__in=self.theme_keys)
            queryset = queryset.filter(pk__in=on_themes.values("pk"))
        if place and (self.communes or self.epcis):
            where = Q()
            if self.communes:
                where |= Q(**{f"{place}_id__in": self.communes})
            if self.epcis:
                where |= Q(**{f"{place}__epci__in": self.epcis})
            queryset = queryset.filter(where)
        return queryset


def first_published():
    """When the first page of a page's translation key was first published (any language)."""
    pages = Page.objects.filter(
        translation_key=OuterRef("translation_key"), first_published_at__isnull=False
    )
    return Subquery(pages.order_by("first_published_at").values("first_published_at")[:1])


def _limited(queryset, ordering):
    """The first ALERTS_ITEMS_PER_KIND rows, each carrying the total (one query)."""
    counted = queryset.annotate(total=Window(Count("pk"))).order_by(*ordering)
    return list(counted[: conf.get("ALERTS_ITEMS_PER_KIND")])


def _names(themes):
    return [theme.name for theme in themes]


def page_section(kind, spec, context):
    pages = spec.model.objects.filter(pk__in=context.visible.values("pk"))
    pages = in_language(pages, context.locale.pk)
    pages = pages.annotate(first_seen=first_published()).filter(
        first_seen__gt=context.since, first_seen__lte=context.until
    )
    if kind == ContentKind.EVENT:
        pages = pages.filter(upcoming_q(context.now), is_cancelled=False)
        ordering = ["start", "pk"]
    else:
        ordering = ["-first_seen", "-pk"]
    if kind == ContentKind.AID:
        pages = pages.not_expired(timezone.localdate(context.now))
    pages = context.filters.narrow(pages, spec.model, spec.place)
    if spec.place:
        pages = pages.select_related(spec.place)
    rows = _limited(pages.prefetch_related(card_themes()), ordering)
    items = []
    for page in rows:
        commune = getattr(page, spec.place) if spec.place else None
        items.append(
            Item(
                title=page.title,
                url=page.get_full_url() or absolute_url(page.url or "/"),
                date=page.start if kind == ContentKind.EVENT else page.first_seen,
                place=commune.name if commune else "",
                themes=_names(page.themes.all()),
            )
        )
    return items, (rows[0].total if rows else 0)


def resource_section(context):
    resources = permissions.viewable_resources(context.user).filter(
        created_at__gt=context.since, created_at__lte=context.until
    )
    resources = context.filters.narrow(resources, Resource, "commune")
    resources = resources.select_related("commune").prefetch_related(card_themes())
    rows = _limited(resources, ["-created_at", "-pk"])
    items = [
        Item(
            title=resource.title,
            url=absolute_url(resource.get_absolute_url()),
            date=resource.created_at,
            place=resource.commune.name if resource.commune else "",
            themes=_names(resource.themes.all()),
        )
        for resource in rows
    ]
    return items, (rows[0].total if rows else 0)


def question_section(context):
    if not permissions.is_active_member(context.user):
        return [], 0
    questions = question_access.visible_questions(context.user).filter(
        created_at__gt=context.since, created_at__lte=context.until
    )
    questions = context.filters.narrow(questions, Question, None)
    questions = questions.select_related("organisation").prefetch_related(card_themes())
    rows = _limited(questions, ["-created_at", "-pk"])
    items = [
        Item(
            title=question.title,
            url=absolute_url(question.get_absolute_url()),
            date=question.created_at,
            place=question.organisation.name if question.organisation else "",
            themes=_names(question.themes.all()),
        )
        for question in rows
    ]
    return items, (rows[0].total if rows else 0)


def list_urls(context):
    """The list page of each kind of page in the subscriber's language (else the source one),
    and the members' lists: the "see more" links (one query)."""
    models = [spec.index for spec in PAGE_KINDS.values()]
    types = ContentType.objects.get_for_models(*models)
    kind_of_type = {types[spec.index].pk: kind for kind, spec in PAGE_KINDS.items()}
    indexes = Page.objects.filter(
        pk__in=context.visible.values("pk"), content_type__in=list(types.values())
    )
    indexes = in_language(indexes, context.locale.pk).order_by("depth", "path")
    urls = {}
    for index in indexes:
        kind = kind_of_type[index.content_type_id]
        if kind not in urls or index.locale_id == context.locale.pk:
            urls[kind] = index.get_full_url() or absolute_url(index.url or "/")
    urls[ContentKind.RESOURCE] = absolute_url(reverse("members_area:resources"))
    urls[ContentKind.QUESTION] = absolute_url(reverse("exchange:questions"))
    return urls


@dataclass
class Context:
    subscriber: object
    since: object
    until: object
    now: object
    filters: Filters
    locale: object
    user: object
    visible: object


def _locale(language):
    return Locale.objects.filter(language_code=language).first() or Locale.get_default()


def build(subscriber, since, until, now=None):
    """The digest of what was first published in (since, until] for `subscriber`, as the site
    shows it to them now (their account's access today; visitors: the public). A window with
    no start holds nothing (never "everything ever published")."""
    with translation.override(subscriber.language):
        context = Context(
            subscriber=subscriber,
            since=since or until,
            until=until,
            now=now or timezone.now(),
            filters=Filters.of(subscriber),
            locale=_locale(subscriber.language),
            user=subscriber.user or AnonymousUser(),
            # Wagtail reads the view restrictions each time .public() is called: once here.
            visible=Page.objects.live().public(),
        )
        sections = []
        for kind in context.filters.kinds:
            if kind in PAGE_KINDS:
                items, total = page_section(kind, PAGE_KINDS[kind], context)
            elif kind == ContentKind.RESOURCE:
                items, total = resource_section(context)
            else:
                items, total = question_section(context)
            if items:
                sections.append(Section(kind, items, total))
        if sections:
            urls = list_urls(context)
            for section in sections:
                section.more_url = urls.get(section.kind, "")
    return DigestContent(sections)
