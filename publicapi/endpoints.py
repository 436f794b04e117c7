"""The public API's pages endpoint: Wagtail's, narrowed to what every visitor sees.

Live pages without any view restriction (neither theirs nor an ancestor's), whoever asks: the
answer is the same for an anonymous visitor and a signed-in member, so that it can be cached and
never carries reserved content. Only the page types that declare `api_fields` (pages.py), and
only those fields. Read-only (GET), rate limited (throttling.py), French error messages."""

import math

from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from rest_framework import status
from rest_framework.exceptions import Throttled
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError, page_models_from_string
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Page

from . import conf
from .pages import public_page_models, with_related
from .throttling import PublicAPIRateThrottle


class PublicPagesAPIViewSet(PagesAPIViewSet):
    # No sign-in through the API (no session, no Basic auth to guess passwords against):
    # everyone is anonymous here.
    authentication_classes = []
    throttle_classes = [PublicAPIRateThrottle]

    def get_base_queryset(self):
        """Wagtail's live pages of the site, without the restricted ones (whatever the
        request's user or session may open) and only of the public page types."""
        return super().get_base_queryset().public().type(*public_page_models())

    def get_queryset(self):
        requested = self.request.GET.get("type")
        if requested:
            try:
                models = page_models_from_string(requested)
            except (LookupError, ValueError) as error:
                raise BadRequestError(_("type de page inconnu : %s") % requested) from error
            allowed = {Page, *public_page_models()}
            if not set(models) <= allowed:
                raise BadRequestError(_("type de page inconnu : %s") % requested)
        # Every item gives its language (meta.locale): read with it, not one query each.
        queryset = super().get_queryset().select_related("locale")
        if queryset.model is Page:
            return queryset
        return with_related(queryset, self.get_body_fields_names(queryset.model))

    def handle_exception(self, exc):
        if isinstance(exc, Throttled):
            wait = max(1, math.ceil(exc.wait or 1))
            message = ngettext(
                "Trop de requêtes : réessayez dans %(wait)d seconde.",
                "Trop de requêtes : réessayez dans %(wait)d secondes.",
                wait,
            ) % {"wait": wait}
            return Response(
                {"message": message},
                status=status.HTTP_429_TOO_MANY_REQUESTS,
                headers={"Retry-After": str(wait)},
            )
        if isinstance(exc, Http404):
            return Response(
                {"message": _("Aucune page publique ne correspond à cette adresse.")},
                status=status.HTTP_404_NOT_FOUND,
            )
        if isinstance(exc, BadRequestError):
            return Response(
                {"message": _("Requête invalide : %s") % exc},
                status=status.HTTP_400_BAD_REQUEST,
            )
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        """A 200 is the same for everyone: public, kept PUBLIC_API_CACHE_SECONDS by browsers
        and the front cache. Errors are left to the site (reseau/http_cache.py: private)."""
        response = super().finalize_response(request, response, *args, **kwargs)
        if response.status_code == status.HTTP_200_OK:
            seconds = conf.get("PUBLIC_API_CACHE_SECONDS")
            patch_cache_control(response, public=True, max_age=seconds, s_maxage=seconds)
        return response
