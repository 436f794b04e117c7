"""Demo content of the public site: themes, communes, index pages, sheets, images, documents.

Called by `manage.py load_demo` (reseau's composition root). Idempotent: everything is looked up
by a natural key (theme slug, INSEE code, page slug under its index) and only what is missing is
created, so a second run creates nothing. Offline: pictures are drawn with Pillow and PDFs are
written by hand. The prose lives in `sheets/demo_data/` (plain data, edited apart from code).

Events are built by `sheets.demo_events.build_events(stdout, event_index)` when that module
exists.
"""

from __future__ import annotations

import datetime
import importlib
import time
import unicodedata
from contextlib import contextmanager
from decimal import Decimal
from types import SimpleNamespace

from django.core.files.base import ContentFile
from django.db.models.signals import post_save
from django.utils.html import escape
from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from core.factories import ImageFactory, generated_picture
from home.setup import ensure_home_page
from reseau.models import CustomDocument
from sheets import factories, models

# Menu order serves visitors: what communes did first, then where and on which subject, then
# know-how and the agenda.
INDEX_PAGES = [
    (
        "experiences",
        factories.ExperienceIndexPageFactory,
        {
            "title": "Fiches expériences",
            "slug": "fiches-experiences",
            "intro": (
                "<p>Ce que les communes du réseau ont réalisé, raconté par leurs élus et leurs "
                "techniciens : le contexte, la démarche, les chiffres, les financements et les "
                "conseils pour se lancer à son tour.</p>"
            ),
        },
    ),
    (
        "map",
        factories.MapPageFactory,
        {
            "title": "Carte",
            "slug": "carte",
            "seo_title": "Carte des initiatives",
            "intro": (
                "<p>Les expériences des communes du réseau sur la carte de la Mayenne. Sans "
                "carte, la liste ci-dessous donne les mêmes fiches, commune par commune.</p>"
            ),
        },
    ),
    (
        "themes",
        factories.ThemeIndexPageFactory,
        {
            "title": "Thèmes",
            "slug": "themes",
            "intro": (
                "<p>Économies d'eau, énergie, mobilité, alimentation… Choisissez un thème pour "
                "retrouver les expériences, les fiches techniques et les rencontres qui s'y "
                "rapportent.</p>"
            ),
        },
    ),
    (
        "communes",
        factories.CommuneIndexPageFactory,
        {
            "title": "Communes",
            "slug": "communes",
            "intro": (
                "<p>Les collectivités de Mayenne qui partagent leurs expériences, regroupées par "
                "intercommunalité.</p>"
            ),
        },
    ),
    (
        "technical",
        factories.TechnicalIndexPageFactory,
        {
            "title": "Fiches techniques",
            "slug": "fiches-techniques",
            "intro": (
                "<p>Les savoir-faire utiles à toutes les communes : réglementation, méthode, "
                "points de vigilance et retours d'expérience, rédigés avec les partenaires du "
                "réseau.</p>"
            ),
        },
    ),
    (
        "events",
        factories.EventIndexPageFactory,
        {
            "title": "Rencontres",
            "slug": "rencontres",
            "intro": (
                "<p>Depuis 2010, le réseau organise ses rencontres avec une collectivité "
                "partenaire qui témoigne et fait visiter ses réalisations. Elles sont ouvertes "
                "aux élus, aux agents et aux membres des conseils de développement.</p>"
            ),
        },
    ),
]

GALLERY_CAPTIONS = [
    ("Le site avant les travaux", "Vue du site avant le projet, photographie d'illustration"),
    ("Le chantier en cours", "Le chantier en cours de réalisation, photographie d'illustration"),
    (
        "Visite des élus du réseau",
        "Élus et techniciens du réseau en visite sur le site, photographie d'illustration",
    ),
]


def paragraphs(text: str) -> str:
    """Plain text (paragraphs separated by blank lines) as escaped rich text."""
    if not text:
        return ""
    parts = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>".replace("\n", "<br/>") for p in parts)


def _plain(value: str) -> str:
    normalized = unicodedata.normalize("NFKD", value or "")
    return "".join(c for c in normalized if not unicodedata.combining(c)).lower()


