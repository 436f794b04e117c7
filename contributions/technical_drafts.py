"""The guided form's writing of a technical sheet, through the page API like drafts.py. The
form's text is the sheet's first text block: the other blocks the facilitator adds
(checklists, regulations, images) are kept as they are."""

from wagtail.models import Locale
from wagtail.rich_text import RichText

from sheets.models import TechnicalIndexPage, TechnicalRelatedExperience, TechnicalSheetPage

from .rich_text import kept_or_new, to_rich_text, to_text


def technical_index():
    """The list the contributed technical sheets go under: the first language's."""
    return TechnicalIndexPage.objects.filter(locale=Locale.get_default()).order_by("path").first()


def _first_text(body):
    return next((block for block in body if block.block_type == "text"), None)


def initial(page):
    text = _first_text(page.body)
    themes = list(page.themes.all())
    return {
        "title": page.title,
        "summary": page.summary,
        "main_theme": page.main_theme_id,
        "themes": [theme.pk for theme in themes if theme.pk != page.main_theme_id],
        "body": to_text(text.value.source) if text is not None else "",
        "related": [row.experience_id for row in page.related_experiences.all()],
    }


def _body(page, text):
    """The blocks of `page` with the first text block holding `text` (or one put first); the
    block is kept as it is when the text comes back unchanged."""
    blocks = [(block.block_type, block.value) for block in page.body] if page.body else []
    for position, (block_type, value) in enumerate(blocks):
        if block_type == "text":
            blocks[position] = ("text", RichText(kept_or_new(value.source, text)))
            return blocks
    return [("text", RichText(to_rich_text(text))), *blocks]


def _fill(page, cleaned):
    page.title = cleaned["title"]
    page.summary = cleaned["summary"]
    page.main_theme = cleaned["main_theme"]
    page.themes.set(cleaned["themes"])
    page.body = _body(page, cleaned["body"])
    if "related" in cleaned:
        page.related_experiences = [
            TechnicalRelatedExperience(experience=sheet) for sheet in cleaned["related"]
        ]


def create_technical(user, cleaned):
    page = TechnicalSheetPage(owner=user, live=False)
    _fill(page, cleaned)
    technical_index().add_child(instance=page)
    page.save_revision(user=user)
    return page


def update_technical(page, user, cleaned):
    draft = page.get_latest_revision_as_object()
    _fill(draft, cleaned)
    return draft.save_revision(user=user)
