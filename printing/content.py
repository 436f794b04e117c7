"""What a printed sheet shows: the public parts of an experience or technical sheet only.
Contacts, attachments and the sections other plugins add (some for members) are left out
entirely, headings included: the PDF is one file for every reader."""

import segno
from django.conf import settings

from sheets.models import ExperienceSheetPage, TechnicalSheetPage
from sheets.models.experience_content import ExperienceSheetContent
from sheets.models.taxonomy import main_theme_first

SHEET_MODELS = (ExperienceSheetPage, TechnicalSheetPage)
MAIN_IMAGE = "fill-1200x500"
GALLERY_IMAGE = "fill-800x533"


def qr_code(url):
    """The QR code of `url`, an SVG data: URL that the PDF embeds."""
    return segno.make(url, error="m").svg_data_uri(scale=4, border=2, dark="#123f27")


def site_name():
    """The network's name (Wagtail's WAGTAIL_SITE_NAME), on every page of a PDF."""
    return getattr(settings, "WAGTAIL_SITE_NAME", "")


def sheet_context(page):
    """The print template's context for one sheet (`page`, specific and live)."""
    full_url = page.get_full_url()
    context = {
        "page": page,
        "anchor": f"fiche-{page.pk}",
        "kind": "experience" if isinstance(page, ExperienceSheetPage) else "technical",
        "full_url": full_url,
        "qr_code": qr_code(full_url) if full_url else "",
        "themes": main_theme_first(page.themes.all(), page.main_theme_id),
    }
    if isinstance(page, ExperienceSheetPage):
        content = ExperienceSheetContent(page)
        gallery = list(page.gallery_images.select_related("image"))
        context.update(
            commune=page.commune,
            key_figures=content.key_figures,
            fundings=content.fundings,
            fundings_total=content.fundings_total,
            main_image=page.main_image.get_rendition(MAIN_IMAGE) if page.main_image else None,
            gallery=[(item, item.image.get_rendition(GALLERY_IMAGE)) for item in gallery],
        )
    return context
