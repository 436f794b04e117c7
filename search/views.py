from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
    page = Paginator(results, 20).get_page(request.GET.get("page"))
    return render(request, "search/search.html", {"query": query, "results": page})


def autocomplete(request):
    from django.http import JsonResponse

    query = request.GET.get("q", "").strip()[:100]
    suggestions = []
    if len(query) >= 2:
        pages = (
            Page.objects.live().public().filter(locale=Locale.get_active()).autocomplete(query)[:8]
        )
        suggestions = [{"title": p.title, "url": p.get_url(request)} for p in pages]
    return JsonResponse({"query": query, "suggestions": suggestions})
