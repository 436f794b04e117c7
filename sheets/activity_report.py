"""The public content's part of the yearly activity report (the activity plugin's hooks): the
experience sheets, technical sheets and events first published in the year, counted in the
site's default language so that a translation is not counted twice. One query each."""

from django.conf import settings
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page

from .models import EventPage, ExperienceSheetPage, TechnicalSheetPage

COUNTED = {
    "experience_sheets": ExperienceSheetPage,
    "technical_sheets": TechnicalSheetPage,
    "events": EventPage,
}


def of_type(model):
    """The pages of `model` (read from the page's content type, without a query for it)."""
    opts = model._meta
    return Q(content_type__app_label=opts.app_label, content_type__model=opts.model_name)


def counted_pages():
    """The pages of the kinds counted, in the default language."""
    kinds = Q()
    for model in COUNTED.values():
        kinds |= of_type(model)
    return Page.objects.filter(kinds, locale__language_code=settings.LANGUAGE_CODE)


def figures(year):
    """{"experience_sheets", "technical_sheets", "events"}: first published in `year`."""
    counts = {key: Count("pk", filter=of_type(model)) for key, model in COUNTED.items()}
    return counted_pages().filter(first_published_at__year=year).aggregate(**counts)


def first_year():
    """The year of the first publication, or of the earliest event if it started before."""
    found = counted_pages().aggregate(
        published=Min("first_published_at"), event=Min("eventpage__start")
    )
    dates = [timezone.localtime(value) for value in found.values() if value is not None]
    return min(dates).year if dates else None


def section(year):
    counted = figures(year)
    return {
        "key": "publications",
        "title": _("Publications"),
        "order": 30,
        "figures": [
            {"label": _("Fiches expérience publiées"), "value": counted["experience_sheets"]},
            {"label": _("Fiches techniques publiées"), "value": counted["technical_sheets"]},
            {"label": _("Rendez-vous annoncés dans l'agenda"), "value": counted["events"]},
        ],
        "note": _(
            "Les pages publiées pour la première fois dans l'année, dans la langue principale "
            "du site : leurs traductions ne sont pas comptées à part."
        ),
    }
