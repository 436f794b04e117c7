"""HTML to PDF with WeasyPrint: tagged PDF/UA-1 (structure tree, /Lang from `<html lang>`,
title from `<title>`), files read through the local fetcher only (printing.fetcher)."""

from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML

from .fetcher import LocalFetcher, site_base_url

PDF_OPTIONS = {"pdf_variant": "pdf/ua-1", "pdf_tags": True}


def render_pdf(template, context, language, site):
    """The PDF (bytes) of `template` rendered with `context` in `language`."""
    with translation.override(language):
        html = render_to_string(template, {**context, "language": language})
    base_url = site_base_url(site)
    document = HTML(string=html, base_url=base_url, url_fetcher=LocalFetcher(base_url))
    return document.write_pdf(**PDF_OPTIONS)
