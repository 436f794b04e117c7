"""Subscribing (double opt-in), managing preferences and unsubscribing (placeholders until the
subscription pages land)."""

from django.http import Http404


def subscribe(request):
    raise Http404


def confirm(request, token):
    raise Http404


def manage(request, token):
    raise Http404


def unsubscribe(request, token):
    raise Http404


def mine(request):
    raise Http404
