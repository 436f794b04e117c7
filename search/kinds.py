"""The kinds of item the search page covers: three page types of `sheets`, the FAQ's entries, the
aids of the directory and the members' resources, with their labels, content types and theme
links. The exchange's
questions and answers are members-only: never a kind of the public search."""

from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from aids.models import AidPage
from faq.models import FaqEntryPage
from members_area.models import Resource
from sheets.models import EventPage, ExperienceSheetPage, TechnicalSheetPage

KIND_LABELS = {
    "experience": _("Fiche expérience"),
    "technique": _("Fiche technique"),
    "evenement": _("Rencontre"),
    "faq": _("Question fréquente"),
    "aide": _("Aide ou accompagnement"),
    "ressource": _("Ressource réservée"),
}
PAGE_KINDS = {
    "experience": ExperienceSheetPage,
    "technique": TechnicalSheetPage,
    "evenement": EventPage,
    "faq": FaqEntryPage,
    "aide": AidPage,
}
# Page kinds as Page's reverse one-to-one names (multi-table inheritance), with their theme links
# (the through model and its column naming the page).
PAGE_CHILDREN = {
    "experience": (
        "experiencesheetpage",
        ExperienceSheetPage.themes.through,
        "experiencesheetpage_id",
    ),
    "technique": ("technicalsheetpage", TechnicalSheetPage.themes.through, "technicalsheetpage_id"),
    "evenement": ("eventpage", EventPage.themes.through, "eventpage_id"),
    "faq": ("faqentrypage", FaqEntryPage.themes.through, "faqentrypage_id"),
    "aide": ("aidpage", AidPage.themes.through, "aidpage_id"),
}
RESOURCE_THEMES = (Resource.themes.through, "resource_id")
# The key of resources where pages have their content type id (the "type" facet, the hits).
RESOURCE_TYPE_KEY = -1


def kind_by_content_type():
    """{content type id: kind}; ContentType's own cache answers after the first request."""
    found = ContentType.objects.get_for_models(*PAGE_KINDS.values())
    return {found[model].pk: kind for kind, model in PAGE_KINDS.items()}


def kind_by_key():
    """{content type id, or RESOURCE_TYPE_KEY: kind}."""
    return {**kind_by_content_type(), RESOURCE_TYPE_KEY: "ressource"}


def kind_of(page):
    """The kind of a specific page."""
    for kind, model in PAGE_KINDS.items():
        if isinstance(page, model):
            return kind
    return "experience"
