"""What a sheet still lacks before it is worth publishing: one checklist per kind of sheet, read by
the contributors' guided form and by the editor's panel, so both say the same thing."""

from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Item:
    label: str
    done: bool


def _has_text(html) -> bool:
    return bool(strip_tags(html or "").strip())


def experience_checklist(page):
    """Context, approach, results, costs, fundings, a contact and at least one image: the
    parts readers of an experience sheet look for first."""
    fundings = list(page.fundings.all())
    gallery = list(page.gallery_images.all())
    return [
        Item(_("Le contexte de départ"), _has_text(page.context)),
        Item(_("La démarche suivie"), _has_text(page.approach)),
        Item(_("Les résultats obtenus"), _has_text(page.results)),
        Item(_("Les coûts"), _has_text(page.costs)),
        Item(_("Au moins un financement"), bool(fundings)),
        Item(
            _("Une personne à contacter (nom et e-mail ou téléphone)"),
            bool(page.contact_name and (page.contact_email or page.contact_phone)),
        ),
        Item(_("Au moins une image"), bool(page.main_image_id or gallery)),
    ]


def technical_checklist(page):
    """A summary, a body, a theme and a linked experience: what makes a technical sheet
    usable on its own."""
    body = page.body
    return [
        Item(_("Un résumé"), bool((page.summary or "").strip())),
        Item(_("Un contenu d'au moins un bloc"), bool(body and len(body))),
        Item(_("Un thème principal"), bool(page.main_theme_id)),
        Item(
            _("Au moins une fiche expérience liée"),
            bool(list(page.related_experiences.all())),
        ),
    ]


def checklist(page):
    """The checklist of `page`'s kind, or [] for a page that has none."""
    if hasattr(page, "fundings"):
        return experience_checklist(page)
    if hasattr(page, "related_experiences"):
        return technical_checklist(page)
    return []


def missing(items):
    return [item for item in items if not item.done]
