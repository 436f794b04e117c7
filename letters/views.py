"""/lettre/ leads to the letter's archive in the active language (else the first one live), so
that the site's footer can link to it without knowing the page tree."""

from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import get_language

from .models import LetterIndexPage


def archive(request):
    archives = LetterIndexPage.objects.live().public()
    page = archives.filter(locale__language_code=get_language()).first() or archives.first()
    url = page.get_url(request) if page else None
    if not url:
        raise Http404
    return redirect(url)
