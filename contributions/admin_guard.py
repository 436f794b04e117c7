"""Two places of Wagtail's admin list pages with no hook to filter them: the page search (every
page a user may explore, and a contributor explores the whole list of sheets) and the admin
API (every page, to any admin user). For a contributor (only), the search goes to the search
within the sheets' list, which the explorer hook filters (visibility); the API answers only the
explorer's hook-filtered lists and the pages they may see."""

from django.http import Http404, HttpResponseForbidden, HttpResponseRedirect
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page

from . import drafts, visibility

SEARCH_VIEWS = {"wagtailadmin_pages:search", "wagtailadmin_pages:search_results"}
API_LISTING = "wagtailadmin_api:pages:listing"
API_DETAIL = "wagtailadmin_api:pages:detail"


def _explorer_search(request):
    index = drafts.experience_index()
    url = reverse("wagtailadmin_explore", args=[index.pk])
    query = request.GET.get("q", "")
    return f"{url}?{urlencode({'q': query, 'search_all': '1'})}" if query else url


class ContributorAdminGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        name = request.resolver_match.view_name if request.resolver_match else ""
        if name not in SEARCH_VIEWS | {API_LISTING, API_DETAIL}:
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not visibility.is_contributor_only(user):
            return None
        if name in SEARCH_VIEWS:
            return HttpResponseRedirect(_explorer_search(request))
        if name == API_LISTING:
            if request.GET.get("for_explorer") and request.GET.get("child_of"):
                return None
            return HttpResponseForbidden()
        if not visibility.visible_to(user, Page.objects.filter(pk=view_kwargs.get("pk"))).exists():
            raise Http404
        return None
