"""StreamField blocks of the technical sheets. Each has a template and a preview for the editor."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("valeur"), help_text=_("Ex. : 85 000 ou 40"))
    unit = blocks.CharBlock(label=_("unité"), required=False, help_text=_("Ex. : € HT, kWh/an, %"))
    label = blocks.CharBlock(label=_("libellé"), help_text=_("Ex. : économisés chaque année"))

    class Meta:
        icon = "order"
        label = _("Chiffre clé")


def key_figures_block():
    return blocks.ListBlock(
        KeyFigureBlock(),
        icon="order",
        label=_("Chiffres clés"),
        template="sheets/blocks/key_figures.html",
        description=_("Deux à quatre chiffres mis en valeur (coût, économies, surfaces…)."),
        preview_value=[
            {"value": "85 000", "unit": "€ HT", "label": "coût des travaux"},
            {"value": "42", "unit": "%", "label": "d'énergie économisée"},
        ],
    )


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("point")), label=_("points à vérifier"))

    class Meta:
        icon = "tasks"
        label = _("Liste de vérification")
        template = "sheets/blocks/checklist.html"
        description = _("Les étapes ou points de vigilance, un par ligne.")
        preview_value = {
            "title": "Avant de lancer la consultation",
            "items": ["Diagnostic énergétique réalisé", "Délibération du conseil municipal"],
        }


class RegulationBlock(blocks.StructBlock):
    reference = blocks.CharBlock(
        label=_("référence"), help_text=_("Ex. : Code de l'environnement, art. L. 583-1")
    )
    title = blocks.CharBlock(label=_("objet"), required=False)
    url = blocks.URLBlock(label=_("lien vers Légifrance"), required=False)


def regulations_block():
    return blocks.ListBlock(
        RegulationBlock(),
        icon="doc-full",
        label=_("Références réglementaires"),
        template="sheets/blocks/regulations.html",
        description=_("Les textes de loi et articles de code à connaître."),
        preview_value=[
            {
                "reference": "Arrêté du 27 décembre 2018",
                "title": "Prévention, réduction et limitation des nuisances lumineuses",
                "url": "",
            }
        ],
    )


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("légende"), required=False)
    alt = blocks.CharBlock(
        label=_("texte alternatif"),
        required=False,
        help_text=_("Ce que montre l'image, pour les personnes qui ne la voient pas."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "sheets/blocks/image.html"
        description = _("Une photo avec sa légende.")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("titre affiché"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("Document à télécharger")
        template = "sheets/blocks/document.html"
        description = _("Un document public à télécharger (guide, modèle…).")


class TechnicalBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("texte"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"],
        template="sheets/blocks/text.html",
        icon="pilcrow",
        description=_("Paragraphes, intertitres et listes."),
        preview_value=(
            "<h2>Pourquoi agir ?</h2><p>L'éclairage public représente souvent "
            "le premier poste de consommation d'électricité d'une commune.</p>"
        ),
    )
    key_figures = key_figures_block()
    checklist = ChecklistBlock()
    regulations = regulations_block()
    image = CaptionedImageBlock()
    document = DocumentBlock()
