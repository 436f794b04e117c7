"""What an experience sheet shows besides its own row, read when the template first asks for
it. The sheet's template keeps the parts every visitor sees in Django's cache
(`{% wagtailpagecache %}`): a fragment found there reads none of this."""

from django.utils.functional import cached_property
from wagtail.models import Page

from core.fallback import in_language
from sheets.extensions import page_sections
from sheets.similar_communes import comparable_communes

from .renditions import CARD_RENDITION, GALLERY_RENDITION, attach_renditions
from .taxonomy import attach_themes, main_theme_first


class ExperienceSheetContent:
    """The gallery, fundings, key figures, themes and cards of `page`. The gallery, the themes
    and the cards are read together, so that their themes and renditions take one query per
    kind of page and one for all images."""

    def __init__(self, page, request=None):
        self.page = page
        self.request = request

    @cached_property
    def key_figures(self):
        return list(self.page.key_figures.all())

    @cached_property
    def fundings(self):
        """The funding rows, each with `aid_page`: its aid of the directory in the reader's
        language (core.fallback), or None (the funder's name alone)."""
        rows = list(self.page.fundings.select_related("aid"))
        link_aids(rows, self.page.locale_id)
        return rows

    @cached_property
    def public_sections(self):
        """Sections other plugins add for every visitor (sheets.extensions), in the cards'
        fragment: read only when it is rendered."""
        return page_sections("sheets_experience_page_public_sections", self.request, self.page)

    @cached_property
    def fundings_total(self):
        return sum((f.amount for f in self.fundings if f.amount is not None), 0)

    @property
    def gallery(self):
        return self._pictures_and_cards["gallery"]

    @property
    def themes(self):
        return self._pictures_and_cards["themes"]

    @property
    def related_sheets(self):
        return self._pictures_and_cards["related_sheets"]

    @property
    def technical_sheets(self):
        return self._pictures_and_cards["technical_sheets"]

    @cached_property
    def comparable_communes(self):
        """Communes like the sheet's that led a live, public sheet sharing one of its themes
        ("Communes comparables qui ont mené un projet proche"), with those sheets."""
        page = self.page
        if page.commune_id is None:
            return []
        sheets = type(page).objects.filter(pk__in=self._visible.values("pk"))
        return comparable_communes(
            page.commune,
            in_language(sheets, page.locale_id),
            themes={theme.slug for theme in self.themes},
            same_theme_only=True,
        )

    @cached_property
    def _visible(self):
        # Wagtail reads the view restrictions each time .public() is called: once here.
        return Page.objects.live().public()

    @cached_property
    def _pictures_and_cards(self):
        page = self.page
        gallery = list(page.gallery_images.select_related("image"))
        visible = self._visible
        related_sheets = page.read_related_sheets(visible)
        technical_sheets = page.read_technical_sheets(visible)
        attach_themes([*related_sheets, *technical_sheets, page])  # one query per kind
        attach_renditions(
            [(item.image, GALLERY_RENDITION) for item in gallery]
            + [(sheet.main_image, CARD_RENDITION) for sheet in related_sheets]
        )
        return {
            "gallery": gallery,
            "themes": main_theme_first(page.themes.all(), page.main_theme_id),
            "related_sheets": related_sheets,
            "technical_sheets": technical_sheets,
        }


def link_aids(rows, locale_id):
    """Sets `row.aid_page` on funding `rows`: the translation in `locale_id` of the row's aid
    (rows point to the source sheet's aid page, synchronised) when it is live, else the aid
    itself when live, else None. One query for all the rows, through the page API
    (translation_key): this plugin does not know the aid's page type."""
    keys = {row.aid.translation_key for row in rows if row.aid_id is not None}
    translated = {}
    if keys:
        pages = Page.objects.live().filter(translation_key__in=keys, locale_id=locale_id)
        translated = {page.translation_key: page for page in pages}
    for row in rows:
        aid = row.aid if row.aid_id is not None else None
        row.aid_page = translated.get(aid.translation_key) if aid else None
        if row.aid_page is None and aid is not None and aid.live:
            row.aid_page = aid