def funding_kind(kind: str, funder: str = "") -> str:
    """The data's free-text kind of aid ("DETR", "fonds européens (LEADER)"…) as a FundingKind."""
    text = _plain(kind)
    funder_text = _plain(funder)
    if text.startswith("pret"):
        return models.FundingKind.LOAN
    if "certificat" in text or text == "cee":
        return models.FundingKind.ENERGY_CERTIFICATES
    if "europ" in text or "leader" in text or "feder" in text:
        return models.FundingKind.EUROPEAN
    if any(word in text for word in ("detr", "dsil", "fonds vert", "dotation", "etat")):
        return models.FundingKind.STATE
    if "autofinancement" in text:
        return models.FundingKind.SELF
    if "subvention" in text:
        if "feder" in funder_text or "leader" in funder_text:
            return models.FundingKind.EUROPEAN
        return models.FundingKind.GRANT
    return models.FundingKind.OTHER


def _data(module_name, attribute, default=()):
    try:
        module = importlib.import_module(f"sheets.demo_data.{module_name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"sheets.demo_data.{module_name}":
            raise
        return list(default)
    return list(getattr(module, attribute))


# --- reference data -------------------------------------------------------------------------


def ensure_themes(locale) -> dict:
    themes = {}
    for order, data in enumerate(_data("themes", "THEMES")):
        theme, created = models.Theme.objects.get_or_create(
            slug=data["slug"],
            locale=locale,
            defaults={
                "name": data["name"],
                "description": data.get("description", ""),
                "icon": data.get("icon", ""),
                "colour": data.get("colour", "#1f6f43"),
                "sort_order": order,
            },
        )
        themes[theme.slug] = theme
    return themes


def ensure_communes() -> dict:
    communes = {}
    for data in _data("communes", "COMMUNES"):
        commune, _ = models.Commune.objects.get_or_create(
            insee_code=data["insee_code"],
            defaults={
                "name": data["name"],
                "slug": data["slug"],
                "postal_code": data["postal_code"],
                "population": data.get("population"),
                "epci": data.get("epci", ""),
                "latitude": Decimal(str(data["latitude"])),
                "longitude": Decimal(str(data["longitude"])),
            },
        )
        communes[commune.insee_code] = commune
        communes[commune.slug] = commune
    return communes


def ensure_index_pages(home) -> SimpleNamespace:
    pages = {}
    for key, factory, fields in INDEX_PAGES:
        model = factory._meta.model
        page = model.objects.child_of(home).first()
        if page is None:
            page = factory(parent=home, show_in_menus=True, **fields)
            page.save_revision().publish()
        pages[key] = page
    return SimpleNamespace(**pages)


# --- files ----------------------------------------------------------------------------------


def _pdf_text(value: str) -> str:
    encoded = value.encode("cp1252", "replace").decode("latin-1")
    return encoded.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A small, valid one-page PDF (Helvetica, WinAnsi) written by hand: no dependency."""
    text = ["BT", "/F1 16 Tf", "56 780 Td", f"({_pdf_text(title)}) Tj", "/F1 11 Tf", "0 -28 Td"]
    for line in lines:
        text += [f"({_pdf_text(line)}) Tj", "0 -16 Td"]
    text.append("ET")
    stream = "\n".join(text).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return bytes(out)


def make_document(title, filename, lines, description=""):
    content = pdf_bytes(title, lines)
    document = CustomDocument(title=title, description=description, file_size=len(content))
    document.file.save(filename, ContentFile(content), save=False)
    document.save()
    return document


def make_image(seed, title, description, colour=(31, 111, 67), credit="", size=(1200, 800)):
    return ImageFactory(
        title=title,
        description=description,
        file=generated_picture(seed, width=size[0], height=size[1], colour=colour),
        credit=credit,
    )


def _colour(theme):
    value = (theme.colour if theme else "#1f6f43").lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


# --- experience sheets ----------------------------------------------------------------------


def _attachments_for(index, data, commune):
    """A few sheets get documents: a public one every third sheet, a members-only one every
    fourth (the detailed budget or tender documents the communes share with members only)."""
    attachments = []
    if index % 3 == 0:
        title = f"Présentation du projet – {commune.name}"
        attachments.append(
            models.ExperienceAttachment(
                document=make_document(
                    title,
                    f"presentation-{data['slug']}.pdf",
                    [data["title"], "", *_wrap(data["summary"])],
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
            models.ExperienceAttachment(
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


def _wrap(text, width=90):
    lines, current = [], ""
    for word in (text or "").split():
        if len(current) + len(word) + 1 > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


def build_experiences(stdout, index_page, themes, communes) -> int:
    existing = set(
        models.ExperienceSheetPage.objects.child_of(index_page).values_list("slug", flat=True)
    )
    created = []
    for position, data in enumerate(_data("experiences", "EXPERIENCES")):
        if data["slug"] in existing:
            continue
        commune = communes[data["commune"]]
        sheet_themes = [themes[slug] for slug in data["themes"] if slug in themes]
        main_theme = sheet_themes[0] if sheet_themes else None
        contact = data.get("contact") or {}
        credit = f"Mairie de {commune.name}"
        page = factories.ExperienceSheetPageFactory.build(
            title=data["title"],
            slug=data["slug"],
            commune=commune,
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
                colour=_colour(main_theme),
                credit=credit,
            ),
        )
        page.key_figures = [
            models.ExperienceKeyFigure(
                value=str(f["value"]), unit=f.get("unit", ""), label=f["label"], sort_order=k
            )
            for k, f in enumerate(data.get("key_figures", []))
        ]
        page.fundings = [
            models.ExperienceFunding(
                funder=f["funder"],
                amount=Decimal(str(f["amount"])) if f.get("amount") is not None else None,
                kind=funding_kind(f.get("kind", ""), f["funder"]),
                sort_order=k,
            )
            for k, f in enumerate(data.get("fundings", []))
        ]
        page.gallery_images = [
            models.ExperienceGalleryImage(
                image=make_image(
                    f"{data['slug']}-{n}",
                    f"{caption} – {data['title']}",
                    alt,
                    colour=_colour(main_theme),
                    credit=credit,
                    size=(900, 600),
                ),
                caption=caption,
                alt_text=f"{alt} ({commune.name})",
                sort_order=n,
            )
            for n, (caption, alt) in enumerate(GALLERY_CAPTIONS[: 1 + position % 3])
        ]
        page.attachments = _attachments_for(position, data, commune)
        index_page.add_child(instance=page)
        page.themes.set(sheet_themes)
        created.append((page, data))

    # Second pass, once every sheet exists: the links between sheets, then one revision each.
    by_slug = {
        p.slug: p
        for p in models.ExperienceSheetPage.objects.child_of(index_page).only("pk", "slug")
    }
    for page, data in created:
        page.related_sheets = [
            models.ExperienceRelatedSheet(related_id=by_slug[slug].pk)
            for slug in data.get("related", [])
            if slug in by_slug and slug != page.slug
        ]
        page.save_revision().publish()
    return len(created)


# --- technical sheets -----------------------------------------------------------------------


def technical_body(data, image=None, document=None):
    """The data's body, a list of (block type, value) pairs, as StreamField blocks: plain-text
    paragraphs become escaped rich text; an illustration follows the first text block and the
    downloadable guide closes the sheet."""
    body = []
    for kind, value in data.get("body", []):
        if kind == "text":
            body.append(("text", paragraphs(value)))
            if image is not None:
                body.append(
                    ("image", {"image": image, "caption": image.title, "alt": image.description})
                )
                image = None
        elif kind in ("regulation", "regulations"):
            body.append(("regulations", value))
        elif kind in ("checklist", "key_figures"):
            body.append((kind, value))
    if document is not None:
        body.append(("document", {"document": document, "title": document.title}))
    return body


def build_technical(stdout, index_page, themes, experience_index) -> int:
    existing = set(
        models.TechnicalSheetPage.objects.child_of(index_page).values_list("slug", flat=True)
    )
    experiences = {
        p.slug: p
        for p in models.ExperienceSheetPage.objects.child_of(experience_index).only("pk", "slug")
    }
    count = 0
    for data in _data("technical", "TECHNICAL_SHEETS"):
        if data["slug"] in existing:
            continue
        sheet_themes = [themes[slug] for slug in data.get("themes", []) if slug in themes]
        document = make_document(
            f"Guide pratique – {data['title']}",
            f"guide-{data['slug']}.pdf",
            [data["title"], "", *_wrap(data["summary"])],
            "Guide public à télécharger, préparé par l'équipe d'animation du réseau.",
        )
        image = make_image(
            f"technique-{data['slug']}",
            f"Exemple de réalisation dans une commune du réseau – {data['title']}",
            f"Illustration de la fiche technique « {data['title']} »",
            colour=_colour(sheet_themes[0] if sheet_themes else None),
            credit="Réseau des collectivités mayennaises",
            size=(900, 600),
        )
        page = factories.TechnicalSheetPageFactory.build(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            body=technical_body(data, image, document),
            last_reviewed=(
                datetime.date.fromisoformat(data["last_reviewed"])
                if data.get("last_reviewed")
                else None
            ),
        )
        page.related_experiences = [
            models.TechnicalRelatedExperience(experience_id=experiences[slug].pk)
            for slug in data.get("related", data.get("related_experiences", []))
            if slug in experiences
        ]
        index_page.add_child(instance=page)
        page.themes.set(sheet_themes)
        page.save_revision().publish()
        count += 1
    return count


def _anything_missing(pages) -> bool:
    """True when some demo sheet is not there yet (then the indexes are rebuilt at the end)."""
    experience_slugs = {d["slug"] for d in _data("experiences", "EXPERIENCES")}
    technical_slugs = {d["slug"] for d in _data("technical", "TECHNICAL_SHEETS")}
    have_experiences = set(
        models.ExperienceSheetPage.objects.child_of(pages.experiences).values_list(
            "slug", flat=True
        )
    )
    have_technical = set(
        models.TechnicalSheetPage.objects.child_of(pages.technical).values_list("slug", flat=True)
    )
    return bool(experience_slugs - have_experiences or technical_slugs - have_technical)


INDEXED_DEMO_MODELS = [
    models.ExperienceSheetPage,
    models.TechnicalSheetPage,
    models.EventPage,
    models.Theme,
    models.Commune,
    CustomDocument,
]


@contextmanager
def deferred_indexing():
    """Index the demo content once, at the end, instead of at every save.

    Creating a page saves it three or four times (tree insert, revision, publish), and each
    save re-indexes it for search and for Wagtail's reference index: two thirds of the build
    time. Signals are switched off while building, then every demo model is indexed in bulk.
    """
    from modelsearch import index as search_index
    from modelsearch import signal_handlers as search_signals
    from modelsearch.backends import get_search_backends

    indexed = [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]
    for model in indexed:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in indexed:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
    from reseau.models import CustomImage

    for model in [*INDEXED_DEMO_MODELS, CustomImage]:
        objects = list(model.objects.all())
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(model, objects)
        if model not in (models.Theme, models.Commune):
            for obj in objects:
                ReferenceIndex.create_or_update_for_object(obj)


def build(stdout) -> list:
    started = time.monotonic()
    home = ensure_home_page()
    locale = Locale.get_default()
    themes = ensure_themes(locale)
    communes = ensure_communes()
    pages = ensure_index_pages(home)
    try:
        demo_events = importlib.import_module("sheets.demo_events")
    except ModuleNotFoundError as exc:
        if exc.name != "sheets.demo_events":
            raise
        demo_events = None
    missing = _anything_missing(pages)
    if missing:
        with deferred_indexing():
            experiences = build_experiences(stdout, pages.experiences, themes, communes)
            technical = build_technical(stdout, pages.technical, themes, pages.experiences)
            sheets_done = time.monotonic()
            if demo_events is not None:
                demo_events.build_events(stdout, pages.events)
            events_done = time.monotonic()
        stdout.write(
            f"Fiches : {sheets_done - started:.1f} s ; rencontres : "
            f"{events_done - sheets_done:.1f} s ; index : {time.monotonic() - events_done:.1f} s."
        )
    else:
        experiences = technical = 0
        if demo_events is not None:
            demo_events.build_events(stdout, pages.events)
    stdout.write(
        f"Fiches : {experiences} fiches expériences et {technical} fiches techniques créées "
        f"({time.monotonic() - started:.1f} s)."
    )
    return []
