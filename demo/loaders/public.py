"""The public site's demo content: themes, communes, sections, the directory of aids, experience
and technical sheets, events (the sheets and aids plugins' pages and snippets)."""

import time

from wagtail.models import Locale

from sheets.models import ExperienceSheetPage, TechnicalSheetPage

from .aids import build_aids
from .data import read
from .events import build_events
from .experiences import build_experiences, link_aids
from .indexing import deferred_indexing
from .sections import ensure_index_pages
from .taxonomy import ensure_communes, ensure_themes
from .technical import build_technical


def _anything_missing(pages) -> bool:
    """True when some demo sheet is not there yet (then the indexes are rebuilt at the end)."""
    experience_slugs = {d["slug"] for d in read("experiences")}
    technical_slugs = {d["slug"] for d in read("technical")}
    have_experiences = set(
        ExperienceSheetPage.objects.child_of(pages.experiences).values_list("slug", flat=True)
    )
    have_technical = set(
        TechnicalSheetPage.objects.child_of(pages.technical).values_list("slug", flat=True)
    )
    return bool(experience_slugs - have_experiences or technical_slugs - have_technical)


def build(stdout, home):
    """Everything public under `home`, the French home page."""
    started = time.monotonic()
    locale = Locale.get_default()
    themes = ensure_themes(locale)
    communes = ensure_communes()
    pages = ensure_index_pages(home)
    # Before the sheets: their funding rows point to the aids.
    aids = build_aids(stdout, pages.aids, themes)
    if _anything_missing(pages):
        with deferred_indexing():
            experiences = build_experiences(pages.experiences, themes, communes, aids)
            technical = build_technical(pages.technical, themes, pages.experiences)
            sheets_done = time.monotonic()
            build_events(stdout, pages.events)
            events_done = time.monotonic()
        stdout.write(
            f"Fiches : {sheets_done - started:.1f} s ; rencontres : "
            f"{events_done - sheets_done:.1f} s ; index : {time.monotonic() - events_done:.1f} s."
        )
    else:
        experiences = technical = 0
        build_events(stdout, pages.events)
    linked = link_aids(pages.experiences, aids)
    if linked:
        stdout.write(f"Fiches : {linked} fiches reliées aux aides de l'annuaire.")
    stdout.write(
        f"Fiches : {experiences} fiches expériences et {technical} fiches techniques créées "
        f"({time.monotonic() - started:.1f} s)."
    )
