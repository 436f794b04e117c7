"""The links to the PDFs, in the sections the sheets plugin offers (sheets.extensions)."""

from django.urls import reverse
from wagtail import hooks


def sheet_link(request, page):
    """On an experience or technical sheet: "Télécharger la fiche en PDF"."""
    return {
        "template": "printing/includes/sheet_link.html",
        "context": {"url": reverse("printing:sheet", kwargs={"page_id": page.pk})},
        "order": -10,
    }


@hooks.register("sheets_theme_page_sections")
def theme_booklet_link(request, theme):
    """On a theme's page, when it has sheets: the booklet of its sheets."""
    count = getattr(theme, "experience_count", 0) + getattr(theme, "technical_count", 0)
    if not count:
        return None
    return {
        "template": "printing/includes/booklet_link.html",
        "context": {
            "url": reverse("printing:booklet", kwargs={"theme_id": theme.pk}),
            "theme": theme,
        },
        "order": -10,
    }


hooks.register("sheets_experience_page_sections", sheet_link)
hooks.register("sheets_technical_page_sections", sheet_link)
