"""What Wagtail's admin cannot be told through a hook, for a contributor (only):
- the page search (every page a user may explore, and a contributor explores the whole list of
  sheets) goes to the search within the sheets' list, which the explorer hook filters
  (visibility); the admin API answers only the explorer's hook-filtered lists and the pages
  they may see;
- once their organisation's membership has lapsed, the whole admin is closed to them: their
  Wagtail groups follow the contributor box, not the membership's end date, which passes
  without anything being saved."""

from django.http import Http404, HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import urlencode
from wagtail.models import Page

from members_area import permissions

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
        if not request.path.startswith(reverse("wagtailadmin_home")):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or not visibility.is_contributor_only(user):
            return None
        name = request.resolver_match.view_name if request.resolver_match else ""
        if permissions.contributing_organisation(user) is None and name != "wagtailadmin_logout":
            organisation = permissions.member_profile(user).organisation
            context = {"organisation": organisation}
            return render(request, "contributions/admin_closed.html", context, status=403)
        if name not in SEARCH_VIEWS | {API_LISTING, API_DETAIL}:
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
