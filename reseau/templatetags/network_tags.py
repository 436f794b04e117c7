"""The network's translated texts (reseau.models.NetworkTexts) for the page's language, and the
footer's links to the pages every French public site must have."""

from django import template
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from core.navigation import site_sections
from reseau.models import NetworkSettings, NetworkTexts

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


@register.simple_tag(takes_context=True)
def legal_links(context):
    """`{% legal_links as links %}`: the legal notice, personal data and accessibility pages
    chosen in the site settings, each in the page's language: its translation among the home
    page's children, which the main menu has already read (core.navigation), else the French
    page. No query of its own: the settings read their pages in the query that reads them."""
    request = context.get("request")
    if request is None:
        return []
    network = NetworkSettings.for_request(request)
    page = context.get("page")
    sections = site_sections(request, page=page if isinstance(page, Page) else None)
    translated = {section.translation_key: section for section in sections}
    links = []
    for field in ("legal_notice_page", "privacy_page", "accessibility_page"):
        chosen = getattr(network, field)
        if chosen is None or not chosen.live:
            continue
        target = translated.get(chosen.translation_key, chosen)
        label = target.title
        if field == "accessibility_page":
            label = _("Accessibilité : %(status)s") % {
                "status": network.get_accessibility_status_display()
            }
        url = target.get_url(request)
        if url:
            links.append({"url": url, "label": label, "kind": field})
    return links
