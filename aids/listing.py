"""What the directory's pages read: the aids a language lists (filtered, sorted by closing date,
paginated), and the live public sheets whose funding rows point to an aid. Each is a fixed
number of queries whatever the number of aids or sheets (core.fallback: an English list also
shows the French aids and sheets not translated yet). The aids' models are passed in:
aids.models imports this module for its pages' context."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, F, OuterRef, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core.fallback import in_language
from sheets.models import ExperienceFunding, ExperienceSheetPage, Theme
from sheets.models.taxonomy import card_themes

from .filters import AidFilterForm

PER_PAGE = 12
SECTION_AIDS = 5
IGNORED = _("Certains filtres n'ont pas été compris et ont été ignorés.")


def by_closing_date(aids):
    """Soonest closing date first, aids without one last, then by title."""
    return aids.order_by(F("closes_on").asc(nulls_last=True), "title", "pk")


def live_public():
    """Live, public pages. Wagtail reads the view restrictions each time .public() is called:
    a page calls this once, and narrows it to aids and to sheets (pk__in)."""
    return Page.objects.live().public()


def listed_aids(aid_model, locale_id, visible, themes=True):
    """The aids among `visible` (live_public()) a list in `locale_id` shows (core.fallback),
    with what a card shows: the funder (a join), the number of projects (a subquery) and,
    unless `themes` is False, the themes (one prefetch)."""
    aids = aid_model.objects.filter(pk__in=visible.values("pk"))
    aids = with_network_counts(in_language(aids, locale_id), locale_id, visible)
    aids = aids.select_related("funder")
    return aids.prefetch_related(card_themes()) if themes else aids


def visible_sheets(locale_id, visible):
    """The experience sheets among `visible` a page in `locale_id` names (core.fallback)."""
    sheets = ExperienceSheetPage.objects.filter(pk__in=visible.values("pk"))
    return in_language(sheets, locale_id)


def with_network_counts(aids, locale_id, visible):
    """`aids` annotated with `network_count`: how many sheets among `visible` (projects, in the
    page's language) have a funding row pointing to the aid, a subquery of the same query.
    Rows point to the source's aid page (synchronised across translations): matched by
    translation key."""
    rows = (
        ExperienceFunding.objects.filter(
            aid__translation_key=OuterRef("translation_key"),
            page_id__in=visible_sheets(locale_id, visible).values("pk"),
        )
        .order_by()
        .values("aid__translation_key")
        .annotate(n=Count("page_id", distinct=True))
        .values("n")
    )
    return aids.annotate(network_count=Coalesce(Subquery(rows), 0))


def obtained_by(aid):
    """The live public sheets (in the aid page's language, core.fallback) with a funding row
    pointing to `aid`, by title, each with `aid_amount` (the sum of those rows' amounts, None
    when none is given): one query."""
    if not aid.pk:
        return []
    rows = ExperienceFunding.objects.filter(aid__translation_key=aid.translation_key)
    amounts = (
        rows.filter(page_id=OuterRef("pk"))
        .order_by()
        .values("page_id")
        .annotate(total=Sum("amount"))
        .values("total")
    )
    sheets = (
        visible_sheets(aid.locale_id, live_public())
        .filter(pk__in=rows.values("page_id"))
        .select_related("commune")
        .defer_streamfields()
        .annotate(aid_amount=Subquery(amounts))
        .order_by("title", "pk")
    )
    return list(sheets)


def open_aids_on_themes(aid_model, theme_slugs, locale_id, limit=SECTION_AIDS):
    """A few aids open today on any of `theme_slugs`, in `locale_id` (core.fallback), soonest
    closing first, with their number of projects, without their themes (the theme page's and
    the sheet's section): one query, and Wagtail's read of the view restrictions."""
    if not theme_slugs:
        return []
    on_themes = aid_model.objects.filter(themes__slug__in=theme_slugs).values("pk")
    aids = listed_aids(aid_model, locale_id, live_public(), themes=False)
    return list(
        by_closing_date(aids.open_on(timezone.localdate()).filter(pk__in=on_themes))[:limit]
    )


def querystring(form):
    """The filters' query string without `page`, for the pagination's links."""
    pairs = []
    for name, value in form.values.items():
        if value in (None, False, [], ""):
            continue
        values = value if isinstance(value, list) else [1 if value is True else value]
        pairs += [(name, item) for item in values]
    return urlencode(pairs)


def index_context(page, request, aid_model, funder_model, kinds):
    """The directory's context: the filter form (its choices in the page's language), the page
    of aids (soonest closing first) with their number of projects, the count, and the message
    when a filter was ignored."""
    themes = list(Theme.objects.filter(locale_id=page.locale_id).order_by("sort_order", "name"))
    funders = list(funder_model.objects.filter(locale_id=page.locale_id))
    form = AidFilterForm(request.GET, themes=themes, funders=funders, kinds=kinds)
    on = timezone.localdate()
    visible = live_public()
    aids = by_closing_date(form.apply(listed_aids(aid_model, page.locale_id, visible), on))
    paginator = Paginator(aids, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    page_obj.object_list = list(page_obj.object_list)
    return {
        "filter_form": form,
        "filters_ignored": IGNORED if form.ignored or form.errors else "",
        "page_obj": page_obj,
        "paginator": paginator,
        "aids": page_obj.object_list,
        "aid_count": paginator.count,
        "is_filtered": form.is_filtered,
        "querystring": querystring(form),
        "today": on,
    }
