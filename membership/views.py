"""/adhesion/: stable addresses for "Adhérer au réseau" (the footer, the sign-in page) and
"Renouveler l'adhésion en ligne" (the member dashboard) that link without reading the page
tree: they send to the join page of the active language (else the French one), or its form."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language

from .pages import JoinPage


def join_page_url(request, subpage=None):
    pages = JoinPage.objects.live().public()
    page = pages.filter(locale__language_code=get_language()).first() or pages.first()
    url = page.get_url(request) if page else None
    if not url:
        raise Http404
    return url + page.reverse_subpage(subpage) if subpage else url


def join(request):
    return redirect(join_page_url(request))


def join_form(request):
    return redirect(join_page_url(request, "form"))
