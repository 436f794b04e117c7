"""Reserved resources, from resources.yaml: generated files (PDFs of a few pages laid out by
demo.loaders.pdfs; DOCX and ODT of the body), themes, links to public pages, grants, and a few
downloads.

Skipped when every resource exists; otherwise only the missing ones are created.
"""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Locale

from members_area import access
from members_area.factories import DownloadLogFactory, ResourceFactory
from members_area.models import Resource
from sheets.models import Commune, EventPage, ExperienceSheetPage, Theme

from .data import read
from .pdfs import resource_pdf


def _related_sheets(resource_data, sheets_by_commune):
    """Up to two public sheets of the same commune sharing a theme with the resource."""
    themes = set(resource_data["themes"])
    candidates = sheets_by_commune.get(resource_data["commune"], [])
    return [sheet for sheet, sheet_themes in candidates if themes & sheet_themes][:2]


def _sheets_by_commune(locale):
    sheets = {}
    for sheet in (
        ExperienceSheetPage.objects.filter(locale=locale)
        .select_related("commune")
        .prefetch_related("themes")
    ):
        sheets.setdefault(sheet.commune.insee_code, []).append(
            (sheet, {t.slug for t in sheet.themes.all()})
        )
    return sheets


def _grant(resource, grants, organisations, groups, users):
    if grants.get("all_members"):
        access.set_open_to_all(resource, True)
    for slug in grants.get("organisations", []):
        access.grant(resource, organisations[slug].group)
    for slug in grants.get("working_groups", []):
        access.grant(resource, groups[slug].group)
    for email in grants.get("users", []):
        access.grant(resource, users[email.lower()])


def build_resources(organisations, groups, users, stdout):
    """The missing resources; returns how many were created."""
    resources = read("resources")
    if Resource.objects.filter(slug__in=[r["slug"] for r in resources]).count() == len(resources):
        return 0
    locale = Locale.get_default()
    themes = {t.slug: t for t in Theme.objects.filter(locale=locale)}
    communes = {c.insee_code: c for c in Commune.objects.all()}
    events = {e.title: e for e in EventPage.objects.filter(locale=locale)}
    sheets_by_commune = _sheets_by_commune(locale)
    existing = set(Resource.objects.values_list("slug", flat=True))
    readers = list(users.values())
    created = 0
    for position, data in enumerate(resources):
        if data["slug"] in existing:
            continue
        commune = communes.get(data.get("commune") or "")
        resource_themes = [themes[slug] for slug in data["themes"] if slug in themes]
        extra = {}
        if data["file_format"] == "pdf":  # a few laid-out pages rather than the body alone
            content = resource_pdf(
                data,
                commune.name if commune else "",
                resource_themes[0].name if resource_themes else "",
            )
            extra["file"] = ContentFile(content, name=f"{data['slug']}.pdf")
        resource = ResourceFactory(
            title=data["title"],
            slug=data["slug"],
            kind=data["kind"],
            year=data.get("year"),
            description=data.get("description", ""),
            commune=commune,
            body=data["body"],
            file_format=data["file_format"],
            themes=resource_themes,
            **extra,
        )
        if data.get("event") and data["event"] in events:
            resource.related_events.add(events[data["event"]])
        related = _related_sheets(data, sheets_by_commune)
        if related:
            resource.related_sheets.add(*related)
        _grant(resource, data["access"], organisations, groups, users)
        # Spread the "added on" dates over the last months, newest last in the data.
        added = timezone.now() - datetime.timedelta(days=(len(resources) - position) * 3)
        Resource.objects.filter(pk=resource.pk).update(created_at=added)
        if data["access"].get("all_members") and position % 4 == 0:
            for reader in readers[position % 7 :: 23][:3]:
                DownloadLogFactory(resource=resource, user=reader)
        created += 1
    stdout.write(f"  Espace adhérents : {created} ressources réservées créées.")
    return created
