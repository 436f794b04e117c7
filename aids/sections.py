"""The directory in the sheets' public pages (sheets.extensions): the aids open on a theme on
its page, and those open on an experience sheet's themes on the sheet ("Aides mobilisables pour
un projet proche"), each with a link to the directory filtered on them."""

from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from core.navigation import site_sections

from .listing import open_aids_on_themes
from .models import AidIndexPage, AidPage


def aid_index(request, locale_id):
    """The live directory page of the language among the home page's sections (read once per
    request, the main menu reads the same list), or None."""
    content_type = ContentType.objects.get_for_model(AidIndexPage)
    sections = site_sections(request, locale_id=locale_id)
    return next((p for p in sections if p.content_type_id == content_type.pk), None)


def section(request, aids, locale_id, slugs, title, anchor, contained=False):
    """The section's template and context (sheets.extensions), or None without aids."""
    if not aids:
        return None
    index = aid_index(request, locale_id)
    query = urlencode([("ouvertes", 1), *(("theme", slug) for slug in slugs)])
    return {
        "template": "aids/includes/aid_section.html",
        "context": {
            "aids": aids,
            "title": title,
            "anchor": anchor,
            "contained": contained,
            "index_url": f"{index.get_url(request)}?{query}" if index else "",
        },
        "order": 20,
    }


def theme_page_aids(request, theme):
    """sheets_theme_page_sections: the aids open on `theme`, soonest closing first."""
    aids = open_aids_on_themes(AidPage, [theme.slug], theme.locale_id)
    return section(
        request, aids, theme.locale_id, [theme.slug], _("Aides ouvertes sur ce thème"), "aides"
    )


def experience_sheet_aids(request, sheet):
    """sheets_experience_page_public_sections: the aids open on the sheet's themes (the same
    for every visitor: rendered in the sheet's cached fragment)."""
    slugs = sorted({theme.slug for theme in sheet.themes.all()})
    aids = open_aids_on_themes(AidPage, slugs, sheet.locale_id)
    return section(
        request,
        aids,
        sheet.locale_id,
        slugs,
        _("Aides mobilisables pour un projet proche"),
        "aides-mobilisables",
        contained=True,
    )
