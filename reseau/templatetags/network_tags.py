"""The network's translated texts (reseau.models.NetworkTexts) for the page's language."""

from django import template
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from reseau.models import NetworkTexts

register = template.Library()


@register.simple_tag(takes_context=True)
def network_texts(context):
    """`{% network_texts as network %}`: the NetworkTexts row in the active language, else in
    the source language; `network.in_language` tells which. Read once per request (the header
    and the footer both show it), kept as `request.network_texts`."""
    request = context.get("request")
    code = get_supported_content_language_variant(translation.get_language())
    texts = getattr(request, "network_texts", None)
    if texts is None or texts.requested_language != code:
        texts = NetworkTexts.for_language(code)
        texts.requested_language = code
        texts.in_language = texts.locale.language_code == code
        if request is not None:
            request.network_texts = texts
    return texts
