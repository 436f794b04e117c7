"""Plain text out of page fields: rich text and StreamField values, for excerpts and summaries.

A StreamField's text is read from its stored JSON (`StreamValue.raw_data`) block by block, with
each block's own `get_searchable_content`: chooser blocks (images, documents, pages) hold no
text, and turning their ids into objects would cost a query per field.
"""

import html
import re

from django.utils.html import strip_tags
from wagtail.blocks import ChooserBlock, ListBlock, StreamBlock, StructBlock

# Ends of block-level elements, read as spaces: "accueil</li><li>18h15" is two words.
BLOCK_END = re.compile(r"<(?:/p|br\s*/?|/li|/h[1-6]|/div|/td|/th)>", re.IGNORECASE)


def html_text(html):
    """The words of an HTML fragment, tags removed (entities are left as they are)."""
    return strip_tags(BLOCK_END.sub(" ", str(html or "")))


def plain_text(value):
    """The words of an HTML fragment as plain text: tags removed, entities decoded, spaces
    collapsed ("<p>L&#x27;eau</p>" -> "L'eau"), for a meta description."""
    return " ".join(html.unescape(html_text(value)).split())


def field_text(value):
    """The text of a field value: a StreamField's searchable content, or rich or plain text."""
    if value is None:
        return ""
    if hasattr(value, "stream_block"):
        return " ".join(str(part) for part in stream_text(value))
    return html_text(value)


def stream_text(value):
    """What `value.stream_block.get_searchable_content(value)` gives, without a query."""
    return _raw_text(value.stream_block, list(value.raw_data))


def _raw_text(block, raw):
    """The searchable content of `block` for its raw (JSON) value."""
    if isinstance(block, ChooserBlock) or not getattr(block, "search_index", True):
        return []
    if isinstance(block, StreamBlock):
        content = []
        for item in raw or []:
            child = block.child_blocks.get(item.get("type"))
            if child is not None:
                content.extend(_raw_text(child, item.get("value")))
        return content
    if isinstance(block, StructBlock):
        content = []
        raw = raw or {}
        for name, child in block.child_blocks.items():
            if name in raw:
                content.extend(_raw_text(child, raw[name]))
            else:
                content.extend(child.get_searchable_content(child.get_default()))
        return content
    # Lists and plain blocks through their own conversion (a list of choosers would load its
    # objects: correct, not free; this site has none).
    if isinstance(block, ListBlock):
        raw = raw or []
    return block.get_searchable_content(block.to_python(raw))
