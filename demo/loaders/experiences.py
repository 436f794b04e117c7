"""Experience sheets, from experiences.yaml and gallery.yaml, with their drawings and documents;
a funding row names the aid of the directory it came from (`aid`: a slug of aids.yaml).

A sheet is looked up by its slug under the index: only missing ones are created, then linked to
each other and published once every one exists.
"""

import datetime
from decimal import Decimal

from core.translation import other_locales, translate
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
from .files import make_image, make_pdf_document, theme_colour
from .pdfs import resource_pdf
from .text import funding_kind, paragraphs


def financial_tables(data):
    """The funding plan and the cost items of a sheet's financial report, from its fundings."""
    fundings = [f for f in data.get("fundings", []) if f.get("amount")]
    total = sum(int(f["amount"]) for f in fundings) or 100_000
    funding_rows = [
        [
            f["funder"],
            f.get("kind", ""),
            _euros(f["amount"]),
            f"{round(int(f['amount']) * 100 / total)} %",
        ]
        for f in fundings
    ]
    funding_rows.append(["Total", "", _euros(total), "100 %"])
    shares = [("Études préalables", 0.06), ("Maîtrise d'œuvre", 0.09), ("Travaux", 0.8)]
    cost_rows = [[label, _euros(round(total * share))] for label, share in shares]
    cost_rows.append(
        ["Divers et imprévus", _euros(total - sum(round(total * s) for _l, s in shares))]
    )
    tables = [
        {
            "title": "Coûts de l'opération",
            "table": {"header": ["Poste", "Montant HT"], "rows": cost_rows},
        },
        {
            "title": "Plan de financement",
            "table": {
                "header": ["Financeur", "Type d'aide", "Montant", "Part"],
                "rows": funding_rows,
            },
        },
    ]
    quotes = {"total": _euros(total), "operation": data["title"]}
    for n, factor in enumerate((0.8, 0.87, 0.93), start=1):
        quotes[f"q{n}"] = _euros(round(total * factor, -2)).removesuffix(" €")
    return tables, quotes


def _euros(amount):
    return f"{int(amount):,} €".replace(",", "\u202f")


def _attachments_for(index, data, commune, theme_name):
    """A few sheets get documents: a public one every third sheet (slides shown at a meeting),
    a members-only one every fourth (the detailed financial report the communes share with
    members only), laid out as a real document (demo.loaders.pdfs)."""
    attachments = []
    facts = {"slug": data["slug"], "year": data.get("year_end") or data["year_start"]}
    if index % 3 == 0:
        title = f"Présentation du projet – {commune.name}"
        content = resource_pdf(
            {**facts, "title": data["title"], "kind": "presentation", "body": data["summary"]},
            commune.name,
            theme_name,
        )
        document = make_pdf_document(
            title,
            f"presentation-{data['slug']}.pdf",
            content,
            "Diaporama présenté lors d'une rencontre du réseau.",
        )
        attachments.append(ExperienceAttachment(document=document, members_only=False))
    if index % 4 == 1:
        title = f"Bilan financier détaillé – {commune.name}"
        tables, quotes = financial_tables(data)
        content = resource_pdf(
            {**facts, "title": title, "kind": "bilan_financier", "body": ""},
            commune.name,
            theme_name,
            tables=tables,
            extra_values=quotes,
        )
        document = make_pdf_document(
            title,
            f"bilan-financier-{data['slug']}.pdf",
            content,
            "Coûts réels, devis et plan de financement, partagés entre adhérents.",
        )
        attachments.append(
            ExperienceAttachment(
                document=document, title="Bilan financier détaillé et devis", members_only=True
            )
        )
    for position, attachment in enumerate(attachments):
        attachment.sort_order = position
    return attachments


def _gallery(data, position, colour):
    """Every fifth sheet shows a gallery of drawings made for the demo (gallery.yaml), which
    say what they are; no sheet gets a main picture: without a photograph, the site shows its
    main theme's illustration."""
    if position % 5:
        return []
    return [
        ExperienceGalleryImage(
            image=make_image(
                f"{data['slug']}-{n}",
                f"{picture['caption']} – {data['title']}",
                picture["alt"],
                colour=colour,
                size=(900, 600),
            ),
            caption=picture["caption"],
            alt_text=picture["alt"],
            sort_order=n,
        )
        for n, picture in enumerate(read("gallery"))
    ]


def _sheet(data, position, themes, communes, aids):
    """The unsaved page of one sheet, with its rows."""
    commune = communes[data["commune"]]
    sheet_themes = [themes[slug] for slug in data["themes"] if slug in themes]
    colour = theme_colour(sheet_themes[0] if sheet_themes else None)
    contact = data.get("contact") or {}
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
            aid=aids[f["aid"]] if f.get("aid") else None,
            sort_order=k,
        )
        for k, f in enumerate(data.get("fundings", []))
    ]
    page.gallery_images = _gallery(data, position, colour)
    page.attachments = _attachments_for(
        position, data, commune, sheet_themes[0].name if sheet_themes else ""
    )
    return page, sheet_themes


def build_experiences(index_page, themes, communes, aids) -> int:
    """The missing experience sheets under `index_page`, their funding rows linked to `aids`
    (the directory's pages by slug); returns how many were created."""
    existing = set(ExperienceSheetPage.objects.child_of(index_page).values_list("slug", flat=True))
    created = []
    for position, data in enumerate(read("experiences")):
        if data["slug"] in existing:
            continue
        page, sheet_themes = _sheet(data, position, themes, communes, aids)
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


def link_aids(index_page, aids) -> int:
    """Sheets built before the directory of aids existed: each funding row gets the aid the data
    names (a new revision of the sheet, its translations updated); returns how many sheets."""
    wanted = {
        (data["slug"], position): row["aid"]
        for data in read("experiences")
        for position, row in enumerate(data.get("fundings", []))
        if row.get("aid")
    }
    unlinked = ExperienceFunding.objects.filter(
        page__in=ExperienceSheetPage.objects.child_of(index_page), aid=None
    ).values_list("page__slug", "sort_order")
    slugs = {slug for slug, position in unlinked if (slug, position) in wanted}
    for page in ExperienceSheetPage.objects.child_of(index_page).filter(slug__in=slugs):
        rows = list(page.fundings.all())
        for row in rows:
            slug = wanted.get((page.slug, row.sort_order))
            if slug and row.aid_id is None:
                row.aid = aids[slug]
        page.fundings = rows
        page.save_revision().publish()
        for locale in other_locales():
            if page.get_translation_or_none(locale) is not None:
                translate(page, locale)
    return len(slugs)
