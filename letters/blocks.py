"""The blocks of the network's letter: text and headings the facilitator writes, and blocks that
pull the latest sheets, the coming events, the open aids or a featured page from the site when
the letter is rendered (letters.content). Each has a template for the site, one for the e-mail
(letters/emails/blocks/<name>.html and .txt) and a preview for the editor's block picker."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from . import conf, content

TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link"]
PREVIEW_TEMPLATE = "letters/blocks/preview.html"


def count_block(default):
    maximum = conf.get("LETTERS_MAX_ITEMS")
    return blocks.IntegerBlock(
        label=_("nombre"),
        default=default,
        min_value=1,
        max_value=maximum,
        help_text=_("Combien en montrer."),
    )


def theme_block():
    return SnippetChooserBlock(
        "sheets.Theme",
        label=_("thème"),
        required=False,
        help_text=_("Laissez vide pour tous les thèmes."),
    )


class PullingBlock(blocks.StructBlock):
    """A block whose items are read from the site when the letter is rendered: the letter's
    templates hand them over as `items` (letters.content.sections). Its preview in the block
    picker reads them the same way, today, in French."""

    pulls = None

    def get_preview_context(self, value, parent_context=None):
        context = super().get_preview_context(value, parent_context)
        items = content.preview_items(self.pulls, value)
        return {**context, "items": items, "block_preview": True}


class LatestSheetsBlock(PullingBlock):
    pulls = "sheets"

    heading = blocks.CharBlock(label=_("titre"), default=_("Dernières fiches publiées"))
    kind = blocks.ChoiceBlock(
        label=_("fiches"),
        choices=[
            ("all", _("expériences et fiches techniques")),
            ("experience", _("fiches expériences")),
            ("technical", _("fiches techniques")),
        ],
        default="all",
    )
    count = count_block(3)
    theme = theme_block()

    class Meta:
        icon = "doc-full"
        label = _("Dernières fiches")
        preview_template = PREVIEW_TEMPLATE
        template = "letters/blocks/latest_sheets.html"
        description = _(
            "Les fiches publiées en dernier avant la date de la lettre, lues sur le site au "
            "moment de l'envoi (les fiches publiques seulement)."
        )
        preview_value = {"heading": "Dernières fiches publiées", "kind": "all", "count": 3}


class ComingEventsBlock(PullingBlock):
    pulls = "events"

    heading = blocks.CharBlock(label=_("titre"), default=_("Prochaines rencontres"))
    count = count_block(3)
    theme = theme_block()

    class Meta:
        icon = "date"
        label = _("Prochaines rencontres")
        preview_template = PREVIEW_TEMPLATE
        template = "letters/blocks/coming_events.html"
        description = _(
            "Les rencontres, visites et formations à venir à la date de la lettre, les plus "
            "proches d'abord (sans celles qui sont annulées)."
        )
        preview_value = {"heading": "Prochaines rencontres", "count": 3}


class OpenAidsBlock(PullingBlock):
    pulls = "aids"

    heading = blocks.CharBlock(label=_("titre"), default=_("Aides ouvertes"))
    count = count_block(3)
    theme = theme_block()

    class Meta:
        icon = "form"
        label = _("Aides ouvertes")
        preview_template = PREVIEW_TEMPLATE
        template = "letters/blocks/open_aids.html"
        description = _(
            "Les aides et accompagnements ouverts à la date de la lettre, ceux qui ferment le "
            "plus tôt d'abord."
        )
        preview_value = {"heading": "Aides ouvertes", "count": 3}


class FeaturedPageBlock(PullingBlock):
    pulls = "featured"

    page = blocks.PageChooserBlock(label=_("page"))
    text = blocks.TextBlock(
        label=_("texte"),
        max_length=400,
        help_text=_("Deux ou trois phrases qui donnent envie de lire la page."),
    )
    link_label = blocks.CharBlock(
        label=_("texte du lien"), required=False, help_text=_("Par défaut : « Lire la suite »")
    )

    class Meta:
        icon = "pick"
        label = _("Page mise en avant")
        preview_template = PREVIEW_TEMPLATE
        template = "letters/blocks/featured_page.html"
        description = _(
            "Une page du site (fiche, rencontre, aide…) avec quelques mots ; elle n'apparaît "
            "que si elle est publiée et publique."
        )
        preview_value = {
            "text": "La commune de Bais raconte comment sa chaufferie bois chauffe l'école.",
            "link_label": "Lire la fiche",
        }


class LetterBodyBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        label=_("Intertitre"),
        icon="title",
        preview_template=PREVIEW_TEMPLATE,
        template="letters/blocks/heading.html",
        description=_("Un titre de partie de la lettre."),
        preview_value="Dans le réseau ce mois-ci",
    )
    text = blocks.RichTextBlock(
        label=_("Texte"),
        features=TEXT_FEATURES,
        icon="pilcrow",
        preview_template=PREVIEW_TEMPLATE,
        template="letters/blocks/text.html",
        description=_("Paragraphes, listes et liens."),
        preview_value=(
            "<p>Bonjour à toutes et à tous, voici les nouvelles du réseau : deux visites, "
            "trois fiches et les aides qui ferment bientôt.</p>"
        ),
    )
    latest_sheets = LatestSheetsBlock()
    coming_events = ComingEventsBlock()
    open_aids = OpenAidsBlock()
    featured_page = FeaturedPageBlock()

    class Meta:
        # Each block that pulls content reads the site: a letter holds a few of them at most,
        # so that rendering it costs a bounded number of queries.
        block_counts = {
            "latest_sheets": {"max_num": 3},
            "coming_events": {"max_num": 2},
            "open_aids": {"max_num": 2},
            "featured_page": {"max_num": 6},
        }
