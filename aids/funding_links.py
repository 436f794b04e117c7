"""Links the sheets' free-text funding rows to the directory's aids where the row names both the
aid and its funder, the way an editor would pick them, and lists the rows left to link by hand.

The rule: texts are compared lower-case, without accents, punctuation as spaces. A row matches
an aid when the row's text contains the aid's title as whole words AND its funder's name or
short name as whole words ("ADEME (fonds chaleur)" matches "Fonds chaleur" funded by ADEME).
Only a single matching aid is linked; several are "ambiguous" and left to the facilitator.

Rows are matched on the source sheets (the default language's, or a sheet without one), against
the default language's aids; the same rows of the sheet's translations (same translation_key)
get the same aid, as wagtail-localize's synchronisation would. Each sheet changes through a new
revision of its latest version: published at once if it had no unpublished changes, else kept as
a draft while the live rows are updated in place, so the published page shows the link either
way and the pending draft keeps it too."""

import unicodedata
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from wagtail.models import Locale

from sheets.models import ExperienceFunding, ExperienceSheetPage

from .models import AidPage


def normalise(text):
    """`text` lower-case, without accents, words separated by one space, padded by spaces."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return f" {' '.join(words)} " if words else ""


def contains(haystack, needle):
    """Whether normalised `needle` (non-empty) is a run of whole words of normalised `haystack`."""
    return bool(needle) and needle in haystack


@dataclass
class Candidate:
    aid: AidPage
    title: str
    funder_names: list


@dataclass
class Outcome:
    linked: list = field(default_factory=list)  # (row, aid)
    left: list = field(default_factory=list)  # (row, reason)


def candidates():
    """The default language's aids, with their normalised title and funder names."""
    aids = AidPage.objects.filter(locale=Locale.get_default()).select_related("funder")
    return [
        Candidate(
            aid=aid,
            title=normalise(aid.title),
            funder_names=[
                n for n in (normalise(aid.funder.name), normalise(aid.funder.short_name)) if n
            ],
        )
        for aid in aids.order_by("path")
    ]


def matches(text, all_candidates):
    """The aids whose title and funder row text `text` names."""
    row = normalise(text)
    return [
        c.aid
        for c in all_candidates
        if contains(row, c.title) and any(contains(row, name) for name in c.funder_names)
    ]


def source_rows():
    """The unlinked rows of source sheets, with their sheet."""
    default = Locale.get_default()
    translated_keys = ExperienceSheetPage.objects.filter(locale=default).values("translation_key")
    rows = ExperienceFunding.objects.filter(aid__isnull=True).select_related("page")
    rows = rows.filter(page__locale=default) | rows.exclude(
        page__translation_key__in=translated_keys
    )
    return rows.order_by("page__title", "page_id", "sort_order", "pk")


def plan_links():
    """What linking would do: each unlinked source row either linked to one aid, or left."""
    all_candidates = candidates()
    outcome = Outcome()
    for row in source_rows():
        found = matches(row.funder, all_candidates)
        if len(found) == 1:
            outcome.linked.append((row, found[0]))
        elif found:
            titles = ", ".join(aid.title for aid in found)
            outcome.left.append((row, f"plusieurs aides possibles : {titles}"))
        else:
            outcome.left.append((row, "aucune aide de l'annuaire ne correspond"))
    return outcome


def updates_by_sheet(linked):
    """{sheet pk: {row translation_key: aid pk}} for the rows and their translations' rows."""
    keys = {row.translation_key: aid.pk for row, aid in linked}
    sheet_keys = {row.page.translation_key for row, _aid in linked}
    rows = ExperienceFunding.objects.filter(
        translation_key__in=keys, page__translation_key__in=sheet_keys, aid__isnull=True
    )
    updates = {}
    for page_id, key in rows.values_list("page_id", "translation_key"):
        updates.setdefault(page_id, {})[key] = keys[key]
    return updates


def save_sheet(sheet, links):
    """Sets `links` ({row translation_key: aid pk}) on `sheet` through a new revision."""
    publish = sheet.live and not sheet.has_unpublished_changes
    latest = sheet.get_latest_revision_as_object()
    rows = list(latest.fundings.all())
    for row in rows:
        if row.translation_key in links and row.aid_id is None:
            row.aid_id = links[row.translation_key]
    latest.fundings = rows  # the rows modelcluster saves with the revision
    with transaction.atomic():
        revision = latest.save_revision(log_action=True, clean=False)
        if publish:
            revision.publish()
        else:
            for key, aid_id in links.items():
                sheet.fundings.filter(translation_key=key, aid__isnull=True).update(aid_id=aid_id)


def link_fundings(dry_run=False):
    """Links what the rule finds (unless `dry_run`); returns the Outcome."""
    outcome = plan_links()
    if dry_run or not outcome.linked:
        return outcome
    updates = updates_by_sheet(outcome.linked)
    for sheet in ExperienceSheetPage.objects.filter(pk__in=updates).order_by("pk"):
        save_sheet(sheet, updates[sheet.pk])
    return outcome


def edit_url(sheet):
    """The sheet's edit page in the admin, as an address to open."""
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")
    return base + reverse("wagtailadmin_pages:edit", args=[sheet.pk])
