"""The e-mail's links and plain text: every link made absolute (a mail client has no site to be
relative to), and rich text turned into the text part's paragraphs, lists and "label (URL)"."""

import html
import re

from django.utils.html import strip_tags

from members_area.emails import absolute_url

# A link or source attribute holding a path of this site ("/fr/…"), not "//host/…".
SITE_PATH = re.compile(r'(\s(?:href|src)=")(/(?!/)[^"]*)"')
LINK = re.compile(r'<a\b[^>]*?\shref="([^"]*)"[^>]*>(.*?)</a>', re.IGNORECASE | re.DOTALL)
ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
BLOCK_END = re.compile(r"</(?:p|h[1-6]|ul|ol|div|blockquote)>", re.IGNORECASE)
BLANK_LINES = re.compile(r"\n{3,}")


def absolute(url):
    """`url` as a mail client can follow it: a path of this site gets the site's address."""
    url = str(url or "")
    return absolute_url(url) if url.startswith("/") and not url.startswith("//") else url


def absolutize(markup):
    """The HTML with every link and source to a path of this site made absolute."""
    return SITE_PATH.sub(lambda match: f'{match[1]}{absolute(match[2])}"', str(markup))


def _link(match):
    url = absolute(html.unescape(match[1]))
    label = " ".join(html.unescape(strip_tags(match[2])).split())
    return url if not label or label == url else f"{label} ({url})"


def tidy(plain):
    """The text part without trailing spaces nor runs of blank lines left by the templates."""
    lines = [line.rstrip() for line in plain.splitlines()]
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip() + "\n"


def html_to_text(markup):
    """Rich text as the text part's paragraphs: lists as "- item", links as "label (URL)"."""
    markup = LINK.sub(lambda match: html.escape(_link(match)), str(markup or ""))
    markup = ITEM.sub("\n- ", markup)
    markup = LINE_BREAK.sub("\n", markup)
    markup = BLOCK_END.sub("\n\n", markup)
    text = html.unescape(strip_tags(markup))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
