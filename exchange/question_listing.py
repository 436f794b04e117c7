"""The members' list of questions: filters (theme, answered or not, mine), a search inside
the questions through Wagtail's search backend (database or Elasticsearch alike), and one
page of rows with their answer counts, in a constant number of queries."""

import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Prefetch, Q, When
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from wagtail.search.backends import get_search_backend

from members_area import permissions
from sheets.models import Theme

from . import conf
from .forms import default_locale_themes
from .models import Answer, Question
from .question_access import visible_questions

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
# A search keeps its best matches: enough for any member's reading, bounded for the database.
MAX_SEARCH_RESULTS = 200
STATUSES = {
    "sans-reponse": _("Sans réponse"),
    "avec-reponse": _("Avec au moins une réponse"),
}


def visible_answers():
    return Q(answers__hidden_at__isnull=True)


def with_listing_data(questions):
    """Questions with what a row shows: the commune, the themes' names, the number of visible
    answers and whether one was validated by the network (two queries for a page)."""
    validated = Answer.objects.filter(
        question=OuterRef("pk"), validated_at__isnull=False, hidden_at__isnull=True
    )
    return (
        questions.select_related("organisation")
        .defer("body", "context")
        .annotate(
            answer_count=Count("answers", filter=visible_answers()),
            has_validated=Exists(validated),
        )
        .prefetch_related(
            Prefetch("themes", queryset=Theme.objects.only("name", "slug"), to_attr="listed_themes")
        )
    )


def search_ids(user, query):
    """The ids of the questions matching `query`, best first: the backend searches the titles,
    texts and answers of the questions this user may search (never hidden ones, except for
    staff)."""
    searchable = (
        Question.objects.all() if permissions.is_staff(user) else Question.objects.visible()
    ).only("pk")
    for name in search_backend_names():
        try:
            results = get_search_backend(name).search(query, searchable, order_by_relevance=True)
            return [question.pk for question in results[:MAX_SEARCH_RESULTS]]
        except Exception:  # noqa: BLE001 - a search engine down degrades, it never fails the page
            logger.warning("The question search failed on the %r backend", name, exc_info=True)
    # No backend answered: the titles that hold the words, latest first.
    words = Q()
    for word in query.split()[:10]:
        words &= Q(title__icontains=word)
    return list(searchable.filter(words).values_list("pk", flat=True)[:MAX_SEARCH_RESULTS])


def search_backend_names():
    """The configured backend, then the database one that the site keeps beside Elasticsearch
    (written on every save), if it has one."""
    names = ["default"]
    if "database" in getattr(settings, "WAGTAILSEARCH_BACKENDS", {}):
        names.append("database")
    return names


def chosen_filters(request):
    """The filters the member chose, cleaned: unknown values are ignored."""
    params = request.GET
    themes = {theme.slug: theme for theme in default_locale_themes().only("name", "slug")}
    theme = params.get("theme", "")
    status = params.get("statut", "")
    return {
        "q": " ".join(params.get("q", "")[:MAX_QUERY_LENGTH].split()),
        "theme": theme if theme in themes else "",
        "status": status if status in STATUSES else "",
        "mine": params.get("miennes") == "1",
        "themes": list(themes.values()),
    }


def filtered(user, chosen):
    """The questions the member may see, narrowed by the filters: latest activity first (or best
    match first for a search). Explicit: Django leaves Meta.ordering out of grouped queries."""
    questions = visible_questions(user).order_by("-last_activity_at", "-pk")
    if chosen["theme"]:
        questions = questions.filter(
            pk__in=Question.themes.through.objects.filter(theme__slug=chosen["theme"]).values(
                "question_id"
            )
        )
    if chosen["status"]:
        has_answer = Exists(Answer.objects.filter(question=OuterRef("pk"), hidden_at__isnull=True))
        questions = questions.filter(
            has_answer if chosen["status"] == "avec-reponse" else ~has_answer
        )
    if chosen["mine"]:
        mine = Q(author_id=user.pk)
        profile = permissions.member_profile(user)
        if profile is not None:
            mine |= Q(organisation_id=profile.organisation_id)
        questions = questions.filter(mine)
    if chosen["q"]:
        ids = search_ids(user, chosen["q"])
        rank = Case(
            *[When(pk=pk, then=position) for position, pk in enumerate(ids)],
            output_field=IntegerField(),
        )
        questions = questions.filter(pk__in=ids)
        if ids:
            questions = questions.annotate(rank=rank).order_by("rank")
    return questions


def question_listing(request):
    chosen = chosen_filters(request)
    questions = with_listing_data(filtered(request.user, chosen))
    paginator = Paginator(questions, conf.get("EXCHANGE_PER_PAGE"))
    page = paginator.get_page(request.GET.get("page"))
    kept = QueryDict(mutable=True)
    for key, value in (
        ("q", chosen["q"]),
        ("theme", chosen["theme"]),
        ("statut", chosen["status"]),
        ("miennes", "1" if chosen["mine"] else ""),
    ):
        if value:
            kept[key] = value
    return {
        "questions_page": page,
        "page_links": list(paginator.get_elided_page_range(page.number)),
        "query": kept.urlencode(),
        "chosen": chosen,
        "statuses": list(STATUSES.items()),
        "is_filtered": bool(kept),
    }
