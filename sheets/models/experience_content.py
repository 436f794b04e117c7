"""What an experience sheet shows besides its own row, read when the template first asks for
it. The sheet's template keeps the parts every visitor sees in Django's cache
(`{% wagtailpagecache %}`): a fragment found there reads none of this."""

from django.utils.functional import cached_property
from wagtail.models import Page

from core.fallback import in_language
from sheets.similar_communes import comparable_communes

from .renditions import CARD_RENDITION, GALLERY_RENDITION, attach_renditions
from .taxonomy import attach_themes, main_theme_first


class ExperienceSheetContent:
    """The gallery, fundings, key figures, themes and cards of `page`. The gallery, the themes
    and the cards are read together, so that their themes and renditions take one query per
    kind of page and one for all images."""

    def __init__(self, page):
        self.page = page

    @cached_property
    def key_figures(self):
        return list(self.page.key_figures.all())

    @cached_property
    def fundings(self):
        return list(self.page.fundings.all())

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
