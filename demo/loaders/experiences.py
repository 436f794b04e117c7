"""Experience sheets, from experiences.yaml and gallery.yaml, with their pictures and documents.

A sheet is looked up by its slug under the index: only missing ones are created, then linked to
each other and published once every one exists.
"""

import datetime
from decimal import Decimal

from sheets import factories
from sheets.models import (
    ExperienceAttachment,
    ExperienceFunding,
    ExperienceGalleryImage,
    ExperienceKeyFigure,
    ExperienceRelatedSheet,
    ExperienceSheetPage,
)

from .data import read
from .files import make_document, make_image, theme_colour
from .text import funding_kind, paragraphs, wrap


def _attachments_for(index, data, commune):
    """A few sheets get documents: a public one every third sheet, a members-only one every
    fourth (the detailed budget or tender documents the communes share with members only)."""
    attachments = []
    if index % 3 == 0:
        title = f"Présentation du projet – {commune.name}"
        attachments.append(
            ExperienceAttachment(
                document=make_document(
                    title,
                    f"presentation-{data['slug']}.pdf",
                    [data["title"], "", *wrap(data["summary"])],
                    "Diaporama présenté lors d'une rencontre du réseau.",
                ),
                members_only=False,
            )
        )
    if index % 4 == 1:
        title = f"Bilan financier détaillé – {commune.name}"
        lines = [data["title"], "", "Plan de financement :"]
        lines += [f"- {f['funder']} : {f['amount']} EUR" for f in data.get("fundings", [])]
        attachments.append(
            ExperienceAttachment(
                document=make_document(
                    title,
                    f"bilan-financier-{data['slug']}.pdf",
                    lines,
                    "Coûts réels, devis et plan de financement, partagés entre adhérents.",
                ),
                title="Bilan financier détaillé et devis",
                members_only=True,
            )
        )
    for position, attachment in enumerate(attachments):
        attachment.sort_order = position
    return attachments


def _gallery(data, position, commune, colour, credit):
    """One to three pictures, in gallery.yaml's order, depending on the sheet's position."""
    return [
        ExperienceGalleryImage(
            image=make_image(
                f"{data['slug']}-{n}",
                f"{picture['caption']} – {data['title']}",
                picture["alt"],
                colour=colour,
                credit=credit,
                size=(900, 600),
            ),
            caption=picture["caption"],
            alt_text=f"{picture['alt']} ({commune.name})",
            sort_order=n,
        )
        for n, picture in enumerate(read("gallery")[: 1 + position % 3])
    ]


def _sheet(data, position, themes, communes):
    """The unsaved page of one sheet, with its rows."""
    commune = communes[data["commune"]]
    sheet_themes = [themes[slug] for slug in data["themes"] if slug in themes]
    colour = theme_colour(sheet_themes[0] if sheet_themes else None)
    contact = data.get("contact") or {}
    credit = f"Mairie de {commune.name}"
    page = factories.ExperienceSheetPageFactory.build(
        title=data["title"],
        slug=data["slug"],
        commune=commune,
        main_theme=sheet_themes[0] if sheet_themes else None,
        status=data["status"],
        year_start=data["year_start"],
        year_end=data.get("year_end"),
        summary=data["summary"],
        context=paragraphs(data.get("context", "")),
        approach=paragraphs(data.get("approach", "")),
        results=paragraphs(data.get("results", "")),
        costs=paragraphs(data.get("costs", "")),
        difficulties=paragraphs(data.get("difficulties", "")),
        advice=paragraphs(data.get("advice", "")),
        contact_name=contact.get("name", ""),
        contact_role=contact.get("role", ""),
        contact_function=contact.get("function", ""),
        contact_email=contact.get("email", ""),
        contact_phone=contact.get("phone", ""),
        last_reviewed=(
            datetime.date.fromisoformat(data["last_reviewed"])
            if data.get("last_reviewed")
            else None
        ),
        main_image=make_image(
            data["slug"],
            f"{data['title']} – {commune.name}",
            f"Illustration de l'expérience « {data['title']} » à {commune.name}",
            colour=colour,
            credit=credit,
        ),
    )
    page.key_figures = [
        ExperienceKeyFigure(
            value=str(f["value"]), unit=f.get("unit", ""), label=f["label"], sort_order=k
        )
        for k, f in enumerate(data.get("key_figures", []))
    ]
    page.fundings = [
        ExperienceFunding(
            funder=f["funder"],
            amount=Decimal(str(f["amount"])) if f.get("amount") is not None else None,
            kind=funding_kind(f.get("kind", ""), f["funder"]),
            sort_order=k,
        )
        for k, f in enumerate(data.get("fundings", []))
    ]
    page.gallery_images = _gallery(data, position, commune, colour, credit)
    page.attachments = _attachments_for(position, data, commune)
    return page, sheet_themes


def build_experiences(index_page, themes, communes) -> int:
    """The missing experience sheets under `index_page`; returns how many were created."""
    existing = set(ExperienceSheetPage.objects.child_of(index_page).values_list("slug", flat=True))
    created = []
    for position, data in enumerate(read("experiences")):
        if data["slug"] in existing:
            continue
        page, sheet_themes = _sheet(data, position, themes, communes)
        index_page.add_child(instance=page)
        page.themes.set(sheet_themes)
        created.append((page, data))

    # Second pass, once every sheet exists: the links between sheets, then one revision each.
    by_slug = {
        p.slug: p for p in ExperienceSheetPage.objects.child_of(index_page).only("pk", "slug")
    }
    for page, data in created:
        page.related_sheets = [
            ExperienceRelatedSheet(related_id=by_slug[slug].pk)
            for slug in data.get("related", [])
            if slug in by_slug and slug != page.slug
        ]
        page.save_revision().publish()
    return len(created)
