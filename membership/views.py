"""/adhesion/: a stable address for "Adhérer au réseau" that the footer and the sign-in page
can link to without reading the page tree: it sends to the join page of the active language
(else the French one)."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language

from .pages import JoinPage


def join(request):
    pages = JoinPage.objects.live().public()
    page = pages.filter(locale__language_code=get_language()).first() or pages.first()
    url = page.get_url(request) if page else None
    if not url:
        raise Http404
    return redirect(url)
