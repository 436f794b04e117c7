"""Technical sheets, from technical.yaml, each with an illustration and a downloadable guide.

A sheet is looked up by its slug under the index: only missing ones are created.
"""

import datetime

from sheets import factories
from sheets.models import ExperienceSheetPage, TechnicalRelatedExperience, TechnicalSheetPage

from .data import read
from .files import make_document, make_image, theme_colour
from .text import paragraphs, wrap


def technical_body(data, image=None, document=None):
    """The data's body, a list of {block type: value}, as StreamField blocks: plain-text
    paragraphs become escaped rich text; an illustration follows the first text block and the
    downloadable guide closes the sheet."""
    body = []
    for block in data.get("body", []):
        ((kind, value),) = block.items()
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


def build_technical(index_page, themes, experience_index) -> int:
    """The missing technical sheets under `index_page`; returns how many were created."""
    existing = set(TechnicalSheetPage.objects.child_of(index_page).values_list("slug", flat=True))
    experiences = {
        p.slug: p for p in ExperienceSheetPage.objects.child_of(experience_index).only("pk", "slug")
    }
    count = 0
    for data in read("technical"):
        if data["slug"] in existing:
            continue
        sheet_themes = [themes[slug] for slug in data.get("themes", []) if slug in themes]
        document = make_document(
            f"Guide pratique – {data['title']}",
            f"guide-{data['slug']}.pdf",
            [data["title"], "", *wrap(data["summary"])],
            "Guide public à télécharger, préparé par l'équipe d'animation du réseau.",
        )
        # A drawing made for the demo, which says so: no photograph pretends to be a commune's.
        image = make_image(
            f"technique-{data['slug']}",
            f"Dessin de démonstration – {data['title']}",
            "Dessin de démonstration, pas une photographie : parcelles et haies bocagères",
            colour=theme_colour(sheet_themes[0] if sheet_themes else None),
            size=(900, 600),
        )
        page = factories.TechnicalSheetPageFactory.build(
            title=data["title"],
            slug=data["slug"],
            summary=data["summary"],
            main_theme=sheet_themes[0] if sheet_themes else None,
            body=technical_body(data, image, document),
            last_reviewed=(
                datetime.date.fromisoformat(data["last_reviewed"])
                if data.get("last_reviewed")
                else None
            ),
        )
        page.related_experiences = [
            TechnicalRelatedExperience(experience_id=experiences[slug].pk)
            for slug in data.get("related", data.get("related_experiences", []))
            if slug in experiences
        ]
        index_page.add_child(instance=page)
        page.themes.set(sheet_themes)
        page.save_revision().publish()
        count += 1
    return count
