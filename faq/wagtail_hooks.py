"""The FAQ in the sheets' public pages: a theme's page shows a few of its FAQ entries
(sheets.extensions), with a link to the FAQ filtered on that theme."""

from django.contrib.contenttypes.models import ContentType
from wagtail import hooks

from core.navigation import site_sections

from .listing import theme_section_entries
from .models import FaqEntryPage, FaqIndexPage


def faq_index(request, locale_id):
    """The live FAQ page of the language among the home page's sections (read once per
    request, the main menu reads the same list), or None."""
    content_type = ContentType.objects.get_for_model(FaqIndexPage)
    sections = site_sections(request, locale_id=locale_id)
    return next((p for p in sections if p.content_type_id == content_type.pk), None)


@hooks.register("sheets_theme_page_sections")
def theme_page_faq(request, theme):
    entries = theme_section_entries(FaqEntryPage, theme)
    if not entries:
        return None
    index = faq_index(request, theme.locale_id)
    return {
        "template": "faq/includes/theme_section.html",
        "context": {
            "entries": entries,
            "index_url": f"{index.get_url(request)}?theme={theme.slug}" if index else "",
        },
        "order": 10,
    }
