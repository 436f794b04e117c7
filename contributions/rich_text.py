"""The guided form writes plain text; sheets keep rich text. Paragraphs (blank lines) become
<p>, single line breaks <br>, everything escaped; and back again for the form. Formatting the
facilitator adds in the editor (bold, links) is read back as its text, and kept as it is when
the contributor leaves that text unchanged."""

import html
import re

from django.utils.html import escape, strip_tags

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def to_rich_text(text: str) -> str:
    paragraphs = [part.strip() for part in PARAGRAPH_BREAK.split((text or "").replace("\r", ""))]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in part.split("\n")) + "</p>"
        for part in paragraphs
        if part
    )


def to_text(rich: str) -> str:
    rich = re.sub(r"<br\s*/?>", "\n", rich or "")
    rich = re.sub(r"</(p|h[1-6]|li)>", "\n\n", rich)
    text = html.unescape(strip_tags(rich))
    return "\n\n".join(part.strip() for part in PARAGRAPH_BREAK.split(text) if part.strip())


def kept_or_new(html, text):
    """The section as it is when the form sends its text back unchanged (the facilitator's
    links and formatting stay), else the new text as paragraphs."""
    return html if to_text(html) == to_text(to_rich_text(text)) else to_rich_text(text)
